// Keeps a kiosk browser alive. Starts the browser command given after "--", attaches to it over
// the Chrome DevTools Protocol, and every --every seconds asks the page for neurogains.alive()
// (the time of its last rendered frame). If frames stopped for --stale seconds, or the page does
// not answer, it reloads the page; if the browser exits, it starts it again.
//   node scripts/kiosk-watchdog.mjs --cdp http://127.0.0.1:9333 --url URL [--every 10] [--stale 30] -- BROWSER ARGS...
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const own = split >= 0 ? argv.slice(0, split) : argv;
const browserCommand = split >= 0 ? argv.slice(split + 1) : [];
const opt = (name, fallback) => {
  const i = own.indexOf(`--${name}`);
  return i >= 0 ? own[i + 1] : fallback;
};
const cdp = opt("cdp", "http://127.0.0.1:9333");
const url = opt("url", "");
const everyMs = Number(opt("every", 10)) * 1000;
const staleMs = Number(opt("stale", 30)) * 1000;
const log = (text) => console.log(`[watchdog ${new Date().toISOString()}] ${text}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let browserProcess = null;
let stopping = false;
function startBrowser() {
  if (!browserCommand.length || stopping) return;
  log(`starting ${browserCommand[0]}`);
  browserProcess = spawn(browserCommand[0], browserCommand.slice(1), { stdio: "ignore" });
  browserProcess.on("exit", (code) => {
    log(`browser exited (${code})`);
    browserProcess = null;
  });
}

async function connect() {
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      return await chromium.connectOverCDP(cdp, { timeout: 5000 });
    } catch {
      await sleep(1000);
    }
  }
  throw new Error(`no browser answers on ${cdp}`);
}

// The page showing NeuroGains (or the first page, which is then sent to the kiosk URL).
async function kioskPage(browser) {
  const pages = browser.contexts().flatMap((c) => c.pages());
  let page = pages.find((p) => url && p.url().startsWith(url.split("?")[0])) || pages[0];
  if (!page) page = await browser.contexts()[0].newPage();
  if (url && !page.url().startsWith(url.split("?")[0])) await page.goto(url);
  return page;
}

// Milliseconds since the page last rendered a frame; Infinity if it cannot tell.
async function staleness(page) {
  const probe = page.evaluate(() => {
    const ng = window.neurogains;
    return ng && ng.alive ? performance.now() - ng.alive() : Infinity;
  });
  const timeout = sleep(5000).then(() => Infinity); // a hung main thread does not answer
  return Promise.race([probe, timeout]).catch(() => Infinity);
}

// Stopping the watchdog stops the browser it started and waits for it to exit (no orphan left
// running, its profile no longer being written); a browser that ignores SIGTERM is killed.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    stopping = true;
    const running = browserProcess;
    if (running) {
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      const forced = setTimeout(() => running.kill("SIGKILL"), 10000);
      await exited;
      clearTimeout(forced);
    }
    process.exit(0);
  });
}

startBrowser();
let browser = await connect();
let reloads = 0;
for (;;) {
  await sleep(everyMs);
  try {
    if (!browser.isConnected()) {
      if (!browserProcess) startBrowser();
      browser = await connect();
    }
    const page = await kioskPage(browser);
    const stale = await staleness(page);
    if (stale > staleMs) {
      reloads++;
      log(`no frame for ${Number.isFinite(stale) ? Math.round(stale / 1000) + " s" : "ever (no answer)"}: reloading (${reloads})`);
      await page.goto(url || page.url(), { timeout: 30000 }).catch((e) => log(`reload failed: ${e.message}`));
    }
  } catch (error) {
    log(`check failed: ${error.message}`);
  }
}
