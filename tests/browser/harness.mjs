// Shared set-up for the browser tests: serves build/web/site on a free port and drives Debian's
// Chromium headless through playwright-core, with WebGL2 on SwiftShader (no GPU needed).
import { fork } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const siteDir = process.env.NG_SITE_DIR || join(repoRoot, "build/web/site");
export const resultsDir = join(repoRoot, "test-results");
mkdirSync(resultsDir, { recursive: true });

export const chromiumArgs = [
  "--no-sandbox", "--disable-gpu-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
  "--ignore-gpu-blocklist", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
];

export async function startServer(dir = siteDir) {
  const child = fork(join(repoRoot, "scripts/serve.mjs"), ["--port", "0", "--quiet", dir], { stdio: "inherit" });
  const port = await new Promise((ok, fail) => {
    child.once("message", (m) => ok(m.port));
    child.once("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs });
}

// Opens the app with URL parameters and records every console error and page error.
export async function openApp(browser, server, query = "", { width = 1280, height = 720, context = null } = {}) {
  const ctx = context || (await browser.newContext({ viewport: { width, height } }));
  const page = await ctx.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(server.url + (query ? `?${query}` : ""));
  return { page, problems, context: ctx };
}

// Waits until the app has rendered at least `count` frames (more than already seen).
export async function waitForFrames(page, count, timeout = 60000) {
  const start = await page.evaluate(() => (window.neurogains && window.neurogains.frames ? window.neurogains.frames() : 0));
  await page.waitForFunction((target) => window.neurogains && window.neurogains.frames && window.neurogains.frames() >= target,
                             start + count, { timeout, polling: 100 });
}

// Clicks the centre of a widget the app drew in its last frame (neurogains.widgets()). The
// pointer moves there first and rests for a few frames, as a hand would: Dear ImGui 1.86 reads the
// pointer position once per frame, so a press that arrives together with a jump to a new place can
// land where it was. Returns after the frame that saw the release and the next one, which carried
// out what the click asked for.
export async function pressWidget(page, name) {
  await waitForFrames(page, 2); // the rectangles of a frame drawn with the current state
  const widgets = await page.evaluate(() => window.neurogains.widgets());
  if (!widgets[name]) throw new Error(`the widget "${name}" was not drawn (drawn: ${Object.keys(widgets).join(", ")})`);
  const [x, y, width, height] = widgets[name];
  await page.mouse.move(x + width / 2, y + height / 2);
  await waitForFrames(page, 3);
  await page.mouse.down();
  await waitForFrames(page, 2);
  await page.mouse.up();
  await waitForFrames(page, 2);
}

// Frames per second over a wall-clock window, counted by the app itself.
export async function measureFps(page, seconds = 3) {
  return page.evaluate(async (s) => {
    const f0 = window.neurogains.frames(), t0 = performance.now();
    await new Promise((r) => setTimeout(r, s * 1000));
    return ((window.neurogains.frames() - f0) * 1000) / (performance.now() - t0);
  }, seconds);
}

// For a test file: one server and one browser shared by its tests, started before the first and
// closed after the last. Use shared.server and shared.browser inside the tests.
export function sharedBrowser() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.stop();
  });
  return shared;
}

// True when every number in a (nested) value is finite: no NaN or Infinity reached the state.
export function allFinite(value) {
  if (typeof value === "number") return Number.isFinite(value);
  if (value && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}
