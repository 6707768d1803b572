// Explore (issue 14) through the UI: the timeline under the scene seeks by dragging its real
// slider, its week buttons and the [ ] keys; a training change after seeking back asks whether to
// continue from there; the lab's Compare control sets state().compare; the landscape map opens in
// the lab and fills while the frames keep coming.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { openApp, pressWidget, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

// The app paused at day 28 (time moves only when a test asks).
async function open(query = "", size = {}) {
  const app = await openApp(shared.browser, shared.server, query, size);
  await app.page.evaluate(() => window.neurogains.ready.then(() => {
    window.neurogains.pause(true);
    window.neurogains.advance(28);
  }));
  await waitForFrames(app.page, 3);
  return app;
}

const state = (page) => page.evaluate(() => window.neurogains.state());
const widgets = (page) => page.evaluate(() => window.neurogains.widgets());

test("timeline: dragging the slider seeks, the week buttons and [ ] keys step a week", async () => {
  const { page, problems, context } = await open();
  const w = await widgets(page);
  assert.ok(w["timeline.slider"], "the timeline is drawn");
  const [x, y, width, height] = w["timeline.slider"];
  assert.ok(y > (await state(page)).layout.scene[1], "under the top of the scene");
  const start = await state(page); // day 28 and the few minutes that ran before the pause
  assert.ok(start.furthest_days >= 28 && start.furthest_days < 28.1, `furthest ${start.furthest_days}`);
  // Drag the handle from the end to a quarter of the way.
  await page.mouse.move(x + width - 4, y + height / 2);
  await waitForFrames(page, 3);
  await page.mouse.down();
  await waitForFrames(page, 2);
  for (const f of [0.8, 0.5, 0.25]) {
    await page.mouse.move(x + width * f, y + height / 2, { steps: 4 });
    await waitForFrames(page, 2);
  }
  await page.mouse.up();
  await waitForFrames(page, 3);
  let s = await state(page);
  assert.equal(s.furthest_days, start.furthest_days, "seeking keeps the later days");
  assert.ok(s.time_days > 4 && s.time_days < 10, `dragged to a quarter: day ${s.time_days}`);
  assert.equal(s.has_future, true);
  assert.equal(s.paused, true);
  const dragged = s.time_days;

  await pressWidget(page, "timeline.week_forward");
  s = await state(page);
  assert.ok(Math.abs(s.time_days - (dragged + 7)) < 0.01, `a week forward: ${s.time_days}`);
  await pressWidget(page, "timeline.week_back");
  await pressWidget(page, "timeline.week_back");
  s = await state(page);
  assert.ok(Math.abs(s.time_days - Math.max(0, dragged - 7)) < 0.01, `two weeks back: ${s.time_days}`);
  await page.mouse.move(5, 5);
  await page.keyboard.press("BracketRight");
  await waitForFrames(page, 3);
  s = await state(page);
  assert.ok(Math.abs(s.time_days - (Math.max(0, dragged - 7) + 7)) < 0.01, `] is a week forward: ${s.time_days}`);
  await page.screenshot({ path: join(resultsDir, "explore-ui-timeline.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("timeline: a training change after seeking back asks first; yes continues from that day", async () => {
  const { page, problems, context } = await open();
  await page.evaluate(() => window.neurogains.seek(7));
  await waitForFrames(page, 3);
  const before = await state(page);
  assert.equal(before.has_future, true);
  // A click on the intensity slider away from its handle changes it.
  const [x, y, width, height] = (await widgets(page))["training.intensity"];
  await page.mouse.move(x + width * 0.15, y + height / 2);
  await waitForFrames(page, 3);
  await page.mouse.down();
  await waitForFrames(page, 2);
  await page.mouse.up();
  await waitForFrames(page, 4);
  let s = await state(page);
  assert.equal(s.has_future, true, "nothing changed before the answer");
  assert.equal(s.protocol.intensity, before.protocol.intensity);
  assert.ok((await widgets(page))["timeline.confirm_yes"], "the question is shown");
  await page.screenshot({ path: join(resultsDir, "explore-ui-confirm.png") });
  await pressWidget(page, "timeline.confirm_yes");
  s = await state(page);
  assert.equal(s.has_future, false, "the later weeks are gone");
  assert.ok(Math.abs(s.furthest_days - 7) < 0.01, `continued from day 7: furthest ${s.furthest_days}`);
  assert.notEqual(s.protocol.intensity, before.protocol.intensity);
  assert.deepEqual(problems, []);
  await context.close();
});

test("compare: the lab's Compare control sets and clears programme B", async () => {
  const { page, problems, context } = await open();
  await pressWidget(page, "bar.lab");
  assert.equal((await state(page)).compare, null);
  await pressWidget(page, "lab.compare");
  await pressWidget(page, "compare.overtraining");
  let s = await state(page);
  assert.ok(s.compare, "state().compare after choosing a scenario");
  assert.equal(s.compare.scenario, "overtraining");
  const w = await widgets(page);
  assert.ok(w["training.edit_a"] && w["training.edit_b"], "the training panel's A / B switch");
  await page.screenshot({ path: join(resultsDir, "explore-ui-compare.png") });
  await pressWidget(page, "lab.compare");
  await pressWidget(page, "compare.off");
  s = await state(page);
  assert.equal(s.compare, null);
  assert.ok(!(await widgets(page))["training.edit_b"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("landscape: the map opens from the lab and fills in slices while the frames keep coming", async () => {
  const { page, problems, context } = await open();
  await page.evaluate(() => window.neurogains.pause(false));
  await pressWidget(page, "bar.lab");
  await pressWidget(page, "lab.landscape");
  assert.ok((await widgets(page))["landscape.map"], "the map is drawn");
  // The grid fills a slice per frame: partial progress is seen on several frames, never a
  // frame that computes it all (no timing here: a slow machine only takes more frames).
  const partial = new Set();
  for (let i = 0; i < 600; i++) {
    const [frames, progress] = await page.evaluate(() => {
      const d = window.neurogains.describe();
      return [window.neurogains.frames(), d.landscape ? d.landscape.progress : 0];
    });
    if (progress > 0 && progress < 1) partial.add(frames);
    if (progress >= 1) break;
    await page.waitForTimeout(50);
  }
  assert.ok(partial.size >= 3, `the grid filled over several frames (partial on ${partial.size})`);
  await page.evaluate(() => window.neurogains.pause(true)); // the base protocol stays: the panel's grid
  await waitForFrames(page, 200, 120000);
  await page.screenshot({ path: join(resultsDir, "explore-ui-landscape.png") });
  await pressWidget(page, "lab.landscape");
  assert.ok(!(await widgets(page))["landscape.map"], "back to the readouts");
  assert.deepEqual(problems, []);
  await context.close();
});

// The landscape's grid as the page's screen-reader layer has it, once every cell is computed.
async function filledLandscape(page) {
  await page.waitForFunction(() => {
    const m = window.neurogains.describe().landscape;
    return m && m.progress === 1;
  }, null, { timeout: 120000, polling: 250 });
  await page.waitForTimeout(700); // a11y.js refreshes its table every 500 ms
  return page.evaluate(() => window.neurogains.describe().landscape);
}

// The whole widget shows (no panel cuts it) and lies inside the window.
function wholeOnScreen(rect, width, height) {
  const [x, y, w, h, fullW, fullH] = rect;
  return w >= fullW - 1 && h >= fullH - 1 && x >= 0 && y >= 0 && x + w <= width + 1 && y + h <= height + 1;
}

// Presses the top bar's button ("bar.NAME") where the bar has room for it, else the ≡ menu's entry.
async function pressBarOrMenu(page, name) {
  if ((await widgets(page))[`bar.${name}`]) return pressWidget(page, `bar.${name}`);
  await pressWidget(page, "bar.menu");
  await pressWidget(page, `menu.${name}`);
}

// Opens the map from the top bar (its Map button where the bar has room, else the ≡ menu) and
// checks that the whole map shows; returns the widgets.
async function openMap(page) {
  await pressBarOrMenu(page, "landscape");
  await waitForFrames(page, 3);
  const drawn = await widgets(page);
  const size = page.viewportSize();
  assert.ok(drawn["landscape.map"], "the map is drawn");
  assert.ok(wholeOnScreen(drawn["landscape.map"], size.width, size.height), `the map fits: ${drawn["landscape.map"]}`);
  return drawn;
}

test("landscape: the top bar opens the map; iso-lines and a tapped cell's value; the page's table", async () => {
  const { page, problems, context } = await open();
  let w = await openMap(page);
  const m = await filledLandscape(page);
  // The page's table: a caption with the outcome, its unit and the weeks, both axes with units.
  const table = await page.evaluate(() => {
    const t = document.getElementById("a11y-landscape-table");
    return { caption: t.caption && t.caption.textContent, rows: t.rows.length, cols: t.rows[0].cells.length,
             corner: t.rows[0].cells[0].textContent, cell: t.rows[1].cells[1].textContent,
             rowHeader: t.rows[1].cells[0].tagName, hidden: document.getElementById("a11y-landscape").hidden };
  });
  assert.equal(table.hidden, false);
  assert.match(table.caption, /New neurons.*\(.+\) after 12 weeks: rows Recovery .*\(h\), columns Intensity \(% 1RM\)/);
  assert.equal(table.rows, m.y.values.length + 1);
  assert.equal(table.cols, m.x.values.length + 1);
  assert.equal(table.rowHeader, "TH");
  assert.match(table.cell, /^[\d.,  ]+$/, `a computed cell: ${table.cell}`);
  // The numbers are the model's: the API's grid for the same setting.
  const grid = await page.evaluate(() => window.neurogains.landscape({ n: 16 }));
  assert.equal(m.values.length, grid.values.length);
  const shown = Number(m.values[3][5].replace(/[  ,]/g, ""));
  assert.ok(Math.abs(shown - grid.values[3][5]) <= Math.max(0.51, Math.abs(grid.values[3][5]) * 0.01),
            `table ${m.values[3][5]} vs ${grid.values[3][5]}`);
  // A click on a cell shows its value under the map (no hover needed).
  const [x, y, width, height] = w["landscape.map"];
  await page.mouse.move(x + width * 0.6, y + height * 0.35);
  await waitForFrames(page, 3);
  await page.mouse.down();
  await waitForFrames(page, 2);
  await page.mouse.up();
  await waitForFrames(page, 3);
  w = await widgets(page);
  assert.ok(w["landscape.cell"], "the chosen cell's value is written under the map");
  await page.screenshot({ path: join(resultsDir, "explore-ui-landscape-lines.png") });
  // Back to the readouts: the table goes.
  await pressWidget(page, "bar.landscape");
  assert.ok(!(await widgets(page))["landscape.map"]);
  await page.waitForTimeout(700);
  assert.equal(await page.evaluate(() => document.getElementById("a11y-landscape").hidden), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("landscape: on a 390x844 phone the ≡ menu opens the map, it fits, and a tap reads a cell", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const { page, problems } = await open("", { context });
  let w = await openMap(page);
  await filledLandscape(page);
  const [x, y, width, height] = w["landscape.map"];
  await page.touchscreen.tap(x + width * 0.5, y + height * 0.3);
  await waitForFrames(page, 4);
  w = await widgets(page);
  assert.ok(w["landscape.cell"], "a tap shows the cell's value");
  await page.screenshot({ path: join(resultsDir, "explore-ui-landscape-phone.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

test("landscape: presenter mode reaches the map from the top bar", async () => {
  const { page, problems, context } = await open("mode=presenter");
  await openMap(page);
  await filledLandscape(page);
  await page.screenshot({ path: join(resultsDir, "explore-ui-landscape-presenter.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

// The URL "Share this setup" gives, read from the page's toast.
async function sharedQuery(page) {
  await pressBarOrMenu(page, "preferences");
  await pressWidget(page, "prefs.share");
  await page.waitForFunction(() => !document.getElementById("toast").hidden, null, { timeout: 10000 });
  const text = await page.evaluate(() => document.getElementById("toast").textContent);
  const url = new URL(text.slice(text.indexOf("http")));
  return url.search.slice(1);
}

test("share: the link reproduces A and B, and bad b_ values give a notice and B's safe value", async () => {
  const { page, problems, context } = await open();
  await page.evaluate(() => {
    window.neurogains.set("intensity", 80);
    window.neurogains.compare("overtraining");
    window.neurogains.setB("recovery", 30);
    window.neurogains.setB("sessions", 5);
  });
  const query = await sharedQuery(page);
  assert.match(query, /compare=overtraining/);
  assert.match(query, /b_recovery=30/);
  const original = await state(page);
  const loaded = await open(query);
  const again = await state(loaded.page);
  assert.equal(again.compare.scenario, original.compare.scenario);
  assert.deepEqual(again.compare.protocol, original.compare.protocol);
  assert.deepEqual(again.protocol, original.protocol);
  assert.deepEqual(again.notices, []);
  assert.deepEqual(loaded.problems, []);
  await loaded.context.close();
  // Bad B values: a notice each, B keeps its source's value (or the clamped one).
  const bad = await open("compare=copy&b_intensity=heavy&b_recovery=999");
  const s = await state(bad.page);
  assert.ok(s.notices.some((n) => n.kind === "error" && /^b_intensity: expected a number/.test(n.text)), JSON.stringify(s.notices));
  assert.ok(s.notices.some((n) => n.kind === "warning" && /^b_recovery: 999 is outside/.test(n.text)), JSON.stringify(s.notices));
  assert.equal(s.compare.protocol.intensity, s.protocol.intensity);
  assert.equal(s.compare.protocol.recovery, 168);
  await bad.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

// What the app narrated, recorded from the page's live region hook.
async function recordNarration(page) {
  await page.evaluate(() => {
    window.__said = [];
    const speak = window.NeuroGainsPage.narrate;
    window.NeuroGainsPage.narrate = (text) => { window.__said.push(text); speak(text); };
  });
}
const said = (page) => page.evaluate(() => window.__said.slice());

test("narration: seeking says the week and day, at most once a second while dragging; compare on and off", async () => {
  const { page, problems, context } = await open();
  await recordNarration(page);
  await pressWidget(page, "timeline.week_back"); // day 28 and a few minutes -> day 21
  assert.ok((await said(page)).includes("Week 4, day 1."), JSON.stringify(await said(page)));
  assert.equal(await page.evaluate(() => document.getElementById("narration").getAttribute("aria-live")), "polite");
  // A quick drag across the timeline: a few sentences, the last one the day it stopped on.
  await page.evaluate(() => { window.__said = []; });
  const [x, y, width, height] = (await widgets(page))["timeline.slider"];
  await page.mouse.move(x + width * 0.9, y + height / 2);
  await waitForFrames(page, 3);
  await page.mouse.down();
  const t0 = Date.now();
  for (let i = 0; i <= 20; i++) {
    await page.mouse.move(x + width * (0.9 - i * 0.03), y + height / 2);
    await waitForFrames(page, 1);
  }
  await page.mouse.up();
  const seconds = (Date.now() - t0) / 1000;
  await page.waitForTimeout(1500);
  await waitForFrames(page, 3);
  const seeks = (await said(page)).filter((t) => /^Week \d+, day \d\.$/.test(t));
  const day = (await state(page)).time_days;
  assert.ok(seeks.length >= 1 && seeks.length <= Math.ceil(seconds) + 2, `${seeks.length} sentences in ${seconds.toFixed(1)} s: ${seeks}`);
  const d = Math.floor(day + 1e-6);
  assert.equal(seeks[seeks.length - 1], `Week ${Math.floor(d / 7) + 1}, day ${(d % 7) + 1}.`);
  // Compare on and off from the lab.
  await pressWidget(page, "bar.lab");
  await pressWidget(page, "lab.compare");
  await pressWidget(page, "compare.overtraining");
  assert.ok((await said(page)).some((t) => /^Comparing A with B: .+\.$/.test(t)), JSON.stringify(await said(page)));
  await pressWidget(page, "lab.compare");
  await pressWidget(page, "compare.off");
  assert.ok((await said(page)).includes("Comparison off: A alone."));
  assert.deepEqual(problems, []);
  await context.close();
});

test("narration: in Spanish from the same tables", async () => {
  const { page, problems, context } = await open("lang=es");
  await recordNarration(page);
  await pressWidget(page, "timeline.week_back");
  assert.ok((await said(page)).includes("Semana 4, día 1."), JSON.stringify(await said(page)));
  assert.deepEqual(problems, []);
  await context.close();
});

test("lab: with programme B's column nothing in the table is cut, at 1280x720 and on a phone", async () => {
  for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    const context = await shared.browser.newContext({ viewport: size, hasTouch: size.width < 500, isMobile: size.width < 500, deviceScaleFactor: size.width < 500 ? 2 : 1 });
    const { page, problems } = await open("compare=overtraining", { context });
    await pressWidget(page, size.width < 500 ? "dock.lab" : "bar.lab");
    let seen = 0;
    // A phone's sheet scrolls as a whole: roll it (over the sheet, above the timeline and dock).
    const dock = (await widgets(page))["dock.lab"];
    // Each wheel event is one ImGui scroll step, whatever its size: send a few per frame.
    const roll = async (dy, steps) => {
      await page.mouse.move(dock ? size.width / 2 : size.width - 150, dock ? dock[1] - 160 : size.height / 2);
      for (let i = 0; i < steps; i++) await page.mouse.wheel(0, dy);
      await waitForFrames(page, 2);
      return widgets(page);
    };
    for (const tab of ["lab.tab.blood", "lab.tab.brain", "lab.tab.body", "lab.tab.mind"]) {
      for (let i = 0; dock && i < 8 && !(await widgets(page))[tab]; i++) await roll(-100, 4); // back up
      await pressWidget(page, tab);
      let w = await widgets(page);
      for (let i = 0; i < 20 && !(w["lab.more"] && wholeOnScreen(w["lab.more"], size.width, size.height)); i++) {
        const before = JSON.stringify(w);
        w = await roll(100, 2);
        if (JSON.stringify(w) === before) break; // the end of the sheet (or nothing to scroll)
      }
      const more = ["lab.tab.blood", "lab.tab.brain"].includes(tab); // these have secondary rows
      if (!more && !w["lab.more"]) continue;
      seen++;
      assert.ok(w["lab.more"], `${tab} at ${size.width}: "More signals" is drawn`);
      assert.ok(wholeOnScreen(w["lab.more"], size.width, size.height), `${tab} at ${size.width}: lab.more ${w["lab.more"]}`);
      const rows = Object.keys(w).filter((k) => k.startsWith("lab.row."));
      if (rows.length) {
        const fullW = w["lab.more"][4], rowW = w[rows[0]][4];
        assert.ok(fullW >= rowW * 0.9, `${tab}: "More signals" spans the table (${fullW} vs ${rowW})`);
      }
    }
    assert.ok(seen >= 2, `"More signals" checked on ${seen} tabs`);
    await page.screenshot({ path: join(resultsDir, `explore-ui-lab-b-${size.width}.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
