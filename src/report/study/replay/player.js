// kofu study: a session's replay. The data is the JSON above; pictures are files beside the page.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("replay-data").textContent || "{}");
  var inputs = data.inputs || [];
  var W = data.width || 1024, H = data.height || 768;
  var NS = "http://www.w3.org/2000/svg";
  var pic = document.getElementById("pic"), none = document.getElementById("none");
  var svg = document.getElementById("marks"), line = document.getElementById("line");
  var where = document.getElementById("where"), detail = document.getElementById("detail");
  var playBtn = document.getElementById("play");
  var notes = Array.prototype.slice.call(document.querySelectorAll("#notes li"));
  var end = Math.max(data.end_ms || 0, 1);
  var cur = 0, timer = 0, frame = 0, startedAt = 0, startMs = 0;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);

  function secs(ms) { return (ms / 1000).toFixed(1) + " s"; }
  function pct(ms) { return Math.min(100, 100 * ms / end) + "%"; }
  function add(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    parent.appendChild(e);
    return e;
  }
  function describe(i) {
    var what = i.target === null || i.target === undefined ? "no control" : i.target;
    if (i.kind === "key") { return "Key " + what; }
    if (i.kind === "keypad") { return "Keypad " + what; }
    if (i.kind === "machine") { return "Machine: " + what; }
    return "Tap on " + what;
  }

  var ticks = inputs.map(function (i, k) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "tick" + (i.miss ? " miss" : "");
    b.style.left = pct(i.t_ms);
    b.title = secs(i.t_ms) + ": " + describe(i);
    b.setAttribute("aria-label", "Input " + (k + 1) + ", " + b.title);
    b.addEventListener("click", function () { pause(); show(k); });
    line.appendChild(b);
    return b;
  });
  (data.notes || []).forEach(function (n) {
    var d = document.createElement("div");
    d.className = "note";
    d.style.left = pct(n.t_ms);
    d.title = secs(n.t_ms) + ": " + n.text;
    line.appendChild(d);
  });
  var now = document.createElement("div");
  now.className = "now";
  line.appendChild(now);

  function at(ms) {
    now.style.left = pct(ms);
    notes.forEach(function (li) { li.classList.toggle("past", Number(li.dataset.t) <= ms); });
  }

  function mark(i) {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    if (typeof i.x === "number" && typeof i.y === "number") {
      var c = i.miss ? "#d00000" : "#1565c0";
      add("circle", { cx: i.x, cy: i.y, r: 24, fill: c, "fill-opacity": 0.25, stroke: "#fff", "stroke-width": 8 }, svg);
      add("circle", { cx: i.x, cy: i.y, r: 24, fill: "none", stroke: c, "stroke-width": 4 }, svg);
      if (i.miss) {
        var d = "M" + (i.x - 11) + " " + (i.y - 11) + "L" + (i.x + 11) + " " + (i.y + 11) +
          "M" + (i.x + 11) + " " + (i.y - 11) + "L" + (i.x - 11) + " " + (i.y + 11);
        add("path", { d: d, stroke: c, "stroke-width": 5, "stroke-linecap": "round" }, svg);
      }
      return;
    }
    // At the foot of the panel, where its hints are, so the screen's title stays readable.
    add("rect", { x: 8, y: H - 64, width: W - 16, height: 56, rx: 10, fill: "#000", "fill-opacity": 0.78 }, svg);
    var t = add("text", { x: 28, y: H - 26, fill: "#fff", "font-size": 30, "font-family": "sans-serif" }, svg);
    t.textContent = describe(i);
  }

  function show(k) {
    if (!inputs.length) {
      where.textContent = "No inputs were recorded.";
      playBtn.disabled = true;
      return;
    }
    cur = Math.max(0, Math.min(inputs.length - 1, k));
    var i = inputs[cur];
    if (i.picture) {
      pic.src = i.picture;
      pic.alt = "The panel before input " + (cur + 1) + " (" + i.screen + ")";
      pic.hidden = false;
      none.hidden = true;
    } else {
      pic.removeAttribute("src");
      pic.hidden = true;
      none.hidden = false;
      none.textContent = i.screen === "questionnaire" ? "The questionnaire after the task is not replayed"
        : data.warning ? "No picture: see the warning above" : "No picture of this state";
    }
    if (location.hash !== "#" + (cur + 1)) { history.replaceState(null, "", "#" + (cur + 1)); }
    var next = inputs[cur + 1];
    if (next && next.picture) { new Image().src = next.picture; }
    mark(i);
    ticks.forEach(function (b, j) { b.classList.toggle("on", j === cur); });
    where.textContent = "Input " + (cur + 1) + " of " + inputs.length + " · " + secs(i.t_ms);
    detail.textContent = describe(i) + " on the " + i.screen + " screen" +
      (i.event ? " → step " + i.event : "") + (i.miss ? " (a miss)" : "");
    at(i.t_ms);
  }

  function clock() { return startMs + (performance.now() - startedAt); }
  function tick() { at(clock()); frame = requestAnimationFrame(tick); }
  function schedule() {
    var next = inputs[cur + 1];
    if (!next) { timer = setTimeout(pause, Math.max(0, end - clock())); return; }
    timer = setTimeout(function () { show(cur + 1); schedule(); }, Math.max(0, next.t_ms - clock()));
  }
  function play() {
    if (!inputs.length) { return; }
    if (cur >= inputs.length - 1) { show(0); }
    startMs = inputs[cur].t_ms;
    startedAt = performance.now();
    playBtn.textContent = "❚❚ Pause";
    schedule();
    frame = requestAnimationFrame(tick);
  }
  function pause() {
    if (!timer && !frame) { return; }
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    timer = 0;
    frame = 0;
    playBtn.textContent = "▶ Play";
  }
  function playing() { return timer !== 0 || frame !== 0; }

  playBtn.addEventListener("click", function () { if (playing()) { pause(); } else { play(); } });
  document.getElementById("prev").addEventListener("click", function () { pause(); show(cur - 1); });
  document.getElementById("next").addEventListener("click", function () { pause(); show(cur + 1); });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === "ArrowLeft") { e.preventDefault(); pause(); show(cur - 1); }
    else if (e.key === "ArrowRight") { e.preventDefault(); pause(); show(cur + 1); }
    else if (e.key === " " && !/^(BUTTON|SUMMARY|A)$/.test(e.target.tagName)) {
      e.preventDefault();
      if (playing()) { pause(); } else { play(); }
    }
  });
  function fromHash() { var n = parseInt(location.hash.slice(1), 10); return isNaN(n) ? 0 : n - 1; }
  window.addEventListener("hashchange", function () { if (fromHash() !== cur) { pause(); show(fromHash()); } });
  show(fromHash());
}());
