// Robustness in the browser: a minute of random input (?fuzz=1), WebGL context loss and restore,
// a soak through ten simulated years and many kiosk attract cycles with the heaps sampled, and
// every request staying on the page's own origin.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allFinite, openApp, sharedBrowser, waitForFrames } from "./harness.mjs";
import { decodePng, regionStats } from "./png.mjs";

const shared = sharedBrowser();

const FUZZ_SECONDS = Number(process.env.NG_FUZZ_SECONDS || 60);


test(`fuzz: ${FUZZ_SECONDS} s of random pointer, touch, wheel and key input`, async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const { page, problems } = await openApp(shared.browser, shared.server, "fuzz=1&seed=7&speed=day", { context });
  await page.evaluate(() => window.neurogains.ready);
  const end = Date.now() + FUZZ_SECONDS * 1000;
  let frames = await page.evaluate(() => window.neurogains.frames());
  while (Date.now() < end) {
    await page.waitForTimeout(5000);
    const s = await page.evaluate(() => ({ state: window.neurogains.state(), frames: window.neurogains.frames() }));
    assert.ok(allFinite(s.state.readouts), "a readout is not finite");
    assert.ok(allFinite(s.state.protocol), "a protocol value is not finite");
    assert.ok(s.frames > frames, "frames stopped advancing");
    frames = s.frames;
    assert.deepEqual(problems, []);
  }
  console.log(`# fuzz: ${frames} frames in ${FUZZ_SECONDS} s`);
  await context.close();
});

test("WebGL context loss and restore, repeatedly: rendering resumes, the simulation is intact", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "scenario=balanced&speed=day");
  await page.evaluate(() => window.neurogains.ready);
  for (let round = 0; round < 5; round++) {
    const before = await page.evaluate(() => window.neurogains.state());
    await page.evaluate(() => {
      const gl = document.getElementById("canvas").getContext("webgl2");
      window.__lose = gl.getExtension("WEBGL_lose_context");
      window.__lose.loseContext();
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.__lose.restoreContext());
    await waitForFrames(page, 20);
    const afterState = await page.evaluate(() => window.neurogains.state());
    assert.ok(afterState.time_days > before.time_days, "simulated time did not go on");
    assert.equal(afterState.scenario, "balanced");
    assert.ok(allFinite(afterState.readouts));
  }
  // The stations' area (right of the training panel, above the legend) draws the scene again.
  const scene = regionStats(decodePng(await page.screenshot()), 0.3, 0.1, 0.95, 0.55);
  assert.ok(scene.colors > 150 && scene.luminanceSd > 10, `the restored scene is not drawn (${scene.colors} colours)`);
  // The app logs the loss as a warning, never as an error.
  assert.deepEqual(problems, []);
  await context.close();
});

test("soak: ten simulated years and many attract cycles without heap growth", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1024, height: 600 }, hasTouch: true });
  const { page, problems } = await openApp(shared.browser, shared.server, "mode=kiosk&idle=5&speed=week", { context });
  await page.evaluate(() => window.neurogains.ready);
  const sample = () => page.evaluate(() => ({
    wasm: window.neurogains.heap().used_bytes,
    js: performance.memory ? performance.memory.usedJSHeapSize : 0,
  }));
  // Warm-up: one simulated year and one attract cycle.
  await page.evaluate(() => window.neurogains.advance(365));
  await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "attract", null, { timeout: 30000 });
  await page.touchscreen.tap(500, 200);
  await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "active", null, { timeout: 10000 });
  const warm = await sample();
  let cycles = 1;
  for (let year = 0; year < 10; year++) {
    await page.evaluate(() => window.neurogains.advance(365));
    if (year % 2 === 1) {
      await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "attract", null, { timeout: 30000 });
      await waitForFrames(page, 30);
      await page.touchscreen.tap(500, 200);
      await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "active", null, { timeout: 10000 });
      cycles++;
    }
    const s = await page.evaluate(() => window.neurogains.state());
    assert.ok(allFinite(s.readouts));
  }
  const end = await sample();
  console.log(`# soak: wasm heap used ${warm.wasm} -> ${end.wasm} bytes, JS heap ${warm.js} -> ${end.js} bytes, ${cycles} attract cycles`);
  assert.ok(end.wasm - warm.wasm < 4 * 1024 * 1024, `WebAssembly heap grew by ${end.wasm - warm.wasm} bytes`);
  if (warm.js) assert.ok(end.js - warm.js < 16 * 1024 * 1024, `JS heap grew by ${end.js - warm.js} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every request stays on the page's origin, under a Content-Security-Policy", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "");
  const origin = new URL(shared.server.url).origin;
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.reload();
  await page.evaluate(() => window.neurogains.ready);
  await waitForFrames(page, 10);
  const response = await page.goto(shared.server.url);
  const csp = response.headers()["content-security-policy"] || "";
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/, "no eval or inline script allowed (only wasm-unsafe-eval)");
  for (const url of requests) assert.ok(url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"), `third-party request: ${url}`);
  assert.ok(requests.length >= 5);
  assert.deepEqual(problems, []);
  await context.close();
});
