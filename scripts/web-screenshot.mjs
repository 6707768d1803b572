// Screenshots of the web build in headless Chromium (SwiftShader), for docs and for looking.
//   node scripts/web-screenshot.mjs OUT.png [QUERY] [--width 1280 --height 720 --frames 120 --advance DAYS]
//        [--touch 1 --dpr 2]   (a touch screen, e.g. a phone at device pixel ratio 2)
import { writeFileSync } from "node:fs";
import { launchBrowser, openApp, startServer, waitForFrames } from "../tests/browser/harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const width = Number(option("width", 1280)), height = Number(option("height", 720));
const frames = Number(option("frames", 120)), advance = Number(option("advance", 0));
const touch = option("touch", "0") === "1", dpr = Number(option("dpr", 1));
const [out, query = ""] = args;
if (!out) {
  console.error("usage: node scripts/web-screenshot.mjs OUT.png [QUERY] [--width W --height H --frames N --advance DAYS]");
  process.exit(2);
}
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, hasTouch: touch, isMobile: touch && width < 900,
  });
  const { page, problems } = await openApp(browser, server, query, { context });
  await page.evaluate(() => window.neurogains.ready);
  if (advance > 0) await page.evaluate((d) => window.neurogains.advance(d), advance);
  await waitForFrames(page, frames);
  writeFileSync(out, await page.screenshot());
  console.log(`${out}: ${width}x${height} ?${query}${problems.length ? `\nproblems: ${problems.join("; ")}` : ""}`);
} finally {
  await browser.close();
  server.stop();
}
