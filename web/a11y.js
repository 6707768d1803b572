// Accessibility layer of the page. The simulation draws into a canvas that screen readers cannot
// see, so the essential controls (training sliders, play/pause, scenarios, tour) are mirrored
// here as real HTML controls bound to the same state through window.neurogains, the scene is
// described (summary, "now" details, lab table, explain card, tour caption, questions and
// challenge, the landscape map as a table: describe() below), and key events are narrated in an ARIA live region. The controls are visually hidden until one of them has
// keyboard focus; then the panel appears so sighted keyboard users see where they are.
(function () {
  "use strict";
  var panel = document.getElementById("a11y");
  var narration = document.getElementById("narration");
  var ng = null;
  var labels = null;
  var lastLang = "";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  // Announces a sentence; repeated identical sentences are re-announced by clearing first.
  function narrate(text) {
    narration.textContent = "";
    setTimeout(function () { narration.textContent = text; }, 30);
  }
  window.NeuroGainsPage = window.NeuroGainsPage || {};
  window.NeuroGainsPage.narrate = narrate;

  function slider(name, min, max, step) {
    var wrap = el("div", { class: "a11y-row" });
    var label = el("label", { for: "a11y-" + name, id: "a11y-" + name + "-label" });
    var input = el("input", { type: "range", id: "a11y-" + name, min: min, max: max, step: step });
    input.addEventListener("change", function () {
      try { ng.set(name, Number(input.value)); } catch (e) { narrate(e.message); }
    });
    wrap.appendChild(label);
    wrap.appendChild(input);
    panel.appendChild(wrap);
    return { label: label, input: input };
  }

  function button(id, onClick) {
    var b = el("button", { type: "button", id: id });
    b.addEventListener("click", function () {
      try { onClick(); } catch (e) { narrate(e.message); }
    });
    return b;
  }

  var controls = {};
  function build(state) {
    panel.textContent = "";
    controls.heading = el("h2", { id: "a11y-heading" });
    panel.appendChild(controls.heading);
    controls.intensity = slider("intensity", 40, 95, 1);
    controls.recovery = slider("recovery", 12, 168, 1);
    var row = el("div", { class: "a11y-row" });
    controls.play = button("a11y-play", function () { ng.pause(!ng.state().paused); });
    row.appendChild(controls.play);
    controls.scenarioLabel = el("label", { for: "a11y-scenario" });
    controls.scenario = el("select", { id: "a11y-scenario" });
    controls.scenario.addEventListener("change", function () {
      try { ng.scenario(controls.scenario.value); } catch (e) { narrate(e.message); }
    });
    row.appendChild(controls.scenarioLabel);
    row.appendChild(controls.scenario);
    panel.appendChild(row);
    var tour = el("div", { class: "a11y-row" });
    controls.tourStart = button("a11y-tour-start", function () { ng.tour("start"); });
    controls.tourPrevious = button("a11y-tour-previous", function () { ng.tour("previous"); });
    controls.tourNext = button("a11y-tour-next", function () { ng.tour("next"); });
    tour.appendChild(controls.tourStart);
    tour.appendChild(controls.tourPrevious);
    tour.appendChild(controls.tourNext);
    // The teacher's guide, served beside this page (none in a kiosk: it has no way out, and the
    // mode is set once, at start).
    if (state.mode !== "kiosk") {
      controls.guide = el("a", { id: "a11y-guide", href: "teaching.html", target: "_blank", rel: "noopener" });
      tour.appendChild(controls.guide);
    }
    panel.appendChild(tour);
    buildDescription();
    applyLabels(state);
  }

  // The scene described (issue 16): the screen summary, the "now" details, every lab value as a
  // table, the explain card, the tour caption and the questions or the challenge as HTML that a
  // screen reader reads and the keyboard operates. Filled from neurogains.describe().
  // A described section: its heading, then its parts, each [name in controls, tag, id].
  function section(id, parts) {
    var s = el("section", { id: id, "aria-labelledby": id + "-heading" });
    s.appendChild(el("h3", { id: id + "-heading" }));
    parts.forEach(function (part) {
      controls[part[0]] = el(part[1], { id: part[2] });
      s.appendChild(controls[part[0]]);
    });
    panel.appendChild(s);
    return s;
  }

  function buildDescription() {
    controls.summary = section("a11y-summary", [["summaryText", "p", "a11y-summary-text"], ["stations", "ul", "a11y-stations"]]);
    controls.now = section("a11y-now", [["nowText", "p", "a11y-now-text"]]);
    controls.lab = section("a11y-lab", [["labTable", "table", "a11y-lab-table"]]);
    controls.explain = section("a11y-explain", [["explainText", "p", "a11y-explain-text"]]);
    controls.tour = section("a11y-tour", [["tourText", "p", "a11y-tour-caption"]]);
    controls.questions = section("a11y-questions", [["questionsBody", "div", "a11y-questions-body"]]);
    controls.challenge = section("a11y-challenge", [["challengeBody", "div", "a11y-challenge-body"]]);
    controls.landscape = section("a11y-landscape", [["landscapeTable", "table", "a11y-landscape-table"]]);
  }

  function setText(node, text) { if (node.textContent !== text) node.textContent = text; }
  function heading(sectionNode, text) { setText(sectionNode.firstChild, text); }

  var last = { week: "", step: "", result: "", phase: "", values: {}, valuesAt: -1e9, nowSpoken: -1e9, questionsKey: "", challengeKey: "", landscapeKey: "" };
  var kNowSeconds = 30; // "now" details are spoken at most this often (the app's narration has its own limit)
  var kTrendSeconds = 10;

  function valueLine(v, direction) {
    return v.name + " " + v.value + (v.unit ? " " + v.unit : "") + (direction ? " (" + direction + ")" : "");
  }

  function describe() {
    var d;
    try { d = ng.describe(); } catch (e) { return; }
    heading(controls.summary, d.summary.title);
    setText(controls.summaryText, d.summary.text);
    var stations = d.summary.stations.map(function (s, i) { return (i + 1) + ". " + s.name + ": " + s.text; });
    if (controls.stations.dataset.key !== stations.join("|")) {
      controls.stations.dataset.key = stations.join("|");
      controls.stations.textContent = "";
      stations.forEach(function (t) { controls.stations.appendChild(el("li", {}, t)); });
    }
    // Now: the week and time, session or rest, the headline values with their direction.
    heading(controls.now, labels.now);
    var lines = d.now.values.map(function (v) {
      var before = last.values[v.id], direction = "";
      if (typeof before === "number" && typeof v.raw === "number" && Math.abs(v.raw - before) > 0.005 * Math.abs(before))
        direction = v.raw > before ? labels.rising : labels.falling;
      return valueLine(v, direction);
    });
    // Directions compare with a snapshot refreshed every kTrendSeconds, so slow changes show.
    if (performance.now() / 1000 - last.valuesAt > kTrendSeconds) {
      last.valuesAt = performance.now() / 1000;
      d.now.values.forEach(function (v) { last.values[v.id] = v.raw; });
    }
    var now = d.now.clock + ". " + d.now.session + " " + lines.join("; ") + ".";
    setText(controls.nowText, now);
    var week = d.now.clock.split(" \u00b7 ")[0];
    if (week !== last.week && performance.now() / 1000 - last.nowSpoken > kNowSeconds && last.week) {
      last.nowSpoken = performance.now() / 1000;
      narrate(now);
    }
    last.week = week;
    // Every lab value, as a table.
    heading(controls.lab, labels.lab);
    if (!controls.labTable.rows.length) {
      var head = controls.labTable.createTHead().insertRow();
      head.appendChild(el("th", { scope: "col" }));
      head.appendChild(el("th", { scope: "col" }));
      var body = controls.labTable.createTBody();
      d.lab.forEach(function () {
        var row = body.insertRow();
        row.appendChild(el("th", { scope: "row" }));
        row.insertCell();
      });
    }
    setText(controls.labTable.tHead.rows[0].cells[0], labels.lab_name);
    setText(controls.labTable.tHead.rows[0].cells[1], labels.lab_value);
    d.lab.forEach(function (v, i) {
      var row = controls.labTable.tBodies[0].rows[i];
      if (!row) return;
      setText(row.cells[0], v.name);
      setText(row.cells[1], v.value + (v.unit ? " " + v.unit : ""));
    });
    // The explain card and the tour caption, as text; a new tour step is spoken.
    controls.explain.hidden = !d.explain;
    heading(controls.explain, labels.explain + (d.explain ? ": " + d.explain.title : ""));
    setText(controls.explainText, d.explain ? d.explain.text : "");
    controls.tour.hidden = !d.tour;
    heading(controls.tour, labels.tour + (d.tour ? ": " + d.tour.title : ""));
    setText(controls.tourText, d.tour ? d.tour.caption : "");
    var step = d.tour ? d.tour.title : "";
    if (step && step !== last.step) narrate(d.tour.title + ". " + d.tour.caption);
    last.step = step;
    describeQuestions(d.questions);
    describeChallenge(d.challenge);
    describeLandscape(d.landscape);
  }

  // The landscape map while its panel shows: a table with the second parameter's values down the
  // side, the first's across the top, the outcome in the cells ("–" until computed), its
  // caption naming the outcome with its unit, the weeks and both axes with theirs.
  function describeLandscape(m) {
    controls.landscape.hidden = !m;
    heading(controls.landscape, m ? m.title : "");
    var key = JSON.stringify(m);
    if (!m || key === last.landscapeKey) return;
    last.landscapeKey = key;
    var table = controls.landscapeTable;
    table.textContent = "";
    table.createCaption().textContent = m.caption;
    var head = table.createTHead().insertRow();
    head.appendChild(el("th", { scope: "col" }, m.y.name)); // the rows' values; the caption names both axes
    m.x.values.forEach(function (x) { head.appendChild(el("th", { scope: "col" }, x)); });
    var body = table.createTBody();
    m.values.forEach(function (row, i) {
      var tr = body.insertRow();
      tr.appendChild(el("th", { scope: "row" }, m.y.values[i]));
      row.forEach(function (v) { tr.insertCell().textContent = v; });
    });
  }

  function describeQuestions(q) {
    heading(controls.questions, q ? q.title : labels.questions);
    var key = JSON.stringify(q);
    if (key === last.questionsKey) return;
    last.questionsKey = key;
    var focused = document.activeElement && controls.questionsBody.contains(document.activeElement) ? document.activeElement.id : "";
    var body = controls.questionsBody;
    body.textContent = "";
    if (!q) {
      body.appendChild(button("a11y-questions-open", function () { ng.question("open"); }));
      body.lastChild.textContent = labels.questions_open;
    } else {
      body.appendChild(el("p", { id: "a11y-question-text" }, q.question));
      var list = el("div", { role: "group", "aria-labelledby": "a11y-question-text" });
      q.choices.forEach(function (c, i) {
        var b = button("a11y-choice-" + i, function () { ng.question("choose", i); });
        b.textContent = c.text + (c.observed ? " \u2713" : "");
        b.setAttribute("aria-pressed", c.chosen ? "true" : "false");
        list.appendChild(b);
      });
      body.appendChild(list);
      var run = button("a11y-question-run", function () { ng.question("run"); });
      run.textContent = q.run;
      run.disabled = !q.can_run;
      body.appendChild(run);
      if (q.result) {
        body.appendChild(el("p", { id: "a11y-question-result" }, q.result.text));
        body.appendChild(el("p", {}, q.result.explanation));
        if (q.result.text !== last.result) narrate(q.result.text);
      }
      last.result = q.result ? q.result.text : "";
      var previous = button("a11y-question-previous", function () { ng.question("previous"); });
      previous.textContent = q.previous;
      var next = button("a11y-question-next", function () { ng.question("next"); });
      next.textContent = q.next;
      body.appendChild(previous);
      body.appendChild(next);
    }
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function describeChallenge(c) {
    controls.challenge.hidden = !c;
    heading(controls.challenge, labels.challenge);
    var key = JSON.stringify(c);
    if (!c || key === last.challengeKey) return;
    last.challengeKey = key;
    var focused = document.activeElement && controls.challengeBody.contains(document.activeElement) ? document.activeElement.id : "";
    var body = controls.challengeBody;
    body.textContent = "";
    body.appendChild(el("p", { id: "a11y-challenge-text" }, c.text));
    if (c.phase !== "running") {
      var b = button("a11y-challenge-action", function () { ng.challenge(c.phase === "done" ? "again" : "start"); });
      b.textContent = c.phase === "done" ? c.again : c.start;
      body.appendChild(b);
    }
    if (c.phase === "done" && last.phase !== "done") narrate(c.text);
    last.phase = c.phase;
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function applyLabels(state) {
    labels = ng.labels();
    lastLang = state.lang;
    document.documentElement.lang = state.lang;
    controls.heading.textContent = labels.heading;
    controls.intensity.label.textContent = labels.intensity;
    controls.recovery.label.textContent = labels.recovery;
    controls.scenarioLabel.textContent = labels.scenario;
    controls.tourStart.textContent = labels.tour_start;
    controls.tourPrevious.textContent = labels.tour_previous;
    controls.tourNext.textContent = labels.tour_next;
    if (controls.guide) controls.guide.textContent = labels.guide;
    controls.scenario.textContent = "";
    controls.scenario.appendChild(el("option", { value: "" }, labels.choose_scenario));
    labels.scenarios.forEach(function (s) { controls.scenario.appendChild(el("option", { value: s.id }, s.title)); });
  }

  // Keeps the HTML controls in step with the app (changed by the canvas UI, keys or a scenario).
  function sync() {
    var state;
    try { state = ng.state(); } catch (e) { return; }
    if (state.lang !== lastLang) applyLabels(state);
    [["intensity", controls.intensity], ["recovery", controls.recovery]].forEach(function (pair) {
      var value = String(Math.round(state.protocol[pair[0]]));
      if (document.activeElement !== pair[1].input && pair[1].input.value !== value) pair[1].input.value = value;
      pair[1].input.setAttribute("aria-valuetext", value + " " + labels.units[pair[0]]);
    });
    controls.play.textContent = state.paused ? labels.play : labels.pause;
    if (document.activeElement !== controls.scenario) controls.scenario.value = state.scenario || "";
    describe();
  }

  window.addEventListener("load", function () {
    if (!window.neurogains || !window.neurogains.ready) return;
    window.neurogains.ready.then(function () {
      ng = window.neurogains;
      build(ng.state());
      sync();
      setInterval(sync, 500);
    });
  });
})();
