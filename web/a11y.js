// Accessibility layer of the page. The simulation draws into a canvas that screen readers cannot
// see, so the essential controls (training sliders, play/pause, scenarios, tour) are mirrored
// here as real HTML controls bound to the same state through window.neurogains, and key events
// are narrated in an ARIA live region. The controls are visually hidden until one of them has
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
    panel.appendChild(tour);
    applyLabels(state);
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
