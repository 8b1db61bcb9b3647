"""The workbench benchmark, against a running `vanban serve` (scripts/bench-workbench.sh starts
one): the preview of the 4-page example decision, from request to PNG pages, over 100 edits
(median and 95th percentile); then 20 simulated users editing at once, each 10 edits (errors,
and the latency they see). Loopback only; every request bounded by a 60 s timeout."""
import base64
import html
import http.cookiejar
import json
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser

BASE = sys.argv[1].rstrip("/")
FOLDER = sys.argv[2] if len(sys.argv) > 2 else "vi-du-tay-nam-bo-2023"
FILE = sys.argv[3] if len(sys.argv) > 3 else "quyet-dinh-khen-thuong-2022.yaml"
assert urllib.parse.urlparse(BASE).hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"


class FormFields(HTMLParser):
    """The pairs a browser submits for the editor's form (row templates left out)."""

    def __init__(self):
        super().__init__()
        self.pairs, self.textarea, self.select, self.inside, self.template = [], None, None, False, 0

    def handle_starttag(self, tag, attributes):
        a = dict(attributes)
        if tag == "form" and a.get("id") == "editor":
            self.inside = True
        if not self.inside:
            return
        if tag == "template":
            self.template += 1
        if self.template:
            return
        if tag == "input" and a.get("name") and a.get("type") != "file":
            self.pairs.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], ""]
        elif tag == "option" and self.select is not None and "selected" in a:
            self.select[1] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "template":
            self.template -= 1
        elif tag == "textarea" and self.textarea:
            self.pairs.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select:
            self.pairs.append(tuple(self.select))
            self.select = None
        elif tag == "form":
            self.inside = False

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data


class User:
    def __init__(self):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.opener.open(f"{BASE}/ho-so/{FOLDER}/van-ban/{FILE}", timeout=60).read().decode()
        self.csrf = re.search(r'data-csrf="([0-9a-f]+)"', page).group(1)
        parser = FormFields()
        parser.feed(page)
        self.pairs = [(k, html.unescape(v)) for k, v in parser.pairs if k != "_csrf"]
        self.images = {}  # the page images held, by key, as the page's script keeps them

    def preview(self, edit):
        pairs = [(k, (v + f" (lần sửa {edit})") if k == "f.thanh_tich" else v) for k, v in self.pairs]
        body = urllib.parse.urlencode(pairs + [("_focus_text", f"lần sửa {edit}"), ("_have", ",".join(self.images))]).encode()
        request = urllib.request.Request(f"{BASE}/ho-so/{FOLDER}/xem-truoc", data=body, headers={
            "X-CSRF-Token": self.csrf, "Content-Type": "application/x-www-form-urlencoded"})
        started = time.perf_counter()
        reply = json.loads(self.opener.open(request, timeout=60).read())
        elapsed = time.perf_counter() - started
        if not reply["valid"] or not reply["pages"]:
            raise RuntimeError("preview failed: " + "; ".join(p["text"] for p in reply["problems"]))
        for key, data in zip(reply["keys"], reply["pages"]):
            if data:
                self.images[key] = base64.b64decode(data)
        if any(key not in self.images for key in reply["keys"]):
            raise RuntimeError("a page neither sent nor held")
        reply["images"] = [self.images[key] for key in reply["keys"]]
        return elapsed, reply


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    user = User()
    for edit in range(5):
        user.preview(-edit - 1)
    times, pages, previous, sent = [], 0, None, 0
    for edit in range(100):
        elapsed, reply = user.preview(edit)
        times.append(elapsed * 1000)
        pages = len(reply["pages"])
        sent += sum(1 for page in reply["pages"] if page)
        assert reply["images"][0] != previous, "each edit changes the first page"
        previous = reply["images"][0]
    print(f"preview of {FOLDER}/{FILE} ({pages} pages, PNG {sum(len(p) for p in reply['images']) // 1024} KiB; "
          f"{sent} page images sent for 100 edits, the others held by the client), "
          f"request to PNG over 100 edits: median {statistics.median(times):.1f} ms, "
          f"p95 {percentile(times, 0.95):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms")

    users, edits = 20, 10
    latencies, errors, lock = [], [], threading.Lock()
    people = [User() for _ in range(users)]
    barrier = threading.Barrier(users)

    def work(index):
        barrier.wait()
        for edit in range(edits):
            try:
                elapsed, _ = people[index].preview(index * 100 + edit)
                with lock:
                    latencies.append(elapsed * 1000)
            except Exception as error:  # counted, reported
                with lock:
                    errors.append(repr(error))

    started = time.perf_counter()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    wall = time.perf_counter() - started
    print(f"{users} users editing at once, {edits} edits each: {len(latencies)} previews, {len(errors)} errors, "
          f"{len(latencies) / wall:.1f} previews/s; latency median {statistics.median(latencies):.0f} ms, "
          f"p95 {percentile(latencies, 0.95):.0f} ms, max {max(latencies):.0f} ms")
    for error in errors[:5]:
        print("  error: " + error)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
