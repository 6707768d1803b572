// URL parameters and the window.neurogains JavaScript API: every parameter takes effect (checked
// through state()), the API works, and bad input is rejected with a message — never a crash or
// a NaN.
import assert from "node:assert/strict";
import { test } from "node:test";
import { allFinite, openApp, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

async function open(query) {
  const app = await openApp(shared.browser, shared.server, query);
  await app.page.evaluate(() => window.neurogains.ready);
  await waitForFrames(app.page, 2);
  return app;
}


test("every URL parameter takes effect", async () => {
  const { page, problems, context } = await open(
    "mode=presenter&scenario=overtraining&intensity=82&recovery=30&sessions=5&form=0.6&age=55&speed=day&seed=9" +
      "&lang=es&theme=light&scale=2&scene=1&ui=1&bdnf_transport=strong");
  const s = await page.evaluate(() => window.neurogains.state());
  assert.equal(s.mode, "presenter");
  assert.equal(s.scenario, "overtraining");
  assert.equal(s.protocol.intensity, 82);
  assert.equal(s.protocol.recovery, 30);
  assert.equal(s.protocol.sessions, 5);
  assert.equal(s.protocol.form, 0.6);
  assert.equal(s.protocol.age, 55);
  assert.equal(s.protocol.bdnf_transport, "strong");
  assert.equal(s.speed, "day");
  assert.equal(s.lang, "es");
  assert.equal(s.theme, "light");
  assert.equal(s.scale, 2);
  assert.ok(allFinite(s.readouts));
  assert.deepEqual(problems, []);
  await context.close();

  const hidden = await open("ui=0&scene=0");
  assert.equal((await hidden.page.evaluate(() => window.neurogains.state())).ui, false);
  await hidden.context.close();
});

test("out-of-range and garbage URL values fall back safely", async () => {
  const { page, problems, context } = await open("intensity=500&recovery=abc&mode=admin&speed=warp&scale=NaN&nonsense=1");
  const s = await page.evaluate(() => window.neurogains.state());
  assert.equal(s.protocol.intensity, 95, "clamped to the maximum");
  assert.equal(s.protocol.recovery, 48, "garbage keeps the default");
  assert.equal(s.mode, "student");
  assert.equal(s.speed, "hour");
  assert.equal(s.scale, 1);
  assert.ok(allFinite(s.readouts));
  // Each bad value is on screen, and in state().notices: clamped = warning, refused = error.
  const notice = (word) => s.notices.find((n) => n.text.includes(word));
  assert.equal(notice("intensity")?.kind, "warning");
  assert.equal(notice("recovery")?.kind, "error");
  assert.equal(notice("speed")?.kind, "error");
  assert.ok(s.notices.every((n) => ["info", "warning", "error"].includes(n.kind) && n.text.length > 0));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the JavaScript API sets, gets, advances, loads scenarios and resets", async () => {
  const { page, problems, context } = await open("speed=realtime");
  const result = await page.evaluate(() => {
    const ng = window.neurogains;
    const out = {};
    out.set = ng.set("intensity", 80);
    out.get = ng.get("intensity");
    out.clamped = ng.set("recovery", 1000);
    out.choice = ng.set("neurogenesis", "sorrells");
    out.bool = ng.set("block_igf1", true);
    out.scenario = ng.scenario("balanced");
    out.advance = ng.advance(14);
    out.readout = ng.get("new_neurons_per_day");
    out.time = ng.get("time_days");
    out.state = ng.state();
    ng.reset();
    out.afterReset = ng.state();
    out.alive = ng.alive();
    return out;
  });
  assert.equal(result.set, 80);
  assert.equal(result.get, 80);
  assert.equal(result.clamped, 168);
  assert.equal(result.choice, "sorrells");
  assert.equal(result.bool, true);
  assert.equal(result.scenario, "balanced");
  assert.ok(result.advance >= 14 && result.advance < 14.1, `advance returned ${result.advance}`);
  assert.ok(result.readout > 0);
  assert.ok(result.time >= 14);
  assert.equal(result.state.protocol.intensity, 70, "the scenario replaced the protocol");
  assert.ok(allFinite(result.state.readouts));
  assert.ok(result.afterReset.time_days < 0.01);
  assert.equal(result.afterReset.protocol.intensity, 70);
  assert.ok(result.alive > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the JavaScript API rejects bad input with messages and keeps running", async () => {
  const { page, problems, context } = await open();
  const errors = await page.evaluate(() => {
    const ng = window.neurogains;
    const attempts = [
      () => ng.set("nonsense", 1), () => ng.set("intensity", NaN), () => ng.set("intensity", Infinity),
      () => ng.set("intensity", "abc"), () => ng.set("intensity", null), () => ng.set("intensity", {}),
      () => ng.set("intensity", [1]), () => ng.set(42, 1), () => ng.set("", 1), () => ng.set("neurogenesis", "maybe"),
      () => ng.get("nonsense"), () => ng.get(undefined), () => ng.scenario("nope"), () => ng.scenario("<img src=x>"),
      () => ng.scenario("x".repeat(100000)), () => ng.advance(-1), () => ng.advance(0), () => ng.advance(1e9),
      () => ng.advance("7"), () => ng.advance(NaN), () => ng.set("intensity\u0000", 70), () => ng.set("age", "1e999"),
    ];
    return attempts.map((f) => {
      try {
        f();
        return null;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    });
  });
  errors.forEach((e, i) => {
    assert.ok(e, `attempt ${i} did not throw`);
    assert.ok(e.length < 300, `attempt ${i}: overlong message`);
  });
  const s = await page.evaluate(() => window.neurogains.state());
  assert.equal(s.protocol.intensity, 70);
  assert.ok(allFinite(s.readouts));
  await waitForFrames(page, 5); // still rendering
  assert.deepEqual(problems, []);
  await context.close();
});

test("presenter keys: pause, speed, scenarios, presenter mode, hide UI", async () => {
  const { page, problems, context } = await open("speed=hour");
  const state = () => page.evaluate(() => window.neurogains.state());
  await page.click("#canvas", { position: { x: 700, y: 400 } });
  await page.keyboard.press("Space");
  await waitForFrames(page, 2);
  assert.equal((await state()).paused, true);
  await page.keyboard.press("Space");
  await page.keyboard.press("+");
  await waitForFrames(page, 2);
  let s = await state();
  assert.equal(s.paused, false);
  assert.equal(s.speed, "6hours");
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await page.keyboard.press("4");
  await waitForFrames(page, 2);
  s = await state();
  assert.equal(s.speed, "10min");
  assert.equal(s.scenario, "overtraining");
  await page.keyboard.press("p");
  await waitForFrames(page, 2);
  s = await state();
  assert.equal(s.mode, "presenter");
  assert.equal(s.theme, "projector");
  await page.keyboard.press("h");
  await waitForFrames(page, 2);
  assert.equal((await state()).ui, false);
  await page.keyboard.press("Alt+r");
  await waitForFrames(page, 2);
  assert.equal((await state()).scenario, "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an embedding page gets neurogains:ready, or neurogains:error when loading fails", async () => {
  const embed = async (wasmMissing) => {
    const context = await shared.browser.newContext();
    if (wasmMissing) await context.route("**/neurogains.wasm", (route) => route.fulfill({ status: 404, body: "" }));
    const page = await context.newPage();
    await page.setContent("<!doctype html><title>course page</title>");
    const message = await page.evaluate(async (src) => {
      const got = new Promise((resolve) => window.addEventListener("message", (e) => resolve(e.data)));
      const frame = document.createElement("iframe");
      frame.width = 640;
      frame.height = 360;
      frame.src = src;
      document.body.appendChild(frame);
      return Promise.race([got, new Promise((r) => setTimeout(() => r({ type: "timeout" }), 60000))]);
    }, shared.server.url + "?scenario=balanced");
    await context.close();
    return message;
  };
  assert.equal((await embed(false)).type, "neurogains:ready");
  const failure = await embed(true);
  assert.equal(failure.type, "neurogains:error");
  assert.match(failure.message, /could not be loaded/);
});

test("prefers-reduced-motion starts the app with reduced motion", async () => {
  const context = await shared.browser.newContext({ reducedMotion: "reduce" });
  const { page, problems } = await openApp(shared.browser, shared.server, "", { context });
  await page.evaluate(() => window.neurogains.ready);
  assert.equal(await page.evaluate(() => window.neurogains.state().reduced_motion), true);
  assert.deepEqual(problems, []);
  await context.close();
});
