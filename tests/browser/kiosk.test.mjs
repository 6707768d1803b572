// Kiosk mode: the idle cycle (active -> countdown -> reset + attract -> a touch ends it), touch
// driving the controls, offline operation after the first visit, no way out of the page, and the
// launcher's watchdog reloading a page whose frames stopped.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { chromium } from "playwright-core";
import { chromiumArgs, openApp, repoRoot, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

async function openKiosk(query) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const app = await openApp(shared.browser, shared.server, query, { context });
  await app.page.evaluate(() => window.neurogains.ready);
  await waitForFrames(app.page, 2);
  return app;
}

const state = (page) => page.evaluate(() => window.neurogains.state());
const widgets = (page) => page.evaluate(() => window.neurogains.widgets());
const center = (r) => ({ x: r[0] + r[2] / 2, y: r[1] + r[3] / 2 });
async function shot(page, name) {
  writeFileSync(join(resultsDir, name), await page.screenshot());
}

test("idle: countdown, then reset and attract loop, and a touch hands back", async () => {
  const { page, problems, context } = await openKiosk("mode=kiosk&idle=5&speed=day");
  assert.equal((await state(page)).kiosk_phase, "active");
  await page.evaluate(() => window.neurogains.set("intensity", 90));
  await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "countdown", null, { timeout: 20000 });
  await shot(page, "kiosk-countdown.png");
  await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "attract", null, { timeout: 30000 });
  await waitForFrames(page, 10);
  let s = await state(page);
  assert.equal(s.protocol.recovery, 48, "defaults restored");
  await shot(page, "kiosk-attract.png");
  await page.touchscreen.tap(640, 300);
  await waitForFrames(page, 3);
  s = await state(page);
  assert.equal(s.kiosk_phase, "active");
  assert.equal(s.protocol.intensity, 70, "the next visitor starts from the defaults");
  await shot(page, "kiosk-active.png");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a touch during the countdown keeps exploring", async () => {
  // idle=20 gives a 10 s countdown: room to tap even when the machine is busy. The visitor's
  // intensity survives the tap; had the countdown run out first, the reset would have cleared it.
  const { page, context } = await openKiosk("mode=kiosk&idle=20");
  await page.evaluate(() => window.neurogains.set("intensity", 90));
  await page.waitForFunction(
    () => window.neurogains.state().kiosk_phase === "countdown" && window.neurogains.widgets()["kiosk.keep_exploring"],
    null, { timeout: 40000 });
  const keep = center((await widgets(page))["kiosk.keep_exploring"]);
  await page.touchscreen.tap(keep.x, keep.y);
  await waitForFrames(page, 3);
  const s = await state(page);
  assert.equal(s.kiosk_phase, "active");
  assert.equal(s.protocol.intensity, 90, "the visitor's settings were kept, not reset");
  await context.close();
});

test("touch drives the big sliders and the scenario buttons", async () => {
  const { page, problems, context } = await openKiosk("mode=kiosk");
  const w = await widgets(page);
  for (const name of ["kiosk.intensity", "kiosk.recovery", "kiosk.scenario.balanced", "kiosk.start_tour"]) {
    assert.ok(w[name], `${name} drawn`);
    assert.ok(w[name][3] >= 48, `${name} is ${w[name][3]} px tall (touch targets >= 48 px)`);
    assert.ok(w[name][1] >= 360, `${name} sits in the lower half`);
  }
  const slider = w["kiosk.intensity"];
  await page.touchscreen.tap(slider[0] + slider[2] * 0.98, slider[1] + slider[3] / 2);
  await waitForFrames(page, 3);
  assert.ok((await state(page)).protocol.intensity >= 93, "tapping the right end of the slider raises the intensity");
  const b = center(w["kiosk.scenario.overtraining"]);
  await page.touchscreen.tap(b.x, b.y);
  await waitForFrames(page, 3);
  assert.equal((await state(page)).scenario, "overtraining");
  assert.equal((await state(page)).hover, false, "no hover state stays behind after the finger lifts");
  assert.deepEqual(problems, []);
  await context.close();
});

test("no way out: no links, no context menu, taps everywhere keep the page", async () => {
  const { page, problems, context } = await openKiosk("mode=kiosk");
  const url = page.url();
  assert.equal(await page.locator("a[href]").count(), 0);
  const prevented = await page.evaluate(() => {
    const e = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    return !document.getElementById("canvas").dispatchEvent(e);
  });
  assert.ok(prevented, "context menu is blocked");
  for (let i = 0; i < 40; i++) await page.touchscreen.tap(20 + ((i * 97) % 1240), 20 + ((i * 53) % 680));
  await waitForFrames(page, 3);
  assert.equal(page.url(), url);
  assert.deepEqual(problems, []);
  await context.close();
});

test("after the first visit the page works offline", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1024, height: 640 } });
  const { page, problems } = await openApp(shared.browser, shared.server, "mode=kiosk", { context });
  await page.evaluate(() => window.neurogains.ready);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  });
  await context.setOffline(true);
  await page.reload();
  await page.evaluate(() => window.neurogains.ready);
  await waitForFrames(page, 10);
  assert.equal(await page.isHidden("#failure"), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the kiosk watchdog reloads a page whose frames stopped", async () => {
  const port = 9400 + Math.floor(Math.random() * 400);
  const url = `${shared.server.url}?mode=kiosk`;
  const watchdog = spawn("node", [join(repoRoot, "scripts/kiosk-watchdog.mjs"), "--cdp", `http://127.0.0.1:${port}`,
    "--url", url, "--every", "2", "--stale", "3", "--", "/usr/bin/chromium", "--headless", ...chromiumArgs,
    `--remote-debugging-port=${port}`, "--user-data-dir=" + join(resultsDir, `watchdog-profile-${port}`), url]);
  let output = "";
  watchdog.stdout.on("data", (d) => (output += d));
  try {
    let cdp;
    for (let i = 0; i < 60 && !cdp; i++) {
      cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => null);
      if (!cdp) await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(cdp, "watchdog started the browser");
    const page = cdp.contexts()[0].pages()[0];
    await page.waitForFunction(() => window.neurogains && window.neurogains.frames() > 5, null, { timeout: 60000 });
    // Simulate frozen rendering: alive() stops advancing.
    await page.evaluate(() => { window.neurogains.alive = () => 1; });
    // During the reload the new page has no window.neurogains yet: that must not end the wait.
    await page.waitForFunction(() => window.neurogains?.alive?.() > 1, null, { timeout: 30000, polling: 500 });
    assert.match(output, /reloading/);
    await cdp.close();
  } finally {
    const exited = new Promise((resolve) => watchdog.once("exit", resolve));
    watchdog.kill("SIGTERM"); // the watchdog closes the browser it started
    await exited;
  }
  let browserGone = false;
  for (let i = 0; i < 50 && !browserGone; i++) {
    browserGone = await fetch(`http://127.0.0.1:${port}/json/version`).then(() => false, () => true);
    if (!browserGone) await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(browserGone, "stopping the watchdog stops its browser");
  rmSync(join(resultsDir, `watchdog-profile-${port}`), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});
