// The scene in compare mode (issue 14) and its resolution (issue 15): A and B side by side on a
// laptop, stacked on a tablet, one scene with an A | B switch where two would be too small; each
// pane draws its own particles from half the budget; ?quality= and ?render-scale= fix the detail
// and the resolution, with a clear notice for a bad value.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { openApp, pressWidget, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";
import { decodePng, regionStats } from "./png.mjs";

const shared = sharedBrowser();
const state = (page) => page.evaluate(() => window.neurogains.state());

async function open(query, size) {
  const app = await openApp(shared.browser, shared.server, query, size);
  await app.page.evaluate(() => window.neurogains.ready);
  await app.page.evaluate(() => window.neurogains.advance(14));
  await waitForFrames(app.page, 20);
  return app;
}

function overlap(a, b) {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

test("compare: A and B side by side at 1280x720, each with its own particles, drawn", async () => {
  const { page, problems, context } = await open("scenario=balanced&compare=overtraining", { width: 1280, height: 720 });
  let s = await state(page);
  const panes = s.layout.panes;
  assert.equal(panes.length, 2, JSON.stringify(panes));
  assert.deepEqual(panes.map((p) => p.programme), ["A", "B"]);
  const [a, b] = panes.map((p) => p.box);
  assert.equal(a[1], b[1], "side by side");
  assert.ok(Math.abs(a[2] - b[2]) < 1 && Math.abs(a[3] - b[3]) < 1, "the same size");
  assert.ok(!overlap(a, b), "no overlap");
  assert.ok(a[2] > 300 && a[3] > 300, `legible panes ${a}`);
  assert.ok(panes.every((p) => p.particles > 0), "both scenes have particles");
  // Both panes show a scene (not a flat colour).
  const image = decodePng(await page.screenshot({ path: join(resultsDir, "compare-split-1280.png") }));
  for (const box of [a, b]) {
    const r = regionStats(image, box[0] / 1280, box[1] / 720, (box[0] + box[2]) / 1280, (box[1] + box[3]) / 720);
    assert.ok(r.colors > 40, `a pane is drawn: ${JSON.stringify(r)}`);
  }
  // Without B, one scene again.
  await page.evaluate(() => window.neurogains.compare(null));
  await waitForFrames(page, 4);
  s = await state(page);
  assert.equal(s.layout.panes.length, 1);
  assert.equal(s.layout.panes[0].programme, "A");
  assert.deepEqual(problems, []);
  await context.close();
});

test("compare: stacked on a tablet, and one scene with an A | B switch on a small phone", async () => {
  let app = await open("scenario=balanced&compare=overtraining", { width: 820, height: 1180 });
  let panes = (await state(app.page)).layout.panes;
  assert.equal(panes.length, 2);
  assert.ok(!overlap(panes[0].box, panes[1].box));
  await app.context.close();

  const context = await shared.browser.newContext({ viewport: { width: 667, height: 375 }, hasTouch: true, isMobile: true,
                                                    deviceScaleFactor: 2 });
  app = await openApp(shared.browser, shared.server, "scenario=balanced&compare=overtraining", { context });
  await app.page.evaluate(() => window.neurogains.ready);
  await waitForFrames(app.page, 10);
  let s = await state(app.page);
  assert.equal(s.layout.panes.length, 1, "too small for two");
  assert.equal(s.layout.panes[0].programme, "A");
  const w = await app.page.evaluate(() => window.neurogains.widgets());
  assert.ok(w["scene.show_a"] && w["scene.show_b"], "the A | B switch is drawn");
  await pressWidget(app.page, "scene.show_b");
  await waitForFrames(app.page, 3);
  s = await state(app.page);
  assert.equal(s.layout.panes[0].programme, "B", "the switch shows B");
  await app.page.screenshot({ path: join(resultsDir, "compare-switch-phone.png") });
  assert.deepEqual(app.problems, []);
  await context.close();
});

test("render scale and quality: fixed by URL, reported by state(), bad values get a notice", async () => {
  let app = await open("quality=3&render-scale=0.5", { width: 1280, height: 720 });
  let s = await state(app.page);
  assert.equal(s.quality_level, 3);
  assert.equal(s.render_scale, 0.5);
  const image = decodePng(await app.page.screenshot());
  assert.ok(regionStats(image, 0.3, 0.2, 0.95, 0.8).colors > 40, "the scene is drawn at half resolution");
  await app.context.close();

  app = await open("render-scale=abc&quality=9", { width: 800, height: 600 });
  s = await state(app.page);
  assert.ok(s.notices.some((n) => n.kind === "error" && n.text.includes("render-scale")), JSON.stringify(s.notices));
  assert.ok(s.notices.some((n) => n.kind === "warning" && n.text.includes("quality")), JSON.stringify(s.notices));
  assert.equal(s.quality_level, 6);
  assert.ok(s.render_scale >= 0.5 && s.render_scale <= 1);
  await app.context.close();
});
