"""Make the filled import template in every format, as README.md here says.

Run from the repository root: `.venv/bin/python tests/data/template-filled/make_files.py`
(needs LibreOffice's `soffice` on the PATH). Writes registrations.csv, and the template filled
with the same delegates and saved by LibreOffice as registrations.xlsx, .ods and .xls.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date

# Delegation, Country, Title, Given name, Family name, Name in native script, Name order,
# Position, Organisation, Role, Email, Phone, Arrival, Departure, Dietary
DELEGATES = [
    ("Cambodia", "KH", "H.E. Dr", "Romany", "Oum", "អ៊ុំ រ៉ូម៉ានី", "Family name first",
     "Secretary of State", "Ministry of Education, Youth and Sport", "Head of Delegation",
     "romany.oum@moeys.gov.kh", "+855 23 217 253", D(2025, 7, 23), D(2025, 7, 28), ""),
    ("Thailand", "TH", "Dr", "Somchai", "Jaidee", "สมชาย ใจดี", "Given name first",
     "Deputy Permanent Secretary", "Ministry of Education", "Head of Delegation",
     "somchai.j@moe.go.th", "+66 2 628 5646", D(2025, 7, 24), D(2025, 7, 27), "Vegetarian"),
    ("Lao PDR", "LA", "Ms", "Khamphone", "Phommachanh", "ຄຳພອນ ພົມມະຈັນ", "",
     "Director General", "Ministry of Education and Sports", "Delegate",
     "khamphone.p@moes.edu.la", "+856 21 216 004", D(2025, 7, 24), D(2025, 7, 28), ""),
    ("Myanmar", "MM", "Dr", "Aung Kyaw Moe", "", "အောင်ကျော်မိုး", "",
     "Rector", "Yangon University of Education", "Delegate",
     "aungkyawmoe@yuoe.edu.mm", "+95 1 537 344", D(2025, 7, 25), D(2025, 7, 28), ""),
    ("China", "CN", "Mr", "Zhen", "Bai", "白震", "Family name first",
     "Deputy Director-General", "Guizhou Provincial Department of Education", "Speaker",
     "bai.zhen@edu.gz.gov.cn", "+86 851 8582 1234", D(2025, 7, 22), D(2025, 7, 28), ""),
    ("China", "CN", "Ms", "Xiaoling", "Wang", "王晓玲", "",
     "Professor", "Guizhou University", "Delegate",
     "wangxl@gzu.edu.cn", "+86 851 8829 2000", D(2025, 7, 24), D(2025, 7, 26), ""),
    ("Viet Nam", "VN", "H.E. Mr", "Văn Đức", "Nguyễn", "", "Family name first",
     "Vice-Minister", "Ministry of Education and Training", "Head of Delegation",
     "duc.nguyen@moet.gov.vn", "+84 24 3869 4795", D(2025, 7, 23), D(2025, 7, 28), ""),
    ("Viet Nam", "VN", "Ms", "Thị Phương", "Trần", "", "",
     "Deputy Director", "Hanoi National University of Education", "Delegate",
     "phuong.tran@hnue.edu.vn", "+84 24 3754 7823", D(2025, 7, 24), D(2025, 7, 28), "Halal"),
]  # fmt: skip


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice (LibreOffice) is not on the PATH", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        template = work / "template.xlsx"
        subprocess.run(
            [sys.executable, "-m", "delegations", "--db", work / "event.sqlite3", "template",
             template], check=True,
        )  # fmt: skip
        book = openpyxl.load_workbook(template)
        sheet = book["Delegates"]
        headers = [cell.value for cell in sheet[1]]
        for number, delegate in enumerate(DELEGATES, start=2):
            for index, value in enumerate(delegate, start=1):
                cell = sheet.cell(number, index, value if value != "" else None)
                if isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"  # a real date cell
        filled = work / "registrations.xlsx"
        book.save(filled)
        for target in ("xlsx", "ods", "xls"):
            out = work / target
            subprocess.run(
                [soffice, "--headless", f"-env:UserInstallation=file://{work}/profile",
                 "--convert-to", target, "--outdir", out, filled],
                check=True, capture_output=True,
            )  # fmt: skip
            shutil.copyfile(out / f"registrations.{target}", HERE / f"registrations.{target}")
    with (HERE / "registrations.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers[: len(DELEGATES[0])])
        for delegate in DELEGATES:
            writer.writerow(v.isoformat() if isinstance(v, dt.date) else v for v in delegate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
