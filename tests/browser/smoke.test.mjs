// The page loads, WebGL2 renders frames, the canvas is not blank and nothing is logged as an
// error. Prints the measured frames per second.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { measureFps, openApp, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";
import { decodePng, regionStats } from "./png.mjs";

const shared = sharedBrowser();

test("page loads, renders WebGL2 frames with no errors, canvas not blank", async () => {
  const { page, problems } = await openApp(shared.browser, shared.server);
  await waitForFrames(page, 30);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown";
  });
  const fps = await measureFps(page, 3);
  console.log(`# WebGL2 renderer: ${renderer}`);
  console.log(`# frames per second (1280x720, default view): ${fps.toFixed(1)}`);
  const shot = await page.screenshot();
  writeFileSync(join(resultsDir, "web-default.png"), shot);
  const image = decodePng(shot);
  const whole = regionStats(image);
  assert.ok(whole.luminanceSd > 8, `canvas looks blank (luminance SD ${whole.luminanceSd.toFixed(1)})`);
  assert.ok(whole.colors > 50, `canvas has too few colours (${whole.colors})`);
  assert.equal(await page.isHidden("#loading"), true, "loading overlay still shown");
  assert.equal(await page.isHidden("#failure"), true, "failure screen shown");
  assert.ok(fps > 1, `frames are not advancing (${fps.toFixed(2)} fps)`);
  assert.deepEqual(problems, []);
});

test("WebGL draws the scene: the stations' area is rich, and empty with ?scene=0", async () => {
  const stats = async (query) => {
    const { page, problems, context } = await openApp(shared.browser, shared.server, query);
    await page.evaluate(() => window.neurogains.ready);
    await waitForFrames(page, 20);
    const shot = await page.screenshot();
    if (!query.includes("scene=0")) writeFileSync(join(resultsDir, "web-scene.png"), shot);
    assert.deepEqual(problems, []);
    await context.close();
    // Right of the training panel, above the legend: where the four stations are drawn.
    return regionStats(decodePng(shot), 0.3, 0.1, 0.95, 0.55);
  };
  const on = await stats("scenario=balanced&speed=hour");
  const off = await stats("scenario=balanced&speed=hour&scene=0");
  console.log(`# scene region: ${on.colors} colours (scene=0: ${off.colors}), luminance SD ${on.luminanceSd.toFixed(1)}`);
  assert.ok(on.colors > 150 && on.luminanceSd > 10, "the scene area should show the stations");
  assert.ok(off.colors < 20, "with scene=0 nothing is drawn there");
});

test("a missing .wasm shows a human message, not a blank page", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.route("**/neurogains.wasm", (route) => route.fulfill({ status: 404, body: "Not found" }));
  const page = await context.newPage();
  await page.goto(shared.server.url);
  await page.waitForSelector("#failure:not([hidden])", { timeout: 30000 });
  const text = await page.textContent("#failure");
  assert.match(text, /could not be loaded/);
  await context.close();
});

test("no WebGL2 shows a human message", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === "webgl2" ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(shared.server.url);
  await page.waitForSelector("#failure:not([hidden])", { timeout: 30000 });
  assert.match(await page.textContent("#failure"), /WebGL 2/);
  await context.close();
});
