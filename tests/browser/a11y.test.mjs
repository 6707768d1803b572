// The accessible HTML mirror of the essential controls changes the model, keyboard focus makes
// it visible, and the live region narrates what happens.
import assert from "node:assert/strict";
import { test } from "node:test";
import { openApp, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

test("hidden HTML controls drive the model and the live region narrates", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "speed=hour");
  await page.evaluate(() => window.neurogains.ready);
  await page.waitForSelector("#a11y-intensity");
  // Screen readers find labelled controls.
  const slider = page.getByLabel("Intensity", { exact: true });
  await slider.fill("85");
  await slider.dispatchEvent("change");
  await waitForFrames(page, 2);
  assert.equal(await page.evaluate(() => window.neurogains.get("intensity")), 85);

  await page.selectOption("#a11y-scenario", "overtraining");
  await waitForFrames(page, 2);
  assert.equal((await page.evaluate(() => window.neurogains.state())).scenario, "overtraining");
  await page.waitForFunction(() => /Overtraining/.test(document.getElementById("narration").textContent));

  await page.click("#a11y-play");
  await waitForFrames(page, 2);
  assert.equal((await page.evaluate(() => window.neurogains.state())).paused, true);
  await page.waitForFunction(() => /Paused/.test(document.getElementById("narration").textContent));

  // Hidden until focused; visible (not clipped to 1 px) while a control inside has focus.
  await page.focus("#canvas");
  const hiddenBox = await page.locator("#a11y").boundingBox();
  assert.ok(!hiddenBox || hiddenBox.width <= 1);
  const recovery = await page.evaluate(() => window.neurogains.get("recovery"));
  await page.focus("#a11y-recovery");
  const shownBox = await page.locator("#a11y").boundingBox();
  assert.ok(shownBox.width > 100, "focused accessible panel should be visible");
  await page.keyboard.press("ArrowRight");
  await waitForFrames(page, 2);
  assert.equal(await page.evaluate(() => window.neurogains.get("recovery")), recovery + 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("labels follow the language", async () => {
  const { page, context } = await openApp(shared.browser, shared.server, "lang=es");
  await page.evaluate(() => window.neurogains.ready);
  await page.waitForFunction(() => document.getElementById("a11y-intensity-label")?.textContent === "Intensidad");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  await context.close();
});
