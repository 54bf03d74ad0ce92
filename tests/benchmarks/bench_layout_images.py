"""Benchmark: 1,000 A6 badges with a logo and background artwork vs the same run without.

    .venv/bin/python tests/benchmarks/bench_layout_images.py [--badges 1000] [--pairs 5]

Both runs print the demo event's people (`demo --delegates N`) through `print_badges` in this
process, interleaved (plain, images, plain, images …). The images layout is a6 with artwork
(a 1,200 × 1,700 px photo-like PNG, cover, 40 % opacity) behind everything and an SVG logo.
Images are form XObjects drawn into the PDF once, so the target is ≤ 1.2× the plain run's
time; the PDF sizes are printed too (the artwork is stored once, not once per page).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))


def _artwork() -> str:
    import random

    from layout_material import data_uri
    from PIL import Image, ImageFilter

    rng = random.Random(7)
    image = Image.new("RGB", (1200, 1700), (230, 235, 250))
    pixels = image.load()
    for _ in range(40000):  # speckles, blurred: a photo-like background that compresses badly
        pixels[rng.randrange(1200), rng.randrange(1700)] = tuple(rng.randrange(256) for _ in "rgb")
    image = image.filter(ImageFilter.GaussianBlur(2))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return data_uri("image/png", buffer.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()

    from layout_material import svg

    from delegations.printing.layouts import bundled_layout_data
    from delegations.services import badges, demo, layouts
    from delegations.services.event import open_event

    folder = Path(tempfile.mkdtemp(prefix="bench-layout-"))
    event = open_event(folder / "week.sqlite3")
    demo.write_demo(event, delegates=max(0, args.badges - 120), sessions=0)
    data = bundled_layout_data("a6")
    data["elements"] = [
        {"type": "image", "src": _artwork(), "x": 0, "y": 0, "w": 105, "h": 148,
         "fit": "cover", "opacity": 0.4},
        *data["elements"],
        {"type": "image", "src": svg(), "x": 4, "y": 4, "w": 20, "h": 10},
    ]  # fmt: skip
    layouts.save_layout(event, "images", data)
    count = badges.count_badges(event, badges.BadgeSelection())
    times: dict[str, list[float]] = {"a6": [], "images": []}
    sizes = {}
    for _ in range(args.pairs):
        for name in times:
            out = folder / f"{name}.pdf"
            start = time.perf_counter()
            badges.print_badges(event, out, layout_name=name)
            times[name].append(time.perf_counter() - start)
            sizes[name] = out.stat().st_size
    ratios = [b / a for a, b in zip(times["a6"], times["images"], strict=True)]
    print(f"{count} A6 badges, {args.pairs} interleaved pairs")
    for name, values in times.items():
        print(f"  {name:<7} median {statistics.median(values):.2f} s "
              f"(range {min(values):.2f}–{max(values):.2f}), PDF {sizes[name] / 2**20:.1f} MB")  # fmt: skip
    print(f"  images / plain: median {statistics.median(ratios):.2f} "
          f"(range {min(ratios):.2f}–{max(ratios):.2f}); target ≤ 1.2")  # fmt: skip


if __name__ == "__main__":
    main()
