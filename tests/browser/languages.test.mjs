// Languages on the web (docs/content-format.md, "Languages on the web"): the program carries
// English only; another language is the site's lang-<code>.json, fetched when it is chosen, before
// the first frame for ?lang=, and a pack that fails leaves English with a notice, never a crash.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pressWidget, repoRoot, sharedBrowser, siteDir, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

// Opens the page and records, from its first request, every language pack it asks for and every
// console or page error.
async function openWatched(query) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const requests = [], problems = [];
  page.on("request", (r) => { if (/\/lang-[a-z-]+\.json$/.test(new URL(r.url()).pathname)) requests.push(new URL(r.url()).pathname); });
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(shared.server.url + query);
  await page.evaluate(() => window.neurogains.ready);
  return { context, page, requests, problems };
}

test("the page's list of fetched languages, the program's and the site's packs agree", () => {
  const loader = readFileSync(join(repoRoot, "web/loader.js"), "utf8");
  const listed = JSON.parse(/var FETCHED_LANGUAGES = (\[[^\]]*\]);/.exec(loader)[1]);
  const program = [...readFileSync(join(repoRoot, "src/content/i18n.cpp"), "utf8").matchAll(/\{"([a-z-]+)", "/g)].map((m) => m[1]);
  const packs = readdirSync(siteDir).filter((f) => /^lang-[a-z-]+\.json$/.test(f)).map((f) => f.slice(5, -5));
  assert.deepEqual(program.filter((c) => c !== "en").sort(), listed.slice().sort());
  assert.deepEqual(packs.sort(), listed.slice().sort());
  // The Spanish texts live in the pack, not in the program.
  const wasm = readFileSync(join(siteDir, "neurogains.wasm"));
  assert.equal(wasm.includes(Buffer.from('"tour.next": "Siguiente"')), false);
  assert.ok(readFileSync(join(siteDir, "lang-es.json"), "utf8").includes("Siguiente"));
  assert.ok(readFileSync(join(siteDir, "sw.js"), "utf8").includes('"lang-es.json"'), "cached for offline use");
});

test("an English visit fetches no other language; choosing Español fetches it and switches", async () => {
  const { context, page, requests, problems } = await openWatched("");
  await waitForFrames(page, 5);
  assert.deepEqual(requests, []);
  assert.equal((await page.evaluate(() => window.neurogains.state())).lang, "en");

  if ((await page.evaluate(() => window.neurogains.widgets()))["bar.preferences"]) {
    await pressWidget(page, "bar.preferences");
  } else {
    await pressWidget(page, "bar.menu");
    await pressWidget(page, "menu.preferences");
  }
  await pressWidget(page, "prefs.lang.es");
  await page.waitForFunction(() => window.neurogains.state().lang === "es", null, { timeout: 20000 });
  assert.deepEqual(requests, ["/lang-es.json"]);
  await waitForFrames(page, 3);
  const labels = await page.evaluate(() => window.neurogains.labels());
  assert.match(labels.pause, /Pausa/);
  // The page's accessible layer (a11y.js) follows within its next sync, every 500 ms.
  await page.waitForFunction(() => document.documentElement.lang === "es", null, { timeout: 20000 });

  await pressWidget(page, "prefs.lang.en"); // back: compiled in, no fetch
  await page.waitForFunction(() => window.neurogains.state().lang === "en", null, { timeout: 20000 });
  assert.deepEqual(requests, ["/lang-es.json"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("?lang=es is Spanish from the first frame", async () => {
  const { context, page, requests, problems } = await openWatched("?lang=es");
  // Fetched once, beside the .wasm, and handed over before main(): no English frame first.
  const state = await page.evaluate(() => window.neurogains.state());
  assert.equal(state.lang, "es");
  assert.deepEqual(state.notices, []);
  assert.deepEqual(requests, ["/lang-es.json"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a language pack that fails or is broken leaves English with a notice", async () => {
  for (const [what, route] of [
    ["a failed download", (r) => r.abort()],
    ["a broken pack", (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"assets/scenarios/balanced.json": 1' })],
  ]) {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.route("**/lang-es.json", route);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(shared.server.url + "?lang=es");
    await page.evaluate(() => window.neurogains.ready);
    await page.waitForFunction(() => window.neurogains.state().notices.length > 0, null, { timeout: 20000 });
    const state = await page.evaluate(() => window.neurogains.state());
    assert.equal(state.lang, "en", what);
    assert.match(state.notices.map((n) => n.text).join("\n"), /lang: the texts for "es" could not be loaded/, what);
    await waitForFrames(page, 5); // still drawing
    assert.deepEqual(errors, [], what);
    await context.close();
  }
});
