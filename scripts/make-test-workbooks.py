"""Writes the source workbooks for Tests/DataInputTests/Fixtures/xlsx with openpyxl.

Run by scripts/make-test-workbooks.sh, which then has LibreOffice convert some of them (so that
formulas get cached values, and to get an .ods and an old .xls) and encrypts one with
msoffcrypto-tool. The tests assert the values written here.
"""
import datetime
import sys
import unicodedata

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # none, huyền, sắc, hỏi, ngã, nặng
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]


def every_letter():
    """Every Vietnamese vowel with every tone, then đ; lower case, then upper case (NFC)."""
    lower = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
    text = " ".join(lower)
    return text + " " + text.upper()


def fixed_properties(wb):
    wb.properties.creator = "VanBan tests"
    wb.properties.created = datetime.datetime(2024, 1, 15, 8, 0, 0)


def commendation_list(path):
    """Title rows, a two-row header with merged cells, group headings, a total row whose formula
    has no cached value (openpyxl never calculates), hidden rows and columns, dates, numbers."""
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "Bằng khen"
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    ws.merge_cells("A1:F1")
    ws["A2"] = "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN"
    ws.merge_cells("A2:F2")
    ws["A3"] = "(Kèm theo Tờ trình số 12/TTr-SNV ngày 15/01/2024)"
    ws.merge_cells("A3:F3")
    for column, title in zip("ABCF", ["STT", "Họ và tên", "Đơn vị công tác", "Ngày sinh"]):
        ws[f"{column}5"] = title
        ws.merge_cells(f"{column}5:{column}6")
    ws["D5"] = "Khen thưởng"
    ws.merge_cells("D5:E5")
    ws["D6"] = "Số tiền"
    ws["E6"] = "Hệ số"
    ws["G5"] = "Ghi chú nội bộ"
    ws["A7"] = "I. TẬP THỂ"
    ws.merge_cells("A7:F7")
    ws.append([1, "Phòng Tổ chức – Biên chế", "Sở Nội vụ", 1490000, 0.3, None, "ẩn"])
    ws["A9"] = "II. CÁ NHÂN"
    ws.merge_cells("A9:F9")
    people = [
        (1, "Nguyễn Thị Hồng Nhung", "Văn phòng Sở", 994.5, 1.5, datetime.date(1985, 3, 12)),
        (2, "Lê Văn Cường", "Phòng Công chức", 702000, 0.3, datetime.date(1990, 2, 28)),
        (3, "Trần Văn Bình", "Thanh tra Sở", 1490000, 1, datetime.datetime(2000, 1, 1, 13, 30)),
    ]
    for row, person in enumerate(people, start=10):
        for column, value in zip("ABCDEF", person):
            ws[f"{column}{row}"] = value
        ws[f"F{row}"].number_format = "dd/mm/yyyy"
    ws["F12"].number_format = "mm-dd-yy"  # built-in format 14
    ws.row_dimensions[11].hidden = True
    ws.column_dimensions["G"].hidden = True
    ws["A13"] = "Tổng cộng"
    ws.merge_cells("A13:C13")
    ws["D13"] = "=SUM(D8:D12)"

    other = wb.create_sheet("Giấy khen")
    other["A1"] = CellRichText([TextBlock(InlineFont(b=True), "Nguyễn "), "Văn ", TextBlock(InlineFont(i=True), "An")])
    other["A2"] = every_letter()
    other["A3"] = unicodedata.normalize("NFD", every_letter())
    other["A4"] = "  hai khoảng trắng đầu và cuối  "
    other["A5"] = "Dòng 1\nDòng 2"
    other["B1"] = True
    other["B2"] = False
    other["B3"] = "#N/A"
    other["C1"] = 60
    other["C1"].number_format = "dd/mm/yyyy"  # Excel's 29/02/1900: no such day
    other["C2"] = datetime.date(1900, 2, 28)
    other["C2"].number_format = "dd/mm/yyyy"
    other["C3"] = datetime.date(1900, 3, 1)
    other["C3"].number_format = "dd/mm/yyyy"
    other["C4"] = 0.5
    other["C4"].number_format = "h:mm"  # a time of day: stays a number
    other["C5"] = datetime.date(2024, 1, 15)
    other["C5"].number_format = '[$-42A]dd "tháng" mm "năm" yyyy'
    other["D1"] = -12.25
    other["D2"] = 123456789012
    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "không hiện"
    wb.save(path)


def date1904(path):
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Ngày"
    for row, value in enumerate([datetime.date(1904, 1, 1), datetime.date(2024, 1, 15), datetime.date(1999, 12, 31)], start=1):
        ws.cell(row=row, column=1, value=value).number_format = "dd/mm/yyyy"
    ws["B1"] = 1490000
    wb.save(path)


def formulas(path):
    """Formulas for LibreOffice to calculate: numbers, strings, an empty string, an error, a
    yes/no; with shared strings, a merge, a hidden row and column, and rich text."""
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "Tổng hợp"
    ws["A1"] = "Số tiền"
    ws["A2"] = 1490000
    ws["A3"] = 702000
    ws["A4"] = "=SUM(A2:A3)"
    ws["B1"] = "Ghi chú"
    ws["B2"] = '=CONCATENATE("Tổng: ",A4)'
    ws["B3"] = "=1/0"
    ws["B4"] = "=A2>A3"
    ws["B5"] = '=IF(A2>0,"","x")'
    ws["C1"] = "Đơn vị"
    ws["C2"] = "Sở Nội vụ"
    ws["C3"] = "Sở Nội vụ"
    ws["C4"] = CellRichText([TextBlock(InlineFont(b=True), "Phòng "), "Tổ chức"])
    ws["D1"] = datetime.date(2024, 1, 15)
    ws["D1"].number_format = "dd/mm/yyyy"
    ws["D2"] = 994.5
    ws.merge_cells("E1:F1")
    ws["E1"] = "Gộp"
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["C"].hidden = True
    second = wb.create_sheet("Giấy khen")
    second["A1"] = "Trang thứ hai"
    wb.save(path)


def provincial_list(path):
    """The list of the issue as a province sends it: two title rows, a blank row, the header with
    a "Ngày sinh" column, 200 people with their amounts, a "Tổng cộng: 200 cá nhân" line whose
    amount is a SUM (LibreOffice caches its value); and a second sheet with a list of its own,
    so that the sheet must be named."""
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "Giấy khen"
    ws["A1"] = "ỦY BAN NHÂN DÂN TỈNH A"
    ws.merge_cells("A1:E1")
    ws["A2"] = "DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN"
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Đơn vị công tác", "Số tiền"])
    for i in range(1, 201):
        ws.append([i, f"Người Thứ {i}", datetime.date(1980 + i % 20, 1 + i % 12, 1 + i % 28), f"Phòng {i % 7} Sở Nội vụ", 710000])
        ws.cell(row=ws.max_row, column=3).number_format = "dd/mm/yyyy"
    ws.append(["Tổng cộng: 200 cá nhân", None, None, None, "=SUM(E5:E204)"])
    ws.merge_cells(f"A{ws.max_row}:D{ws.max_row}")
    other = wb.create_sheet("Bằng khen")
    other.append(["STT", "Họ và tên", "Đơn vị công tác"])
    other.append([1, "Nguyễn Văn An", "Sở Nội vụ"])
    other.append([2, "Trần Thị Bình", "Sở Tư pháp"])
    wb.save(path)


if __name__ == "__main__":
    folder = sys.argv[1]
    commendation_list(f"{folder}/openpyxl-list.xlsx")
    date1904(f"{folder}/openpyxl-1904.xlsx")
    formulas(f"{folder}/libreoffice-source.xlsx")
    provincial_list(f"{folder}/provincial-source.xlsx")
