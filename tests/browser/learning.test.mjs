// Learning (issue 16): a question answered and scored with the keyboard alone (the HTML layer and
// the canvas), the questions on a phone, the teacher's guide (docs/teaching.md, served as
// teaching.html) linked from the app and every link of it loading without a warning or error
// notice, and the kiosk challenge scoring, keeping its board and resetting with the idle cycle.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openApp, pressWidget, repoRoot, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();
const state = (page) => page.evaluate(() => window.neurogains.state());

test("a question is answered and scored with the keyboard alone", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "activity=questions");
  await page.evaluate(() => window.neurogains.ready);
  await waitForFrames(page, 3);
  let s = await state(page);
  assert.deepEqual(s.activity, { kind: "questions", index: 0, count: s.activity.count, answered: 0, correct: 0 });
  assert.ok(s.activity.count >= 8);
  // From the canvas, Tab walks into the page's HTML layer (web/a11y.js); Enter presses a button.
  await page.focus("#canvas");
  const tabTo = async (id) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  // The second choice, "it stays within 10 %", is a wrong prediction: free BDNF rises.
  await tabTo("a11y-choice-1");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.neurogains.describe().questions.choices[1].chosen);
  await page.waitForTimeout(600); // a11y.js redraws the questions from describe() every 500 ms
  await tabTo("a11y-question-run");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.neurogains.state().activity.answered === 1, null, { timeout: 30000 });
  s = await state(page);
  assert.equal(s.activity.correct, 0); // scored: the model showed a rise
  await page.waitForFunction(() => document.getElementById("a11y-question-result"));
  const result = await page.evaluate(() => document.getElementById("a11y-question-result").textContent);
  assert.match(result, /The model shows: It rises by more than 10 %/);
  assert.match(result, /This reveals a common idea: That a single workout sends no signal/);
  assert.equal(s.scenario, "balanced"); // the run left its After set-up on screen
  assert.ok(s.time_days > 0.4);
  assert.equal(s.view, "blood");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the questions in the canvas are answered with the keyboard alone", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "activity=questions");
  await page.evaluate(() => window.neurogains.ready);
  await waitForFrames(page, 10);
  const chosen = () => page.evaluate(() => window.neurogains.describe().questions.choices.findIndex((c) => c.chosen));
  // Held for one frame: Dear ImGui 1.86 reads the keys once per frame and misses a press released
  // within the same one, and a hold of several slow (software-rendered) frames would repeat.
  const press = async (key) => {
    await page.keyboard.down(key);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done()))); // after the app's frame
    await page.keyboard.up(key);
    await waitForFrames(page, 2);
    await page.waitForTimeout(200); // a person's pace: the next key comes a moment later
  };
  // The first choice has the keyboard when a question shows: the arrows move down the choices
  // (the first press may only show where the focus is), Enter chooses.
  await page.focus("#canvas");
  await press("ArrowDown");
  await press("ArrowDown");
  await press("Enter");
  const choice = await chosen();
  const choices = await page.evaluate(() => window.neurogains.describe().questions.choices.length);
  assert.ok(choice >= 1, `chosen: ${choice}`);
  // Down past the last choice to the row under the choices: Run it, in the middle of it.
  for (let i = choice; i < choices; i++) await press("ArrowDown");
  await press("Enter");
  await page.waitForFunction(() => window.neurogains.state().activity.answered === 1, null, { timeout: 30000 });
  const s = await state(page);
  // Scored: the model shows a rise, the first choice, so the prediction was wrong.
  assert.deepEqual(s.activity, { kind: "questions", index: 0, count: s.activity.count, answered: 1, correct: 0 });
  // The outcome and the explanation are drawn: what the model showed, what the wrong choice
  // reveals, why.
  await waitForFrames(page, 2);
  await page.evaluate(() => window.neurogains.uiText());
  await waitForFrames(page, 3);
  const keys = (await page.evaluate(() => window.neurogains.uiText())).map((t) => t.key);
  for (const key of ["questions.observed", "questions.reveals", "questions.why"]) assert.ok(keys.includes(key), key);
  assert.match((await page.evaluate(() => window.neurogains.describe().questions.result.explanation)), /BDNF/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone every question shows its choices and Run it without scrolling", async () => {
  for (const lang of ["en", "es"]) {
    const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                                      hasTouch: true, isMobile: true });
    const { page, problems } = await openApp(shared.browser, shared.server, `activity=questions&lang=${lang}`, { context });
    await page.evaluate(() => window.neurogains.ready);
    const count = (await state(page)).activity.count;
    for (let i = 0; i < count; i++) {
      await waitForFrames(page, 4); // the panel measures itself in the first frame of a question
      const widgets = await page.evaluate(() => window.neurogains.widgets());
      const names = Object.keys(widgets).filter((n) => /^questions\.(choice\d|run)$/.test(n));
      assert.ok(names.includes("questions.run") && names.includes("questions.choice2"), names.join());
      for (const name of names) {
        const [, y, , h, , fullH] = widgets[name];
        assert.ok(h >= fullH - 0.5 && y + h <= 844, `${lang} question ${i + 1}: ${name} is cut (${h} of ${fullH})`);
      }
      await page.evaluate(() => window.neurogains.question("next"));
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the app links the teacher's guide: the shortcut sheet opens teaching.html, the HTML layer links it", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server);
  await page.evaluate(() => window.neurogains.ready);
  await pressWidget(page, "bar.shortcuts");
  const [guide] = await Promise.all([context.waitForEvent("page"), pressWidget(page, "keys.guide")]);
  await guide.waitForLoadState();
  assert.equal(new URL(guide.url()).pathname, "/teaching.html");
  assert.equal(await guide.title(), "Teaching with NeuroGains");
  await page.waitForSelector("#a11y-guide");
  const link = await page.evaluate(() => {
    const a = document.getElementById("a11y-guide");
    return { href: a.getAttribute("href"), text: a.textContent, hidden: a.hidden };
  });
  assert.deepEqual(link, { href: "teaching.html", text: "Teacher's guide (opens in a new tab)", hidden: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test("every link in the teacher's guide loads without a warning or error notice", async () => {
  // The guide as the site serves it (teaching.html, made from docs/teaching.md): relative links
  // to the app beside it, every one of the Markdown's.
  const guide = readFileSync(join(repoRoot, "docs/teaching.md"), "utf8");
  const written = new Set([...guide.matchAll(/\]\(index\.html\?([^)\s]+)\)/g)].map((m) => m[1]));
  const { page, problems, context } = await openApp(shared.browser, shared.server);
  await page.goto(shared.server.url + "teaching.html");
  const hrefs = await page.evaluate(() => [...document.querySelectorAll("a[href^='index.html?']")].map((a) => a.href));
  const queries = [...new Set(hrefs.map((href) => new URL(href).search.slice(1)))];
  assert.ok(queries.length >= 10, `only ${queries.length} links found`);
  assert.deepEqual(new Set(queries), written);
  for (const href of new Set(hrefs)) {
    const query = new URL(href).search.slice(1);
    await page.goto(href);
    await page.evaluate(() => window.neurogains.ready);
    await waitForFrames(page, 2);
    const s = await state(page);
    const bad = s.notices.filter((n) => n.kind === "warning" || n.kind === "error");
    assert.deepEqual(bad, [], `?${query}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the kiosk challenge scores, keeps a board of the day, and the idle cycle resets it", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  // idle=8: the 12 weeks play in 6 s (3/4 of the idle time), the countdown starts 8 s after the
  // last touch and lasts 4 s.
  const { page, problems } = await openApp(shared.browser, shared.server, "mode=kiosk&activity=challenge&idle=8",
                                           { context });
  await page.evaluate(() => window.neurogains.ready);
  await waitForFrames(page, 2);
  let s = await state(page);
  assert.deepEqual(s.activity, { kind: "challenge", phase: "setup", score: null });
  await pressWidget(page, "challenge.start");
  s = await state(page);
  assert.equal(s.activity.phase, "running");
  await page.waitForFunction(() => window.neurogains.state().activity?.phase === "done", null, { timeout: 30000 });
  s = await state(page);
  assert.ok(Number.isFinite(s.activity.score) && s.activity.score > 0);
  assert.ok(Math.abs(s.time_days - 84) < 0.01);
  const board = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("neurogains.challenge."))
                                          .map((k) => localStorage.getItem(k)).join(""));
  assert.match(board, new RegExp(`^${s.activity.score} \\d+$`, "m"));
  // Nobody touches: countdown, then reset and the attract loop; the challenge is closed.
  await page.waitForFunction(() => window.neurogains.state().kiosk_phase === "attract", null, { timeout: 30000 });
  s = await state(page);
  assert.equal(s.activity, null);
  assert.equal(s.time_days < 1, true);
  // The next visitor's touch ends the attract loop and opens the challenge afresh.
  await page.touchscreen.tap(640, 360);
  await page.waitForFunction(() => window.neurogains.state().activity?.phase === "setup", null, { timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the accessibility tree exposes the screen summary, a lab value and the tour caption", async () => {
  const { page, problems, context } = await openApp(shared.browser, shared.server, "tour=1");
  await page.evaluate(() => window.neurogains.ready);
  await page.waitForFunction(() => document.getElementById("a11y-tour-caption")?.textContent.length > 0);
  const summary = await page.getByRole("region", { name: "The screen" }).ariaSnapshot();
  assert.match(summary, /four stations/);
  assert.match(summary, /1\. Muscle: /);
  assert.match(summary, /4\. Hippocampus: /);
  const bdnf = await page.getByRole("row", { name: /BDNF \(serum\)/ }).ariaSnapshot();
  assert.match(bdnf, /rowheader "BDNF \(serum\)"/);
  assert.match(bdnf, /cell "\d+(\.\d+)? ng\/mL"/);
  const tour = await page.getByRole("region", { name: /Guided tour: From muscle to memory/ }).ariaSnapshot();
  assert.match(tour, /One blood vessel links a working muscle/);
  // The questions from the HTML layer alone: open, choose, run.
  // ... as a screen-reader user does: focus a button, press Enter.
  const press = async (name) => {
    await page.getByRole("button", { name }).focus();
    await page.keyboard.press("Enter");
    await waitForFrames(page, 2);
    await page.waitForTimeout(600); // a11y.js redraws the questions from describe() every 500 ms
  };
  await press("Open the questions");
  await press("It rises by more than 10 %");
  await press("Run it");
  await page.waitForFunction(() => window.neurogains.state().activity?.answered === 1, null, { timeout: 30000 });
  assert.equal((await page.evaluate(() => window.neurogains.state())).activity.correct, 1);
  await page.waitForFunction(() => /The model shows/.test(document.getElementById("a11y-question-result")?.textContent));
  assert.deepEqual(problems, []);
  await context.close();
});
