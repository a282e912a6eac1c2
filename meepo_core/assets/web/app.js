"use strict";
const form = document.getElementById("search"), main = document.getElementById("main");
const upload = document.getElementById("upload"), file = document.getElementById("file");
let timer = null, ctrl = null;
function pageUrl() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim() !== "") p.append(k, v);
  const s = p.toString(); return "/" + (s ? "?" + s : "");
}
async function refresh() {
  const url = pageUrl();
  if (ctrl) ctrl.abort();
  ctrl = new AbortController();
  main.setAttribute("aria-busy", "true");
  try {
    const r = await fetch(url + (url.includes("?") ? "&" : "?") + "partial=1", {signal: ctrl.signal});
    main.innerHTML = await r.text();
    history.replaceState(null, "", url);
  } catch (e) {
    if (e.name !== "AbortError") main.innerHTML = '<p class="state error" role="alert"><strong>Could not reach the server.</strong> Check your connection and try again.</p>';
  } finally { main.removeAttribute("aria-busy"); }
}
form.query.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
form.addEventListener("change", e => { if (e.target !== form.query) { clearTimeout(timer); refresh(); } });
form.addEventListener("submit", e => { e.preventDefault(); clearTimeout(timer); refresh(); });
function searchImage(f) {
  if (!f) return;
  if (!f.type.startsWith("image/")) {
    main.innerHTML = '<p class="state error" role="alert"><strong>Could not search:</strong> that file is not an image.</p>'; return;
  }
  const dt = new DataTransfer(); dt.items.add(f); file.files = dt.files;
  upload.querySelectorAll("input[type=hidden]").forEach(e => e.remove());
  for (const [k, v] of new FormData(form)) if (k !== "upload" && k !== "like" && String(v).trim() !== "") {
    const h = document.createElement("input"); h.type = "hidden"; h.name = k; h.value = v; upload.appendChild(h);
  }
  main.setAttribute("aria-busy", "true");
  upload.submit();
}
file.addEventListener("change", () => searchImage(file.files[0]));
document.getElementById("filebtn").addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); file.click(); } });
document.addEventListener("dragover", e => { e.preventDefault(); document.body.classList.add("dragging"); });
document.addEventListener("dragleave", e => { if (!e.relatedTarget) document.body.classList.remove("dragging"); });
document.addEventListener("drop", e => { e.preventDefault(); document.body.classList.remove("dragging"); searchImage(e.dataTransfer.files[0]); });
document.addEventListener("paste", e => {
  for (const it of e.clipboardData.items) if (it.type.startsWith("image/")) { e.preventDefault(); searchImage(it.getAsFile()); return; }
});
document.addEventListener("keydown", e => {
  if (e.key === "/" && document.activeElement !== form.query && !e.target.matches("input,select,textarea")) { e.preventDefault(); form.query.focus(); }
});
