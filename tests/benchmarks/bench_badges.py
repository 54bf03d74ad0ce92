"""Benchmark: badge printing vs a plain ReportLab canvas script, side by side.

    .venv/bin/python tests/benchmarks/bench_badges.py [--badges 1000] [--pairs 7] [--memory 5000]
        [--busy] [--frozen dist/delegations/delegations]

Figures printed:
- time of the whole `delegations badges` command (process start, event file, preflight,
  shaping, QR codes, PDF, BadgePrint log) for N A6 badges with multi-script names;
- time of a plain ReportLab script (baseline) that shapes the same names with `shapeStr` and
  draws segno QR codes as paths with the canvas API, one page per badge. The baseline's codes
  are encoded as ours: a 26-character base32 payload (alphanumeric mode, version 2), level M
  without boosting, and the same fixed mask (`delegations.printing.qr.MASK`) — the slow part
  of segno is choosing a mask, so anything else would not be a like-for-like test;
- the ratio ours / baseline per interleaved pair (baseline, ours, baseline, ours …), median and
  range (target ≤ 0.5), for `python -m delegations` and, with --frozen, for the PyInstaller
  build's executable (the baseline stays the plain script on the same Python). Everything runs
  in one process: there are no worker processes to lend ours a second core;
- with --busy, one extra process spins on a core while everything is timed (another program
  busy on the laptop);
- the peak RSS of the command for the memory run (≤ 300 MB).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

GIVEN = [
    "Chanthy",
    "Somchai",
    "Somphone",
    "Aung Kyaw",
    "Minghua",
    "Văn Đức",
    "Siti Nurhaliza",
    "Maria Clara",
    "Wei",
    "Thi Lan",
    "Kyaw Zaw",
    "Sopheap",
    "Anong",
    "Bounmy",
    "Jun",
]
FAMILY = [
    "Sok",
    "Jaidee",
    "Keomany",
    "Min",
    "Li",
    "Nguyễn",
    "Abdullah",
    "Santos",
    "Chen",
    "Trần",
    "Htet",
    "Chea",
    "Srisuk",
    "Phommachanh",
    "Tan",
    "Lim",
    "Phạm",
]
NATIVE = [
    "សុខ ចាន់ធី",
    "ចាន់ សុភាព",
    "สมชาย ใจดี",
    "อนงค์ ศรีสุข",
    "ສົມພອນ ແກ້ວມະນີ",
    "ບຸນມີ ພົມມະຈັນ",
    "အောင်ကျော်မင်း",
    "ကျော်ဇော်ထက်",
    "李明华",
    "陈伟",
    "林俊",
    "",
]
COUNTRIES = ["KH", "TH", "LA", "MM", "CN", "VN", "MY", "PH", "SG", "ID", "BN", "TL"]


def build_event(path: Path, count: int, seed: int = 7) -> None:
    sys.path.insert(0, str(ROOT))
    from delegations.services import delegations as service
    from delegations.services.event import list_roles, open_event

    rng = random.Random(seed)
    event_file = open_event(path)
    with event_file.session() as session:
        roles = [role.id for role in list_roles(session=session)]
        delegation_ids = [
            service.add_delegation(
                session,
                service.DelegationCreate(
                    country=c,
                    name=f"Delegation {c}",
                ),
            ).id
            for c in COUNTRIES
        ]
        for index in range(count):
            service.add_delegate(
                session,
                service.DelegateCreate(
                    delegation_id=rng.choice(delegation_ids),
                    role_id=rng.choice(roles),
                    honorific=rng.choice(["Mr.", "Ms.", "Dr.", "H.E.", "Prof."]),
                    given_name=f"{rng.choice(GIVEN)}",
                    family_name=f"{rng.choice(FAMILY)} {index}",
                    native_name=rng.choice(NATIVE),
                    position=rng.choice(["Director General", "Rector", "Vice-Minister", "Dean"]),
                    organisation=rng.choice(["Ministry of Education", "National University"]),
                ),
            )
    event_file.close()


BASELINE = textwrap.dedent(
    """
    import sqlite3, sys, segno
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, shapeStr
    from reportlab.lib.units import mm
    import base64, hashlib
    fonts = sys.argv[3]
    MASK = int(sys.argv[4])  # the same fixed mask as Delegations
    for name, file, index in [("L", "NotoSans-Bold.ttf", 0), ("K", "NotoSansKhmer-Bold.ttf", 0),
            ("T", "NotoSansThai-Bold.ttf", 0), ("O", "NotoSansLao-Bold.ttf", 0),
            ("M", "NotoSansMyanmar-Bold.ttf", 0), ("H", "wqy-microhei.ttc", 0)]:
        pdfmetrics.registerFont(TTFont(name, f"{fonts}/{file}", subfontIndex=index))
    def font_for(text):
        for ch in text:
            o = ord(ch)
            if 0x1780 <= o <= 0x17FF: return "K"
            if 0x0E00 <= o <= 0x0E7F: return "T"
            if 0x0E80 <= o <= 0x0EFF: return "O"
            if 0x1000 <= o <= 0x109F: return "M"
            if 0x4E00 <= o <= 0x9FFF: return "H"
        return "L"
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute("SELECT id, honorific, given_name, family_name, native_name, position,"
                      " organisation FROM delegate ORDER BY id").fetchall()
    c = Canvas(sys.argv[2], pagesize=(105 * mm, 148 * mm))
    for id_, honorific, given, family, native, position, organisation in rows:
        for text, size, y in [(f"{given} {family}", 28, 95), (native, 18, 80),
                              (honorific, 12, 105), (position, 10, 70),
                              (organisation, 9, 62), ("China-ASEAN Week 2025", 11, 135)]:
            if not text:
                continue
            font = font_for(text)
            shaped = shapeStr(text, font, size)
            c.setFont(font, size)
            c.drawCentredString(52.5 * mm, y * mm, shaped)
        # 16 bytes in base32, 26 characters as a Delegations badge code: alphanumeric mode,
        # version 2 at level M (no boost), fixed mask
        raw = id_.to_bytes(4, "big") + hashlib.sha256(str(id_).encode()).digest()[:12]
        payload = base64.b32encode(raw).decode("ascii").rstrip("=")
        qr = segno.make(payload, error="m", micro=False, boost_error=False, mask=MASK)
        module = 0.9 * mm
        path = c.beginPath()
        for r, row in enumerate(qr.matrix):
            col = 0
            while col < len(row):
                if row[col] & 1:
                    start = col
                    while col < len(row) and row[col] & 1:
                        col += 1
                    path.rect(70 * mm + start * module, 45 * mm - r * module,
                              (col - start) * module, module)
                else:
                    col += 1
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.3, 0.7)
        c.rect(0, 0, 105 * mm, 18 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("L", 16)
        c.drawCentredString(52.5 * mm, 7 * mm, "DELEGATE")
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    """
)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, its children included) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu


def peak_rss(command: list[str]) -> float:
    """Peak RSS in MB of one child process, measured by a fresh wrapper process."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    output = subprocess.run(
        [PYTHON, "-c", wrapper, *command], check=True, capture_output=True, text=True, cwd=ROOT
    ).stdout
    return int(output.strip()) / 1024


def check_same_codes(mask: int) -> str:
    """Check that ours and the baseline's codes have the same size and level, both with `mask`
    (the modules may still differ: segno pads a bit stream ending on a byte boundary otherwise
    than ISO/IEC 18004); describe them."""
    import base64
    import hashlib

    import segno

    from delegations.domain.codes import make_code
    from delegations.printing.qr import encode

    raw = (1).to_bytes(4, "big") + hashlib.sha256(b"1").digest()[:12]
    payload = base64.b32encode(raw).decode("ascii").rstrip("=")
    base = segno.make(payload, error="m", micro=False, boost_error=False, mask=mask)
    ours = encode(make_code("secret", 1, 1))
    assert (ours.size, "M") == (base.symbol_size(border=0)[0], base.error), (ours, base)
    return f"QR {base.designator} {base.mode}, mask {mask} fixed in both"


def _spread(values: list[float]) -> str:
    return f"median {statistics.median(values):6.2f} (range {min(values):.2f}–{max(values):.2f})"


def describe(label: str, ours: list[tuple[float, float]], base: list[tuple[float, float]]) -> None:
    """Wall and CPU seconds of both and their ratio per pair: median and range."""
    print(f"  {label}:")
    for what, index in (("wall", 0), ("CPU ", 1)):
        mine = [run[index] for run in ours]
        theirs = [run[index] for run in base]
        ratios = [o / b for o, b in zip(mine, theirs, strict=True)]
        verdict = ("OK" if statistics.median(ratios) <= 0.5 else "MISSED") if index == 0 else ""
        print(
            f"    {what} s: ours {_spread(mine)}  baseline {_spread(theirs)}\n"
            f"    {what} ratio per pair: median {statistics.median(ratios):.3f} "
            f"(range {min(ratios):.3f}–{max(ratios):.3f})  [{' '.join(f'{r:.2f}' for r in ratios)}]"
            f"{'  target ≤ 0.50 ' + verdict if verdict else ''}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs per mode")
    parser.add_argument("--memory", type=int, default=5000, help="badges for the memory run")
    parser.add_argument("--busy", action="store_true", help="keep one core busy meanwhile")
    parser.add_argument("--frozen", type=Path, help="also time this frozen build's executable")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from delegations.printing.qr import MASK

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        event = tmp / "bench.sqlite3"
        build_event(event, args.badges)
        script = tmp / "baseline.py"
        script.write_text(BASELINE, encoding="utf-8")
        fonts = ROOT / "resources" / "fonts"
        tail = ["--db", str(event), "badges", "--out", str(tmp / "ours.pdf"), "--reason", "reprint"]
        modes = {"python -m delegations": [PYTHON, "-m", "delegations", *tail]}
        if args.frozen:
            modes["frozen build"] = [str(args.frozen.resolve()), *tail]
        base_cmd = [PYTHON, str(script), str(event), str(tmp / "base.pdf"), str(fonts)]
        base_cmd.append(str(MASK))
        print(f"{args.badges} A6 badges, whole process each, {check_same_codes(MASK)}")
        print(f"  load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs")
        spinner = None
        if args.busy:
            spinner = subprocess.Popen([PYTHON, "-c", "while True: pass"])
        try:
            timed(base_cmd)  # warm the file cache and the byte-code caches
            for command in modes.values():
                timed(command)
            times: dict[str, tuple[list, list]] = {m: ([], []) for m in modes}
            for _ in range(args.pairs):  # interleaved: baseline, ours, baseline, ours …
                for mode, command in modes.items():
                    times[mode][1].append(timed(base_cmd))
                    times[mode][0].append(timed(command))
        finally:
            if spinner is not None:
                spinner.kill()
                spinner.wait()
        print(
            f"  {args.pairs} interleaved pairs per mode{', one core kept busy' if args.busy else ''};"
            f" load after: {os.getloadavg()[0]:.2f} (1 min)"
        )
        print(
            f"  PDFs: ours {(tmp / 'ours.pdf').stat().st_size / 1e6:.1f} MB, "
            f"baseline {(tmp / 'base.pdf').stat().st_size / 1e6:.1f} MB "
            f"(the baseline has no preflight, fitting, layout, log or photos)"
        )
        print("  (CPU: user + system of the process and any children)")
        for mode, (ours, base) in times.items():
            describe(mode, ours, base)
        if args.memory:
            big = tmp / "big.sqlite3"
            build_event(big, args.memory)
            start = time.perf_counter()
            rss = peak_rss(
                [
                    PYTHON,
                    "-m",
                    "delegations",
                    "--db",
                    str(big),
                    "badges",
                    "--out",
                    str(tmp / "big.pdf"),
                ]
            )
            elapsed = time.perf_counter() - start
            print(
                f"{args.memory} A6 badges: {elapsed:.1f} s, peak RSS {rss:.0f} MB "
                f"(target ≤ 300 MB), PDF {(tmp / 'big.pdf').stat().st_size / 1e6:.1f} MB"
            )


if __name__ == "__main__":
    main()
