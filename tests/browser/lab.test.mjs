// The Lab panel in the browser, pressed at the real positions of its buttons (neurogains.widgets()):
// the CSV export downloads neurogains-lab.csv with a "day" column plus every readout of state(),
// one row per simulated day, all finite; tabs and time windows switch; a blood test opens its lab
// report; texts come from the translation tables; and nothing is logged as an error.
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { openApp, pressWidget, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

async function open(query) {
  // Wide enough that the lab panel opens by itself (narrower windows open it with the Lab button).
  const app = await openApp(shared.browser, shared.server, query, { width: 1600, height: 900 });
  await app.page.evaluate(() => window.neurogains.ready);
  await waitForFrames(app.page, 2);
  return app;
}

test("CSV export downloads every readout, one row per simulated day", async () => {
  const { page, problems, context } = await open("scenario=balanced&speed=week");
  await waitForFrames(page, 60);
  // Paused at the next midnight, 20 days on: the last daily row is the state now.
  await page.evaluate(() => window.neurogains.pause(true));
  const start = (await page.evaluate(() => window.neurogains.state())).time_days;
  await page.evaluate((days) => window.neurogains.advance(days), Math.ceil(start) - start + 20);
  const state = await page.evaluate(() => window.neurogains.state());
  assert.ok(Math.abs(state.time_days - Math.round(state.time_days)) < 1e-9, `midnight: day ${state.time_days}`);

  const download = page.waitForEvent("download", { timeout: 30000 });
  await pressWidget(page, "lab.export");
  const file = await download;
  assert.equal(file.suggestedFilename(), "neurogains-lab.csv");
  const lines = (await readFile(await file.path(), "utf8")).trim().split("\n");

  const header = lines[0].split(",");
  assert.equal(header[0], "day");
  assert.deepEqual([...header.slice(1)].sort(), Object.keys(state.readouts).sort(), "the same names as state()");
  assert.equal(new Set(header).size, header.length, "no column twice");
  const rows = lines.slice(1).map((line) => line.split(","));
  assert.equal(rows.length, Math.round(state.time_days) + 1, `one row per day 0..${state.time_days}`);
  rows.forEach((row, day) => {
    assert.equal(row.length, header.length, `row ${day}: ${row.length} fields`);
    assert.equal(Number(row[0]), day);
    for (const cell of row) assert.ok(cell !== "" && Number.isFinite(Number(cell)), `row ${day}: "${cell}"`);
  });
  // The last row holds the values state() reports now (6 significant digits in the file).
  const last = rows[rows.length - 1];
  header.slice(1).forEach((name, i) => {
    const want = state.readouts[name], got = Number(last[i + 1]);
    assert.ok(Math.abs(got - want) <= 1e-5 * Math.abs(want) + 1e-6, `${name}: ${got} in the file, ${want} in state()`);
  });

  await waitForFrames(page, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("tabs and time windows switch what the table and the plot show", async () => {
  const { page, problems, context } = await open("scenario=overtraining&speed=week");
  await page.evaluate(() => window.neurogains.advance(30));
  const rows = async () => Object.keys(await page.evaluate(() => window.neurogains.widgets())).filter((k) => k.startsWith("lab.row."));
  assert.ok((await rows()).includes("lab.row.serum_bdnf_ng_ml"), "the Blood tab first");
  for (const [tab, row] of [["lab.tab.brain", "lab.row.new_neurons_per_day"], ["lab.tab.body", "lab.row.strain"],
                            ["lab.tab.mind", "lab.row.cognitive_index_z"], ["lab.tab.blood", "lab.row.cortisol_nmol_l"]]) {
    await pressWidget(page, tab);
    assert.ok((await rows()).includes(row), `${tab} shows ${row}`);
  }
  for (const window of ["lab.window.days", "lab.window.all", "lab.window.weeks"]) await pressWidget(page, window);
  await pressWidget(page, "lab.row.cortisol_nmol_l");
  const state = await page.evaluate(() => window.neurogains.state());
  assert.ok(Object.values(state.readouts).every((v) => Number.isFinite(v)));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a blood test opens the lab report, in Spanish from the translation table", async () => {
  const { page, problems, context } = await open("scenario=balanced&speed=week&lang=es");
  await waitForFrames(page, 30);
  await pressWidget(page, "lab.blood_test");
  await pressWidget(page, "lab.blood_test");
  const widgets = await page.evaluate(() => window.neurogains.widgets());
  for (const name of ["lab.report.back", "lab.report.serum_bdnf_ng_ml", "lab.report.total_igf1_ng_ml"])
    assert.ok(widgets[name], `the report shows "${name}"`);

  await writeFile(join(resultsDir, "web-lab-report.png"), await page.screenshot());

  await page.evaluate(() => window.neurogains.uiText()); // asks for a capture of the next frame
  await waitForFrames(page, 2);
  const texts = await page.evaluate(() => window.neurogains.uiText());
  const lab = texts.filter((t) => t.key.startsWith("lab."));
  assert.ok(lab.some((t) => t.key === "lab.report.why"), "the report says why one test is not enough");
  assert.ok(lab.some((t) => t.key === "lab.report.average"), "the average of the tests so far");
  assert.deepEqual(lab.filter((t) => t.fell_back || t.text === t.key).map((t) => t.key), [], "untranslated lab texts");

  await pressWidget(page, "lab.report.back"); // back to the readout table
  assert.ok((await page.evaluate(() => window.neurogains.widgets()))["lab.row.serum_bdnf_ng_ml"]);
  assert.deepEqual(problems, []);
  await context.close();
});
