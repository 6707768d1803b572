// Explore (issue 14) through the UI: the timeline under the scene seeks by dragging its real
// slider, its week buttons and the [ ] keys; a training change after seeking back asks whether to
// continue from there; the lab's Compare control sets state().compare; the landscape map opens in
// the lab and fills while the frames keep coming.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { measureFps, openApp, pressWidget, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

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

test("landscape: the map opens from the lab and fills while the frame rate holds", async () => {
  const { page, problems, context } = await open();
  await page.evaluate(() => window.neurogains.pause(false));
  await pressWidget(page, "bar.lab");
  const before = await measureFps(page, 2);
  await pressWidget(page, "lab.landscape");
  assert.ok((await widgets(page))["landscape.map"], "the map is drawn");
  const during = await measureFps(page, 2);
  assert.ok(during >= before * 0.5, `frames per second: ${before.toFixed(1)} before, ${during.toFixed(1)} while filling`);
  await page.evaluate(() => window.neurogains.pause(true)); // the base protocol stays: the panel's grid
  await waitForFrames(page, 200, 120000);
  await page.screenshot({ path: join(resultsDir, "explore-ui-landscape.png") });
  await pressWidget(page, "lab.landscape");
  assert.ok(!(await widgets(page))["landscape.map"], "back to the readouts");
  assert.deepEqual(problems, []);
  await context.close();
});
