"""Benchmark: the programme booklet, for the demo event and for a large week.

    .venv/bin/python tests/benchmarks/bench_booklet.py [--sessions 300] [--speakers 150]

Figures printed (each booklet is rendered in a child process; the time is the
`services.booklet.print_booklet` call: reading the event file, two layout passes, writing):
- the demo event's A5 booklet (target ≤ 2 s), and the same imposed;
- a week of SESSIONS sessions and SPEAKERS speakers, every speaker with a biography and a
  photo (target ≤ 8 s);
- the peak memory of the child for the large booklet (RUSAGE_CHILDREN ru_maxrss, ≤ 400 MB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

RENDER = textwrap.dedent(
    """
    import json, sys, time
    from delegations.services import booklet
    from delegations.services.event import open_event

    event_file = open_event(sys.argv[1])
    start = time.perf_counter()
    outcome = booklet.print_booklet(event_file, sys.argv[2], imposed=sys.argv[3] == "1")
    print(json.dumps({"seconds": time.perf_counter() - start, "pages": outcome.pages}))
    """
)

FILL = textwrap.dedent(
    """
    import io, random, sys
    from PIL import Image, ImageDraw
    from sqlmodel import select
    from delegations.domain.models import Speaker
    from delegations.services import speakers
    from delegations.services.event import open_event

    wanted = int(sys.argv[2])
    rng = random.Random(7)
    event_file = open_event(sys.argv[1])

    def photo(index):
        image = Image.new("RGB", (600, 600), (rng.randrange(120, 220),) * 3)
        draw = ImageDraw.Draw(image)
        draw.ellipse((180, 90, 420, 350), fill=(rng.randrange(90, 200), 120, 100))
        draw.rectangle((120, 360, 480, 600), fill=(30, 50, 90))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        return out.getvalue()

    with event_file.session() as session:
        existing = session.exec(select(Speaker)).all()
        for index in range(len(existing), wanted):
            speakers.create_speaker(
                session=session,
                speaker_in=speakers.SpeakerCreate(
                    given_name=f"Speaker{index}", family_name="Synthetic",
                    position="Professor", organisation="Guizhou University", country="CN",
                ),
            )
    with event_file.session() as session:
        for index, speaker in enumerate(session.exec(select(Speaker))):
            speaker.bio = (
                f"{speaker.position or 'Expert'} at {speaker.organisation or 'a university'}; "
                "works on vocational education, digital skills and the recognition of "
                "qualifications between China and the ASEAN countries, and has led joint "
                "programmes with enterprises in the region for more than a decade. " * 2
            )
            speaker.photo = photo(index)
    """
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)


def render(db: Path, out: Path, imposed: bool = False) -> dict:
    result = run(PYTHON, "-c", RENDER, str(db), str(out), "1" if imposed else "0")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--speakers", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        demo = tmp / "demo.sqlite3"
        run(PYTHON, "-m", "delegations", "--db", str(demo), "demo")
        render(demo, tmp / "warm.pdf")  # fonts and bytecode caches of the OS
        small = render(demo, tmp / "demo.pdf")
        imposed = render(demo, tmp / "imposed.pdf", imposed=True)
        print(f"demo booklet:    {small['seconds']:.2f} s, {small['pages']} pages (target ≤ 2 s)")
        print(f"demo imposed:    {imposed['seconds']:.2f} s")

        large = tmp / "large.sqlite3"
        run(PYTHON, "-m", "delegations", "--db", str(large), "demo", "--sessions",
            str(args.sessions))  # fmt: skip
        run(PYTHON, "-c", FILL, str(large), str(args.speakers))
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        big = render(large, tmp / "large.pdf")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(
            f"large booklet:   {big['seconds']:.2f} s, {big['pages']} pages, "
            f"{args.sessions} + demo sessions, ≥ {args.speakers} speakers with bios and photos "
            f"(target ≤ 8 s)"
        )
        note = "" if peak > before else " (an earlier child peaked higher)"
        print(f"peak memory:     {peak / 1024:.0f} MB{note} (target ≤ 400 MB)")
        ok = small["seconds"] <= 2 and big["seconds"] <= 8 and peak / 1024 <= 400
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
