// Spanish leaves no English on the main panels (every text the panels look up exists in the
// Spanish tables), and the guided tour steps forward and back by keys and by its buttons.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openApp, pressWidget, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

// The texts the panels looked up in one frame drawn after everything sent so far (a key or a
// click is carried out at the end of the frame that saw it; the capture is of the frame after the
// request).
async function uiTexts(page) {
  await waitForFrames(page, 2);
  await page.evaluate(() => window.neurogains.uiText());
  await waitForFrames(page, 3);
  return page.evaluate(() => window.neurogains.uiText());
}

test("Spanish: no English leftovers on the main panels, lab, tour and explain card", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "lang=es&tour=1&scenario=balanced", { width: 1920, height: 1080 });
  await page.evaluate(() => window.neurogains.ready);
  await page.keyboard.press("l"); // make sure the lab is open whatever the width rule says
  let texts = await uiTexts(page);
  if (!texts.some((t) => t.key.startsWith("lab."))) {
    await page.keyboard.press("l");
    texts = await uiTexts(page);
  }
  // Open the explain card from the tour's "Read more".
  await pressWidget(page, "tour.more");
  texts = await uiTexts(page);
  assert.ok(texts.some((t) => t.key.startsWith("explain.")), "the explain card was drawn");
  assert.ok(texts.length > 60, `only ${texts.length} texts captured`);
  assert.ok(texts.some((t) => t.key.startsWith("lab.")), "the lab panel was drawn");
  assert.ok(texts.some((t) => t.key.startsWith("tour.")), "the tour panel was drawn");
  assert.ok(texts.some((t) => t.key.startsWith("scene.")), "the scene overlay was drawn");
  const leftovers = texts.filter((t) => t.fell_back).map((t) => `${t.key}: ${t.text}`);
  assert.deepEqual([...new Set(leftovers)], []);
  writeFileSync(join(resultsDir, "web-spanish-tour.png"), await page.screenshot());
  // The card ends above the tour's caption bar: its Next button is still in reach.
  await pressWidget(page, "tour.next");
  assert.equal((await page.evaluate(() => window.neurogains.state())).tour_step, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the tour advances with the arrow keys and its buttons, and closes", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "mode=presenter&tour=1");
  await page.evaluate(() => window.neurogains.ready);
  const step = () => page.evaluate(() => window.neurogains.state().tour_step);
  assert.equal(await step(), 1);
  await page.click("#canvas", { position: { x: 900, y: 200 } });
  await page.keyboard.press("ArrowRight");
  await waitForFrames(page, 3);
  assert.equal(await step(), 2);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await waitForFrames(page, 3);
  assert.equal(await step(), 2);
  await pressWidget(page, "tour.next");
  assert.equal(await step(), 3);
  writeFileSync(join(resultsDir, "web-presenter-tour.png"), await page.screenshot());
  await page.evaluate(() => window.neurogains.tour("stop"));
  await waitForFrames(page, 3);
  assert.equal(await step(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a horizontal swipe over the tour bar steps the tour (touch)", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const { page, problems } = await openApp(shared.browser, shared.server, "tour=1", { context });
  await page.evaluate(() => window.neurogains.ready);
  const cdp = await context.newCDPSession(page);
  const swipe = async (x0, x1, y) => {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: x0, y }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: (x0 + x1) / 2, y }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x1, y }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await waitForFrames(page, 3);
  };
  const step = () => page.evaluate(() => window.neurogains.state().tour_step);
  assert.equal(await step(), 1);
  await swipe(900, 500, 600); // right to left: next
  assert.equal(await step(), 2);
  await swipe(500, 900, 600); // left to right: previous
  assert.equal(await step(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
