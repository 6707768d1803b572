// The page loads, WebGL2 renders frames, the canvas is not blank and nothing is logged as an
// error. Prints the measured frames per second.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchBrowser, measureFps, openApp, resultsDir, startServer, waitForFrames } from "./harness.mjs";
import { decodePng, regionStats } from "./png.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test("page loads, renders WebGL2 frames with no errors, canvas not blank", async () => {
  const { page, problems } = await openApp(browser, server);
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

test("a missing .wasm shows a human message, not a blank page", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.route("**/neurogains.wasm", (route) => route.fulfill({ status: 404, body: "Not found" }));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("#failure:not([hidden])", { timeout: 30000 });
  const text = await page.textContent("#failure");
  assert.match(text, /could not be loaded/);
  await context.close();
});

test("no WebGL2 shows a human message", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === "webgl2" ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("#failure:not([hidden])", { timeout: 30000 });
  assert.match(await page.textContent("#failure"), /WebGL 2/);
  await context.close();
});
