// The workbench's live behaviour: preview while typing, grids (rows, paste from Excel, upload),
// dates from a calendar, messages beside their fields. No library, no build step.
"use strict";

// Actions that cannot be undone ask first (the «Cấp số» form).
document.addEventListener("submit", (event) => {
  const message = event.target.dataset ? event.target.dataset.confirm : null;
  if (message && !window.confirm(message)) event.preventDefault();
});

(function () {
  const form = document.getElementById("editor");
  if (!form) return;
  const csrf = document.body.dataset.csrf;
  const previewURL = form.dataset.preview;
  let dirty = false;
  let lastEdit = null;
  let timer = null;
  let sequence = 0;
  let inFlight = null;
  // The page images this page holds, by key: the server sends only those it lacks.
  const images = new Map();

  // ---- Dates: the calendar writes the day as a clerk types it (06/03/2023).
  function setUpDates(root) {
    root.querySelectorAll(".date-input").forEach((box) => {
      const text = box.querySelector("[data-date]");
      const picker = box.querySelector(".date-picker");
      if (!text || !picker || picker.dataset.ready) return;
      picker.dataset.ready = "1";
      picker.addEventListener("change", () => {
        const parts = picker.value.split("-");
        if (parts.length === 3) {
          text.value = parts[2] + "/" + parts[1] + "/" + parts[0];
          edited(text);
        }
      });
    });
  }

  // ---- Grids.
  function rowsOf(grid) { return Array.from(grid.querySelectorAll("tbody > tr")); }

  function renumber(grid) {
    const path = grid.dataset.grid;
    rowsOf(grid).forEach((row, index) => {
      const number = index + 1;
      row.querySelector("td.num").textContent = number;
      row.querySelectorAll("[data-column]").forEach((cell) => {
        const cellPath = path + "[" + number + "]." + cell.dataset.column;
        cell.name = "f." + cellPath;
        cell.dataset.path = cellPath;
      });
    });
    const count = grid.querySelector("[data-grid-count]");
    if (count) count.textContent = rowsOf(grid).length + " dòng";
  }

  function addRow(grid) {
    const template = grid.querySelector("template[data-row-template]");
    const row = template.content.firstElementChild.cloneNode(true);
    grid.querySelector("tbody").appendChild(row);
    renumber(grid);
    return row;
  }

  // A grid edited in the page no longer comes from its list file.
  function detachSource(grid) {
    const source = grid.querySelector("[data-grid-source]");
    if (source && source.value) {
      source.value = "";
      const note = grid.querySelector("[data-grid-source-note]");
      if (note) note.textContent = "Danh sách sẽ được ghi vào tệp dữ liệu (không lấy từ tệp Excel/CSV nữa).";
    }
  }

  function normal(text) { return text.trim().toLowerCase().replace(/\s+/g, " "); }

  // Excel's clipboard: rows by line breaks, cells by tabs, a cell with a line break in quotes.
  function parseTSV(text) {
    const rows = [];
    let row = [], cell = "", quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"' && cell === "") quoted = true;
      else if (c === "\t") { row.push(cell); cell = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(cell); rows.push(row); row = []; cell = "";
      } else cell += c;
    }
    if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  function isHeaderRow(grid, cells, firstColumn) {
    const heads = Array.from(grid.querySelectorAll("thead th[data-column]"));
    let matched = 0;
    cells.forEach((cell, offset) => {
      const head = heads[firstColumn + offset];
      if (!head || !cell.trim()) return;
      const names = head.dataset.headers.split("|").map(normal).concat([normal(head.textContent.replace("*", ""))]);
      if (names.includes(normal(cell))) matched++;
    });
    return matched > 0 && matched >= cells.filter((c) => c.trim()).length / 2;
  }

  function paste(grid, target, text) {
    let rows = parseTSV(text).filter((r) => r.some((c) => c.trim() !== ""));
    if (!rows.length) return;
    const columns = Array.from(grid.querySelectorAll("thead th[data-column]")).map((th) => th.dataset.column);
    let firstColumn = Math.max(0, columns.indexOf(target.dataset.column));
    // A numbering column copied from Excel (TT, STT, 1, 2, 3…) is skipped.
    if (firstColumn === 0 && rows.every((r) => r.length > 1 && /^\s*(s?tt|\d+)\.?\s*$/i.test(r[0]))) {
      rows = rows.map((r) => r.slice(1));
    }
    if (isHeaderRow(grid, rows[0], firstColumn)) rows = rows.slice(1);
    let row = target.closest("tr");
    let rowIndex = rowsOf(grid).indexOf(row);
    rows.forEach((cells) => {
      let current = rowsOf(grid)[rowIndex] || addRow(grid);
      const inputs = Array.from(current.querySelectorAll("[data-column]"));
      cells.forEach((value, offset) => {
        const input = inputs[firstColumn + offset];
        if (input) input.value = value.trim();
      });
      rowIndex++;
    });
    detachSource(grid);
    renumber(grid);
    edited(target);
  }

  function fillFromUpload(grid, reply) {
    const tbody = grid.querySelector("tbody");
    tbody.innerHTML = "";
    reply.rows.forEach((cells) => {
      const row = addRow(grid);
      const inputs = row.querySelectorAll("[data-column]");
      reply.columns.forEach((column, index) => {
        const input = Array.from(inputs).find((i) => i.dataset.column === column);
        if (input) input.value = cells[index];
      });
    });
    grid.querySelector("[data-grid-source]").value = reply.file;
    let note = grid.querySelector("[data-grid-source-note]");
    if (!note) {
      note = document.createElement("p");
      note.className = "source";
      note.dataset.gridSourceNote = "1";
      grid.querySelector("[data-grid-source]").after(note);
    }
    note.textContent = "Danh sách lấy từ tệp " + reply.file + " (" + reply.rows.length + " dòng). Sửa trong bảng thì danh sách được ghi vào tệp dữ liệu.";
    renumber(grid);
  }

  async function upload(grid, input, sheet) {
    const file = sheet ? grid.pendingFile : input.files[0];
    if (!file) return;
    grid.pendingFile = file;
    const status = document.getElementById("preview-status");
    if (status) status.textContent = "Đang đọc tệp " + file.name + "…";
    const url = form.dataset.upload + "?mau=" + encodeURIComponent(form.dataset.template)
      + "&danh_sach=" + encodeURIComponent(grid.dataset.grid) + "&ten=" + encodeURIComponent(file.name)
      + (sheet ? "&trang=" + encodeURIComponent(sheet) : "");
    let reply;
    try {
      const response = await fetch(url, { method: "POST", headers: { "X-CSRF-Token": csrf, "Content-Type": "application/octet-stream" }, body: file });
      reply = await response.json();
    } catch (error) {
      reply = { file: "", rows: [], columns: [], problems: [{ text: "Không gửi được tệp: " + error, warning: false }] };
    }
    input.value = "";
    const box = grid.querySelector("[data-problem-for='" + cssEscape(grid.dataset.grid) + "']");
    const old = grid.querySelector("[data-sheet-choice]");
    if (old) old.remove();
    if (reply.file) {
      fillFromUpload(grid, reply);
      box.hidden = true;
      edited(input);
    } else {
      box.textContent = reply.problems.map((p) => p.text).join("\n");
      box.hidden = false;
      if (status) status.textContent = "Chưa đọc được tệp.";
      if (reply.sheets && reply.sheets.length) chooseSheet(grid, input, box, reply.sheets);
    }
  }

  // A workbook with several lists: the clerk names the sheet, and the file is read again.
  function chooseSheet(grid, input, box, sheets) {
    const choice = document.createElement("p");
    choice.dataset.sheetChoice = "1";
    choice.className = "sheet-choice";
    const label = document.createElement("label");
    label.textContent = "Đọc danh sách ở trang: ";
    const select = document.createElement("select");
    select.setAttribute("data-sheet-select", "");
    [""].concat(sheets).forEach((name) => {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name || "(chọn trang)";
      select.appendChild(option);
    });
    select.addEventListener("change", () => { if (select.value) upload(grid, input, select.value); });
    label.appendChild(select);
    choice.appendChild(label);
    box.after(choice);
  }

  function setUpGrid(grid) {
    renumber(grid);
    grid.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-grid-add")) {
        const row = addRow(grid);
        detachSource(grid);
        const first = row.querySelector("[data-column]");
        if (first) first.focus();
        edited(button);
        return;
      }
      const action = button.dataset.row;
      if (!action) return;
      const row = button.closest("tr");
      if (action === "remove") row.remove();
      if (action === "up" && row.previousElementSibling) row.parentNode.insertBefore(row, row.previousElementSibling);
      if (action === "down" && row.nextElementSibling) row.parentNode.insertBefore(row.nextElementSibling, row);
      detachSource(grid);
      renumber(grid);
      edited(button);
    });
    grid.addEventListener("paste", (event) => {
      const target = event.target;
      if (!target.dataset || !target.dataset.column) return;
      const text = (event.clipboardData || window.clipboardData).getData("text/plain");
      if (!/[\t\n]/.test(text.replace(/[\r\n]+$/, ""))) return;
      event.preventDefault();
      paste(grid, target, text);
    });
    grid.addEventListener("input", (event) => { if (event.target.dataset.column) detachSource(grid); });
    const file = grid.querySelector("[data-grid-upload]");
    if (file) file.addEventListener("change", () => upload(grid, file));
  }

  // ---- Preview.
  function fieldText(element) {
    const texts = [];
    if (element && element.value) texts.push(element.value);
    const row = element && element.closest ? element.closest("tbody > tr") : null;
    if (row) {
      const first = row.querySelector("[data-column]");
      if (first && first.value) texts.push(first.value);
    }
    return texts;
  }

  function edited(element) {
    dirty = true;
    const note = document.getElementById("chua-luu");
    if (note && document.querySelector("[data-download]")) note.hidden = false;
    // «Cấp số» numbers the saved file, not what is being typed: save first.
    const issue = document.getElementById("cap-so");
    if (issue) { issue.disabled = true; issue.title = "Lưu trước khi cấp số"; }
    lastEdit = element;
    schedule();
  }

  function schedule() {
    if (!previewURL) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  function cssEscape(text) { return window.CSS && CSS.escape ? CSS.escape(text) : text.replace(/["\\\]\[]/g, "\\$&"); }

  async function refresh() {
    const status = document.getElementById("preview-status");
    const body = new URLSearchParams(new FormData(form));
    body.delete("_csrf");
    fieldText(lastEdit).forEach((text) => body.append("_focus_text", text));
    body.append("_have", Array.from(images.keys()).join(","));
    const mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    if (status) status.textContent = "Đang dàn trang…";
    let reply;
    try {
      const response = await fetch(previewURL, {
        method: "POST", signal: inFlight.signal, body,
        headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" },
      });
      if (response.headers.get("Content-Type", "").indexOf("json") < 0) {
        throw new Error((await response.text()).trim() || ("lỗi " + response.status));
      }
      reply = await response.json();
    } catch (error) {
      if (error.name === "AbortError") return;
      if (mine === sequence && status) status.textContent = "Chưa xem trước được: " + error.message;
      return;
    }
    if (mine !== sequence) return;
    show(reply);
  }

  // The pages replaced in place (the pane keeps its height and place), then, once drawn,
  // scrolled to the page that holds the edited text.
  async function show(reply) {
    const status = document.getElementById("preview-status");
    const pages = document.getElementById("pages");
    if (reply.pages.length) {
      reply.pages.forEach((data, index) => { if (data) images.set(reply.keys[index], "data:image/png;base64," + data); });
      if (reply.keys.some((key) => !images.has(key))) { images.clear(); schedule(); return; }
      pages.querySelectorAll(".empty").forEach((e) => e.remove());
      const shown = Array.from(pages.querySelectorAll("img"));
      reply.keys.forEach((key, index) => {
        let img = shown[index];
        if (!img) {
          img = document.createElement("img");
          img.alt = "Trang " + (index + 1);
          img.className = "page-image";
          img.dataset.page = index + 1;
          pages.appendChild(img);
        }
        const source = images.get(key);
        if (img.src !== source) img.src = source;
      });
      shown.slice(reply.keys.length).forEach((img) => img.remove());
      // Only the images shown are kept, and those of the last few previews.
      const keep = new Set(reply.keys);
      Array.from(images.keys()).slice(0, -24).forEach((key) => { if (!keep.has(key)) images.delete(key); });
      pages.classList.remove("stale");
      status.textContent = reply.pages.length + " trang · " + new Date().toLocaleTimeString("vi-VN");
      status.dataset.valid = reply.valid ? "1" : "0";
      placeProblems(reply.problems);
      await Promise.all(Array.from(pages.querySelectorAll("img")).map((img) => img.decode().catch(() => {})));
      if (reply.page !== null && reply.page !== undefined) {
        const target = pages.querySelectorAll("img")[reply.page];
        const pane = document.getElementById("preview-pane");
        const head = pane && pane.querySelector(".preview-head");
        if (target && pane) {
          pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - (head ? head.offsetHeight : 0) - 6;
        }
      }
      return;
    } else {
      pages.classList.add("stale");
      const errors = new Set(reply.problems.filter((p) => !p.warning).map((p) => p.target || p.text)).size;
      status.textContent = "Chưa dàn trang được: còn " + errors + " lỗi cần sửa.";
      if (!pages.querySelector("img")) {
        pages.innerHTML = "";
        const note = document.createElement("p");
        note.className = "empty";
        note.textContent = "Các trang sẽ hiện ở đây khi dữ liệu đủ để dàn trang. Mỗi lỗi được ghi ngay dưới ô của nó, bên trái.";
        pages.appendChild(note);
      }
    }
    status.dataset.valid = reply.valid ? "1" : "0";
    placeProblems(reply.problems);
  }

  function placeProblems(problems) {
    form.querySelectorAll(".problem[data-problem-for]").forEach((p) => { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll(".has-problem").forEach((e) => e.classList.remove("has-problem"));
    form.querySelectorAll("[data-cell-problems]").forEach((l) => { l.hidden = true; l.innerHTML = ""; });
    const general = document.getElementById("preview-problems");
    const warnings = document.getElementById("preview-warnings");
    general.innerHTML = ""; warnings.innerHTML = "";
    const cells = new Map();
    problems.forEach((problem) => {
      if (problem.warning) { addItem(warnings, problem.text); return; }
      if (!problem.target || !placeBeside(problem, cells)) addItem(general, problem.text);
    });
    listCellProblems(cells);
    general.hidden = !general.children.length;
    warnings.hidden = !warnings.children.length;
  }

  function addItem(list, text) {
    const item = document.createElement("li");
    item.textContent = text;
    list.appendChild(item);
  }

  // Under each table, its cells' messages: one line per message with the rows that have it
  // («Dòng 1–200»), the first few messages only.
  function listCellProblems(cells) {
    cells.forEach((messages, list) => {
      let shown = 0;
      messages.forEach((rows, message) => {
        if (shown++ < 8) addItem(list, "Dòng " + ranges(rows) + ", " + message);
      });
      if (messages.size > 8) addItem(list, "… và " + (messages.size - 8) + " lỗi khác (các ô viền đỏ).");
      list.hidden = false;
    });
  }

  function ranges(numbers) {
    const parts = [];
    let start = numbers[0], last = numbers[0];
    numbers.slice(1).concat([null]).forEach((n) => {
      if (n === last + 1) { last = n; return; }
      parts.push(start === last ? String(start) : start + "–" + last);
      start = last = n;
    });
    return parts.join(", ");
  }

  // A message beside its field; a cell's under its table, the cell outlined.
  function placeBeside(problem, cells) {
    const box = form.querySelector(".problem[data-problem-for='" + cssEscape(problem.target) + "']");
    if (box) {
      // The checker may say one thing twice, once with the field's label: said once here.
      const said = box.textContent.split("\n");
      if (said.some((line) => line.startsWith(problem.message))) return true;
      box.textContent = box.textContent ? box.textContent + "\n" + problem.message : problem.message;
      box.hidden = false;
      const field = box.closest(".field");
      const input = field && field.querySelector(":scope > input, :scope > select, :scope > textarea, :scope > .date-input > input[data-date], :scope > fieldset");
      if (input) input.classList.add("has-problem");
      openAround(box);
      return true;
    }
    const cell = form.querySelector("[data-path='" + cssEscape(problem.target) + "']:not(.field)");
    if (cell) {
      cell.classList.add("has-problem");
      cell.title = problem.message;
      const list = cell.closest(".grid").querySelector("[data-cell-problems]");
      const row = Number(cell.closest("tr").querySelector("td.num").textContent);
      const message = (cell.getAttribute("aria-label") || "") + ": " + problem.message;
      if (!cells.has(list)) cells.set(list, new Map());
      const messages = cells.get(list);
      if (!messages.has(message)) messages.set(message, []);
      if (!messages.get(message).includes(row)) messages.get(message).push(row);
      openAround(cell);
      return true;
    }
    return false;
  }

  function openAround(element) {
    const details = element.closest("details");
    if (details) details.open = true;
  }

  form.addEventListener("input", (event) => { if (event.target.type !== "file" && event.target.type !== "date") edited(event.target); });
  form.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT") edited(event.target);
  });
  form.addEventListener("submit", () => { dirty = false; });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  setUpDates(document);
  document.querySelectorAll(".grid").forEach(setUpGrid);
  if (previewURL) refresh();
})();
