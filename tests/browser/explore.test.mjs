// Explore (issue 14) through the JavaScript API and the URL: seek() moves through time and back
// exactly, compare() runs programme B beside A (state().compare, ?compare=, b_ columns in the CSV),
// landscape() maps an outcome over two parameters while the frames keep coming; bad input throws
// with a message and never stops the app.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { allFinite, openApp, pressWidget, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

// Opens the app paused (time moves only when a test asks), with errorsOf(functions) on the page:
// "Name: message" for each function that throws, null for the others.
async function open(query = "", size = {}) {
  const app = await openApp(shared.browser, shared.server, query, size);
  await app.page.evaluate(() => {
    window.errorsOf = (attempts) => attempts.map((f) => {
      try {
        f();
        return null;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    });
    return window.neurogains.ready.then(() => window.neurogains.pause(true));
  });
  await waitForFrames(app.page, 2);
  return app;
}

test("seek: any day up to the furthest, exactly as it was; a change after seeking back drops the future", async () => {
  const { page, problems, context } = await open();
  const r = await page.evaluate(() => {
    const ng = window.neurogains;
    const out = {};
    ng.advance(10);
    ng.set("recovery", 24);
    ng.advance(5);
    out.end = ng.state();
    out.back = ng.seek(4);
    out.atFour = ng.state();
    ng.seek(12.5);
    out.between = ng.state();
    ng.seek(out.end.time_days);
    out.again = ng.state();
    ng.seek(4);
    ng.set("sessions", 4);
    out.changed = ng.state();
    return out;
  });
  assert.ok(Math.abs(r.end.furthest_days - r.end.time_days) < 1e-9);
  assert.equal(r.end.has_future, false);
  assert.ok(Math.abs(r.back - 4) < 1e-9, `seek returned ${r.back}`);
  assert.ok(Math.abs(r.atFour.time_days - 4) < 1e-9);
  assert.equal(r.atFour.has_future, true);
  assert.equal(r.atFour.protocol.recovery, 48, "the protocol as it was on day 4");
  assert.equal(r.between.protocol.recovery, 24);
  assert.deepEqual(r.again.readouts, r.end.readouts, "back at the furthest day: the same state");
  assert.equal(r.again.has_future, false);
  assert.equal(r.changed.has_future, false);
  assert.ok(Math.abs(r.changed.furthest_days - 4) < 1e-9, "the future is gone");
  assert.equal(r.changed.protocol.sessions, 4);

  const errors = await page.evaluate(() => errorsOf([
    () => neurogains.seek(-1), () => neurogains.seek(1e9), () => neurogains.seek(NaN), () => neurogains.seek("3"),
    () => neurogains.seek(), () => neurogains.seek(Infinity),
  ]));
  errors.forEach((e, i) => assert.ok(e, `seek attempt ${i} did not throw`));
  assert.match(errors[0], /^Error: neurogains\.seek\(days\): days must be 0-4 \(the furthest simulated day\)$/);
  assert.match(errors[3], /^TypeError: neurogains\.seek: days must be a finite number$/);
  assert.ok(allFinite((await page.evaluate(() => window.neurogains.state())).readouts));
  await waitForFrames(page, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test("compare: B beside A in state().compare, set apart with setB, cleared with null", async () => {
  const { page, problems, context } = await open();
  const r = await page.evaluate(() => {
    const ng = window.neurogains;
    const out = {};
    out.none = ng.state().compare;
    out.copy = ng.compare("copy");
    out.setB = ng.setB("recovery", 24);
    ng.advance(14);
    out.state = ng.state();
    ng.seek(3);
    out.seeked = ng.state();
    out.scenario = ng.compare("overtraining");
    out.overtraining = ng.state().compare;
    out.cleared = ng.compare(null);
    out.after = ng.state().compare;
    return out;
  });
  assert.equal(r.none, null);
  assert.equal(r.copy, "copy");
  assert.equal(r.setB, 24);
  const b = r.state.compare;
  assert.deepEqual(Object.keys(b).sort(), ["protocol", "readouts", "scenario"]);
  assert.equal(b.scenario, "copy");
  assert.equal(b.protocol.recovery, 24);
  assert.equal(r.state.protocol.recovery, 48, "A keeps its own protocol");
  assert.deepEqual(Object.keys(b.readouts).sort(), Object.keys(r.state.readouts).sort());
  assert.ok(allFinite(b.readouts));
  assert.notDeepEqual(b.readouts, r.state.readouts, "a day less of rest changes B");
  assert.ok(Math.abs(r.seeked.time_days - 3) < 1e-9);
  assert.ok(r.seeked.compare.readouts.sessions_done < b.readouts.sessions_done, "B moved back with A");
  assert.equal(r.scenario, "overtraining");
  assert.equal(r.overtraining.protocol.sessions, 7);
  assert.equal(r.cleared, null);
  assert.equal(r.after, null);

  const errors = await page.evaluate(() => errorsOf([
    () => neurogains.compare("nope"), () => neurogains.compare(42), () => neurogains.compare(""),
    () => neurogains.setB("intensity", 80), () => neurogains.compare("x".repeat(100000)),
  ]));
  errors.forEach((e, i) => {
    assert.ok(e, `compare attempt ${i} did not throw`);
    assert.ok(e.length < 400, `attempt ${i}: overlong message`);
  });
  assert.match(errors[0], /^Error: neurogains\.compare\(id\): unknown scenario/);
  assert.match(errors[1], /^TypeError: neurogains\.compare: expected a scenario id, "copy" or null$/);
  assert.match(errors[3], /^Error: neurogains\.setB: no programme B: start a comparison first$/);
  await waitForFrames(page, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test("?compare= starts B, a bad one is refused without stopping; the CSV gains b_ columns", async () => {
  const bad = await open("compare=nope");
  assert.equal(await bad.page.evaluate(() => window.neurogains.state().compare), null);
  assert.deepEqual(bad.problems, []);
  await bad.context.close();

  const { page, problems, context } = await open("scenario=balanced&compare=overtraining&speed=week",
                                                 { width: 1600, height: 900 });
  // Day 3 exactly: the CSV's last row is now.
  const state = await page.evaluate(() => {
    window.neurogains.advance(3);
    window.neurogains.seek(3);
    return window.neurogains.state();
  });
  assert.equal(state.scenario, "balanced");
  assert.equal(state.compare.scenario, "overtraining");

  const download = page.waitForEvent("download", { timeout: 30000 });
  await pressWidget(page, "lab.export");
  const lines = (await readFile(await (await download).path(), "utf8")).trim().split("\n");
  const header = lines[0].split(",");
  const names = Object.keys(state.readouts);
  assert.equal(header.length, 1 + 2 * names.length);
  assert.deepEqual(header.filter((h) => h.startsWith("b_")).map((h) => h.slice(2)).sort(), names.sort());
  const last = lines[lines.length - 1].split(",");
  assert.equal(last.length, header.length);
  assert.equal(Number(last[0]), 3);
  assert.equal(Number(last[header.indexOf("b_sessions_done")]), state.compare.readouts.sessions_done);
  assert.equal(Number(last[header.indexOf("sessions_done")]), state.readouts.sessions_done);
  assert.deepEqual(problems, []);
  await context.close();
});

test("landscape: a grid of one outcome, monotonic where the model is, while frames keep coming", async () => {
  const { page, problems, context } = await open();
  const map = await page.evaluate(() => window.neurogains.landscape({ x: "intensity", y: "recovery", metric: "strain", weeks: 3, n: 6 }));
  assert.deepEqual(Object.keys(map).sort(), ["metric", "values", "weeks", "x", "y"]);
  assert.equal(map.metric, "strain");
  assert.equal(map.weeks, 3);
  assert.equal(map.x.length, 6);
  assert.equal(map.x[0], 40);
  assert.equal(map.x[5], 95);
  assert.equal(map.y[0], 12);
  assert.equal(map.y[5], 168);
  assert.equal(map.values.length, 6, "one row per y");
  map.values.forEach((row) => assert.equal(row.length, 6, "one column per x"));
  for (let column = 0; column < 6; column++)
    for (let row = 1; row < 6; row++)
      assert.ok(map.values[row][column] <= map.values[row - 1][column], `strain falls with recovery (column ${column}, row ${row})`);
  for (let column = 1; column < 6; column++)
    assert.ok(map.values[0][column] > map.values[0][column - 1], "with 12 h of recovery strain rises with intensity");

  const again = await page.evaluate(() => window.neurogains.landscape({ x: "intensity", y: "recovery", metric: "strain", weeks: 3, n: 6 }));
  assert.deepEqual(again, map, "the same setting, the same grid (cached)");
  const sessions = await page.evaluate(() => window.neurogains.landscape({ x: "sessions", y: "sets", metric: "sessions_done", weeks: 1, n: 12 }));
  assert.deepEqual(sessions.x, [0, 1, 2, 3, 4, 5, 6, 7], "whole numbers, one column per value");
  assert.equal(sessions.y.length, 10);

  // A bigger grid fills in over several frames; the app keeps drawing meanwhile (counted in
  // frames, not timed: a slow machine only takes more of them).
  const filled = await page.evaluate(() => {
    const start = window.neurogains.frames();
    return window.neurogains.landscape({ n: 12, weeks: 12 }).then((m) => [m.values.length, window.neurogains.frames() - start]);
  });
  assert.equal(filled[0], 12);
  assert.ok(filled[1] >= 3, `the grid took ${filled[1]} frames`);
  await waitForFrames(page, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("landscape: bad names and ranges throw at once with a message", async () => {
  const { page, problems, context } = await open();
  const errors = await page.evaluate(() => errorsOf([
    () => neurogains.landscape({ x: "nope" }), () => neurogains.landscape({ x: "irisin" }),
    () => neurogains.landscape({ x: "sets", y: "sets" }), () => neurogains.landscape({ metric: "happiness" }),
    () => neurogains.landscape({ n: 1 }), () => neurogains.landscape({ n: 41 }), () => neurogains.landscape({ n: 2.5 }),
    () => neurogains.landscape({ weeks: 0 }), () => neurogains.landscape({ weeks: "12" }),
    () => neurogains.landscape({ weeks: NaN }), () => neurogains.landscape(null), () => neurogains.landscape([]),
    () => neurogains.landscape({ x: 7 }), () => neurogains.landscape({ y: "x".repeat(100000) }),
  ]));
  errors.forEach((e, i) => {
    assert.ok(e, `landscape attempt ${i} did not throw`);
    assert.ok(e.length < 400, `attempt ${i}: overlong message`);
  });
  assert.match(errors[0], /^Error: neurogains\.landscape: unknown parameter "nope" for x \(numeric parameters: intensity, recovery,/);
  assert.match(errors[1], /^Error: neurogains\.landscape: x: "irisin" is not numeric \(on\/off\)/);
  assert.match(errors[2], /x and y are both "sets"/);
  assert.match(errors[3], /unknown metric "happiness"/);
  assert.match(errors[4], /n must be a whole number 2-40, got 1$/);
  assert.match(errors[6], /n must be a whole number$/);
  assert.match(errors[7], /weeks must be 1-52, got 0$/);
  assert.match(errors[8], /weeks must be a number$/);
  assert.match(errors[10], /^TypeError: neurogains\.landscape: expected an object/);
  await waitForFrames(page, 5);
  assert.deepEqual(problems, []);
  await context.close();
});
