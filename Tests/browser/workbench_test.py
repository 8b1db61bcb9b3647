"""The workbench in a real browser (headless Chromium through selenium), as a clerk uses it:
open the workspace, make an award decision, paste 20 rows from Excel, watch the preview change,
see a validation error beside its field and fix it, save, download the PDF and read its text,
give it its number («Cấp số») and find it in the register page.

Run by scripts/browser-test.sh, which starts `vanban serve`; a screenshot of each step goes
to the folder given. Prints «N passed, 0 failed» at the end (exit 1 on the first failure).
"""
import http.client
import os
import subprocess
import sys
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = sys.argv[1].rstrip("/")
SHOTS = sys.argv[2]
DOWNLOADS = os.path.join(SHOTS, "tai-ve")
FOLDER = "vi-du-tay-nam-bo-2023"
passed = 0

PEOPLE = [
    ("Nguyễn Văn An", "Chuyên viên", "Sở Nội vụ tỉnh Bạc Liêu"), ("Trần Thị Bình", "Trưởng phòng", "Sở Nội vụ tỉnh Bến Tre"),
    ("Lê Văn Cường", "Phó Trưởng phòng", "Sở Nội vụ tỉnh Trà Vinh"), ("Phạm Thị Dung", "Chuyên viên", "Sở Nội vụ tỉnh Sóc Trăng"),
    ("Hoàng Văn Em", "Chánh Văn phòng", "Sở Nội vụ tỉnh Hậu Giang"), ("Võ Thị Phượng", "Chuyên viên", "Sở Nội vụ tỉnh Vĩnh Long"),
    ("Đặng Văn Giang", "Trưởng ban", "Sở Nội vụ thành phố Cần Thơ"), ("Bùi Thị Hạnh", "Chuyên viên", "Sở Nội vụ tỉnh Cà Mau"),
    ("Đỗ Văn Ích", "Phó Chánh Văn phòng", "Sở Nội vụ tỉnh Kiên Giang"), ("Hồ Thị Kim", "Chuyên viên", "Sở Nội vụ tỉnh An Giang"),
    ("Ngô Văn Lâm", "Trưởng phòng", "Sở Nội vụ tỉnh Đồng Tháp"), ("Dương Thị Mai", "Chuyên viên", "Sở Nội vụ tỉnh Tiền Giang"),
    ("Lý Văn Nam", "Phó Trưởng ban", "Sở Nội vụ tỉnh Long An"), ("Trịnh Thị Oanh", "Chuyên viên", "Sở Nội vụ tỉnh Bạc Liêu"),
    ("Mai Văn Phúc", "Trưởng phòng", "Sở Nội vụ tỉnh Bến Tre"), ("Đinh Thị Quyên", "Chuyên viên", "Sở Nội vụ tỉnh Trà Vinh"),
    ("Tạ Văn Sơn", "Phó Trưởng phòng", "Sở Nội vụ tỉnh Sóc Trăng"), ("Lưu Thị Tâm", "Chuyên viên", "Sở Nội vụ tỉnh Hậu Giang"),
    ("Châu Văn Út", "Trưởng phòng", "Sở Nội vụ tỉnh Vĩnh Long"), ("Quách Thị Vân", "Chuyên viên", "Sở Nội vụ thành phố Cần Thơ"),
]


def check(condition, what):
    global passed
    if not condition:
        print("FAILED: " + what, flush=True)
        print("0 passed, 1 failed" if passed == 0 else f"{passed} passed, 1 failed", flush=True)
        raise SystemExit(1)
    passed += 1
    print("ok: " + what, flush=True)


def shot(driver, name, element=None):
    if element is not None:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        time.sleep(0.2)
    driver.save_screenshot(os.path.join(SHOTS, name))


def browser():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1100",
                     "--lang=vi-VN", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": DOWNLOADS, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
    return driver


def wait(driver, condition, what, timeout=30):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException]).until(
            lambda d: condition(d))
    except TimeoutException:
        shot(driver, "loi-" + what.replace(" ", "-")[:40] + ".png")
        check(False, what + " (đợi quá lâu)")


def field(driver, name):
    return driver.find_element(By.NAME, name)


def type_into(driver, name, text):
    element = field(driver, name)
    element.clear()
    element.send_keys(text)
    return element


def status(driver):
    return driver.execute_script("return document.getElementById('preview-status').textContent")


def page_sources(driver):
    # Read in one script: the images are replaced whenever a preview arrives.
    return driver.execute_script("return Array.from(document.querySelectorAll('#pages img')).map((i) => i.src)")


def paste(driver, target, text):
    driver.execute_script("""
        const data = new DataTransfer();
        data.setData('text/plain', arguments[1]);
        arguments[0].focus();
        arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    """, target, text)


def main():
    os.makedirs(DOWNLOADS, exist_ok=True)
    # A page asked for under another name is refused on loopback (a rebound DNS name).
    parsed = urllib.parse.urlparse(BASE)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
    connection.request("GET", "/", headers={"Host": "tan-cong.example"})
    check(connection.getresponse().status == 403, "another host name is refused")

    driver = browser()
    try:
        run(driver)
    finally:
        driver.quit()
    print(f"{passed} passed, 0 failed", flush=True)


def run(driver):
    # 1. The workspace, empty; the examples offered.
    driver.get(BASE + "/")
    shot(driver, "01-ho-so-trong.png")
    driver.find_element(By.ID, "mo-vi-du").click()
    wait(driver, lambda d: FOLDER in d.page_source, "the examples open as hồ sơ")
    shot(driver, "02-ho-so.png")
    check("quyet-dinh-khen-thuong-2022.yaml" in driver.page_source and "đã ban hành" in driver.page_source,
          "the workspace lists the documents with their state")

    # 2. A new award decision: the templates with their descriptions, then the form.
    driver.find_element(By.CSS_SELECTOR, f"section[data-folder='{FOLDER}'] a.primary").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "a.template"), "the templates are listed")
    shot(driver, "03-chon-mau.png")
    driver.find_element(By.CSS_SELECTOR, "a.template[data-template='quyet-dinh-khen-thuong']").click()
    wait(driver, lambda d: d.find_elements(By.ID, "editor"), "the form of the decision")
    wait(driver, lambda d: "lỗi" in status(d) or "Chưa" in status(d), "a blank decision is not yet valid")
    shot(driver, "04-van-ban-moi.png")
    type_into(driver, "_tep", "quyet-dinh-bang-khen-2023.yaml")
    for name, text in [("f.co_quan_ban_hanh", "Bộ Nội vụ"), ("f.ky_hieu_co_quan", "BNV"), ("f.dia_danh", "Hà Nội"),
                       ("f.tham_quyen", "Bộ trưởng Bộ Nội vụ"), ("f.hinh_thuc", "Bằng khen của Bộ trưởng Bộ Nội vụ"),
                       ("f.thanh_tich", "đã có thành tích xuất sắc trong phong trào thi đua năm 2022"),
                       ("f.nguoi_ky.chuc_vu", "Bộ trưởng")]:
        type_into(driver, name, text)
    date = type_into(driver, "f.ngay_ban_hanh", "06/3/2023")
    executors = field(driver, "f.don_vi_thuc_hien")
    check(executors.get_attribute("value") == "", "a new document starts without the declaration's examples")
    executors.send_keys("Chánh Văn phòng Bộ" + Keys.ENTER + "Thủ trưởng các cơ quan, đơn vị có liên quan")

    # 3. Twenty rows pasted from Excel (tab-separated, with its heading row and a TT column).
    grid = driver.find_element(By.CSS_SELECTOR, "[data-grid='ca_nhan']")
    if not grid.is_displayed():
        driver.execute_script("arguments[0].closest('details').open = true", grid)
    rows = grid.find_elements(By.CSS_SELECTOR, "tbody tr")
    first = rows[0].find_element(By.CSS_SELECTOR, "[data-column='ho_ten']") if rows else None
    if first is None:
        grid.find_element(By.CSS_SELECTOR, "[data-grid-add]").click()
        first = grid.find_element(By.CSS_SELECTOR, "tbody tr [data-column='ho_ten']")
    clipboard = "TT\tHọ và tên\tChức vụ\tĐơn vị công tác\r\n" + "".join(
        f"{i + 1}\t{name}\t{title}\t{unit}\r\n" for i, (name, title, unit) in enumerate(PEOPLE))
    paste(driver, first, clipboard)
    rows = grid.find_elements(By.CSS_SELECTOR, "tbody tr")
    check(len(rows) == 20, f"20 rows pasted (found {len(rows)})")
    check(rows[19].find_element(By.CSS_SELECTOR, "[data-column='don_vi']").get_attribute("value") == PEOPLE[19][2],
          "each cell in its column, the heading row and TT left out")
    shot(driver, "05-dan-20-dong.png", grid)

    # 4. The signer's name is missing: the message beside its field, in the CLI's words.
    problem = driver.find_element(By.CSS_SELECTOR, ".problem[data-problem-for='nguoi_ky.ho_ten']")
    wait(driver, lambda d: problem.is_displayed() and "thiếu trường bắt buộc «ho_ten»" in problem.text,
         "the missing signer is said beside its field")
    shot(driver, "06-loi-ben-truong.png", problem)
    name = type_into(driver, "f.nguoi_ky.ho_ten", "Phạm Thị Thanh Trà")
    wait(driver, lambda d: not problem.is_displayed(), "the message goes when the field is filled")
    wait(driver, lambda d: len(page_sources(d)) >= 2 and "trang" in status(d), "the preview shows the pages")
    check(date.get_attribute("value") == "06/3/2023", "a typed date is accepted as typed")
    shot(driver, "07-xem-truoc.png")
    before = page_sources(driver)

    # 5. The preview follows an edit, within moments of the last key.
    achievement = type_into(driver, "f.thanh_tich", "đã hoàn thành xuất sắc nhiệm vụ công tác năm 2022, dẫn đầu Cụm thi đua")
    started = time.time()
    wait(driver, lambda d: page_sources(d) and page_sources(d)[0] != before[0], "the first page changes with the achievement")
    print(f"   preview refreshed {time.time() - started:.2f} s after the last key", flush=True)
    check(page_sources(driver)[-1] == before[-1], "a page the edit does not touch stays the same")
    shot(driver, "08-xem-truoc-sau-khi-sua.png")
    # An edit in the annex scrolls the preview to the page that holds it.
    last = driver.find_elements(By.CSS_SELECTOR, "[data-grid='ca_nhan'] tbody tr")[19].find_element(By.CSS_SELECTOR, "[data-column='chuc_vu']")
    last.clear()
    last.send_keys("Chuyên viên chính")
    # Row 20 is on the last page: scrolled into the pane, most of it in view.
    shown = """const pane = document.getElementById('preview-pane').getBoundingClientRect();
               const pages = Array.from(document.querySelectorAll('#pages img'));
               const last = pages[pages.length - 1].getBoundingClientRect();
               const seen = Math.min(last.bottom, pane.bottom) - Math.max(last.top, pane.top);
               return pages.length > 1 && seen > 0.6 * Math.min(last.height, pane.height);"""
    wait(driver, lambda d: d.execute_script(shown), "the preview scrolls to the page of the edited row")
    shot(driver, "09-cuon-den-trang-co-dong-sua.png")
    # The calendar writes the day as a clerk types it.
    driver.execute_script("""const p = document.querySelector('.date-picker'); p.value = '2023-03-06';
                             p.dispatchEvent(new Event('change', {bubbles: true}));""")
    check(date.get_attribute("value") == "06/03/2023", "the calendar fills the date field")

    # 6. Saved, then downloaded as PDF; its text read back.
    driver.find_element(By.ID, "luu").click()
    wait(driver, lambda d: d.find_elements(By.ID, "thong-bao") and "Đã lưu" in d.find_element(By.ID, "thong-bao").text, "saved")
    wait(driver, lambda d: len(page_sources(d)) >= 2, "the saved document previews")
    shot(driver, "10-da-luu.png")
    for old in os.listdir(DOWNLOADS):
        os.remove(os.path.join(DOWNLOADS, old))
    driver.find_element(By.ID, "tai-pdf").click()
    pdf = os.path.join(DOWNLOADS, "quyet-dinh-bang-khen-2023.pdf")
    wait(driver, lambda d: os.path.exists(pdf) and os.path.getsize(pdf) > 1000, "the PDF is downloaded")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    check("QUYẾT ĐỊNH" in flat and "BỘ NỘI VỤ" in flat, "the PDF is the decision")
    check(all(person[0] in flat for person in PEOPLE), "every pasted name is in the PDF")
    check("Chuyên viên chính" in flat and "Phạm Thị Thanh Trà" in flat, "the last edits are in the PDF")
    check("ngày 06 tháng 3 năm 2023" in flat or "ngày 06 tháng 03 năm 2023" in flat, "dated as typed")
    driver.get(BASE + "/")
    shot(driver, "11-ho-so-sau-khi-luu.png", driver.find_element(By.CSS_SELECTOR, f"section[data-folder='{FOLDER}']"))
    check("quyet-dinh-bang-khen-2023.yaml" in driver.page_source, "the new document is in its hồ sơ")

    # 6b. The saved decision, a valid draft, gets its number from the register; then the
    # register page of the hồ sơ lists it and exports it.
    driver.get(f"{BASE}/ho-so/{FOLDER}/van-ban/quyet-dinh-bang-khen-2023.yaml")
    button = wait(driver, lambda d: d.find_elements(By.ID, "cap-so"), "the saved draft offers «Cấp số»")[0]
    check(button.is_enabled(), "«Cấp số» can be pressed on a valid draft")
    shot(driver, "14-cap-so.png")
    button.click()
    WebDriverWait(driver, 10).until(EC.alert_is_present()).accept()
    wait(driver, lambda d: d.find_elements(By.ID, "thong-bao") and "Đã cấp số" in d.find_element(By.ID, "thong-bao").text,
         "the number is given")
    notice = driver.find_element(By.ID, "thong-bao").text
    check("01/QĐ-BNV" in notice and "06/03/2023" in notice, "the page shows the issued number: " + notice)
    check(not driver.find_elements(By.ID, "cap-so") and "01/QĐ-BNV" in driver.find_element(By.ID, "so-van-ban").text,
          "an issued document offers no second number")
    wait(driver, lambda d: len(page_sources(d)) >= 2, "the issued document previews")
    shot(driver, "15-da-cap-so.png")
    driver.find_element(By.ID, "mo-so-dang-ky").click()
    wait(driver, lambda d: d.find_elements(By.ID, "bang-so"), "the register page opens")
    register_rows = driver.find_elements(By.CSS_SELECTOR, "#bang-so tbody tr")
    check(len(register_rows) == 1 and "01/QĐ-BNV" in register_rows[0].text and "đã cấp" in register_rows[0].text,
          "the register lists the issued decision")
    check("Phạm Thị Thanh Trà" in register_rows[0].text, "with its signer")
    shot(driver, "16-so-dang-ky.png")
    for old in os.listdir(DOWNLOADS):
        os.remove(os.path.join(DOWNLOADS, old))
    driver.find_element(By.ID, "xuat-csv").click()
    csv = os.path.join(DOWNLOADS, "so-dang-ky-" + FOLDER + "-2023.csv")
    wait(driver, lambda d: os.path.exists(csv) and os.path.getsize(csv) > 100, "the register is exported as CSV")
    with open(csv, encoding="utf-8-sig") as exported:
        check("01/QĐ-BNV;06/03/2023" in exported.read(), "the exported register holds the entry")

    # 7. An Excel workbook brought into a list: two sheets hold lists, the clerk picks one.
    driver.get(f"{BASE}/ho-so/{FOLDER}/van-ban/quyet-dinh-khen-thuong-2022.yaml")
    wait(driver, lambda d: len(page_sources(d)) == 4, "the example decision previews its 4 pages")
    grid = driver.find_element(By.CSS_SELECTOR, "[data-grid='ca_nhan']")
    workbook = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "DataInputTests", "Fixtures", "xlsx", "provincial-200.xlsx"))
    grid.find_element(By.CSS_SELECTOR, "[data-grid-upload]").send_keys(workbook)
    wait(driver, lambda d: grid.find_elements(By.CSS_SELECTOR, "[data-sheet-select]"), "the sheets of the workbook are offered")
    check("«Giấy khen», «Bằng khen»" in grid.text, "the reader's message names the sheets")
    shot(driver, "12-chon-trang-excel.png", grid)
    Select(grid.find_element(By.CSS_SELECTOR, "[data-sheet-select]")).select_by_visible_text("Giấy khen")
    wait(driver, lambda d: len(grid.find_elements(By.CSS_SELECTOR, "tbody tr")) == 200, "200 rows read from the sheet")
    check(grid.find_element(By.CSS_SELECTOR, "[data-grid-source]").get_attribute("value") == "provincial-200.xlsx#Giấy khen",
          "the list stays in its workbook, its sheet named")
    # The province's amounts are those of a Giấy khen, not of this Bằng khen: each row's amount
    # is outlined, the workbook's total line named at its cell above the preview.
    wait(driver, lambda d: "lỗi" in status(d), "the stated amounts are checked")
    amount = grid.find_elements(By.CSS_SELECTOR, "tbody tr")[0].find_element(By.CSS_SELECTOR, "[data-column='so_tien']")
    wait(driver, lambda d: "has-problem" in amount.get_attribute("class"), "a stated amount that differs is outlined")
    general = driver.find_element(By.ID, "preview-problems").text
    check("provincial-200.xlsx, trang «Giấy khen», ô E205" in general, "the total line's problem is named at its cell")
    shot(driver, "13-danh-sach-excel.png", grid.find_element(By.CSS_SELECTOR, "[data-cell-problems]"))


if __name__ == "__main__":
    main()
