// Every screen users have, in every mode: nothing off-screen, no control over another, no station
// title over another or over a control, touch targets of at least 44 px on touch screens, the
// scene's share of the screen, and the legend never over the station a tour step explains
// (docs/layout.md). Read from neurogains.widgets() and state().layout; a screenshot of each
// combination goes to test-results/ to be looked at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openApp, resultsDir, sharedBrowser, waitForFrames } from "./harness.mjs";

const shared = sharedBrowser();

const kScreens = [
  { name: "phone-small", width: 360, height: 640, touch: true, dpr: 2 },
  { name: "phone", width: 390, height: 844, touch: true, dpr: 2 },
  { name: "phone-landscape", width: 844, height: 390, touch: true, dpr: 2 },
  { name: "tablet", width: 820, height: 1180, touch: true, dpr: 1 },
  { name: "tablet-landscape", width: 1180, height: 820, touch: true, dpr: 1 },
  { name: "laptop", width: 1366, height: 768 },
  { name: "projector-4x3", width: 1024, height: 768 },
  { name: "projector-720p", width: 1280, height: 720 },
  { name: "full-hd", width: 1920, height: 1080 },
  { name: "kiosk-portrait", width: 1080, height: 1920, touch: true },
];
// The share of the screen the scene must keep with each mode's default panels.
const kSceneShare = { student: 0.5, presenter: 0.6, kiosk: 0.5 };
const kTouchTarget = 44;

async function openScreen(screen, query) {
  const context = await shared.browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: screen.dpr || 1,
    hasTouch: !!screen.touch,
    isMobile: !!screen.touch && screen.width < 900,
    reducedMotion: "reduce", // camera moves cut: each frame shows where a view ends
  });
  const app = await openApp(shared.browser, shared.server, query, { context });
  await app.page.evaluate(() => window.neurogains.ready);
  await waitForFrames(app.page, 12);
  return app;
}

function overlapArea(a, b) {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

// Everything the layout promises, checked on what the last frame drew.
// minShare: the scene's least share of the screen (default: the mode's, with its default panels).
async function checkLayout(page, screen, mode, minShare = kSceneShare[mode]) {
  const widgets = await page.evaluate(() => window.neurogains.widgets());
  const state = await page.evaluate(() => window.neurogains.state());
  const layout = state.layout;
  const where = `${screen.name} ${screen.width}x${screen.height} ${mode}`;
  const inside = (r) => r[0] >= -0.5 && r[1] >= -0.5 && r[0] + r[2] <= screen.width + 0.5 && r[1] + r[3] <= screen.height + 0.5;
  const names = Object.keys(widgets);
  assert.ok(names.length > 0, `${where}: no controls drawn`);
  for (const name of names) {
    const r = widgets[name];
    assert.ok(inside(r), `${where}: "${name}" leaves the screen at [${r.map(Math.round)}]`);
    // Panels scroll vertically only: a control cut at the side is one its panel had no room for.
    // (A table row spans all its columns and is drawn clipped to each: not a cut.)
    const tableRow = name.startsWith("lab.row.") || name.startsWith("lab.report.");
    assert.ok(tableRow || r[2] >= r[4] - 0.5, `${where}: "${name}" is cut at the side (${Math.round(r[2])} of ${Math.round(r[4])} px show)`);
    if (screen.touch) {
      const [fullWidth, fullHeight] = [r[4], r[5]];
      assert.ok(fullWidth >= kTouchTarget - 0.5 && fullHeight >= kTouchTarget - 0.5,
                `${where}: "${name}" is ${Math.round(fullWidth)}x${Math.round(fullHeight)} px, under ${kTouchTarget} px for a finger`);
    }
  }
  // Rows of one list (ImGui selectables) share the gap between them: that is not an overlap.
  const sameList = (a, b) => a.startsWith("lab.row.") && b.startsWith("lab.row.");
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++)
      if (!sameList(names[i], names[j]))
        assert.ok(overlapArea(widgets[names[i]], widgets[names[j]]) <= 1,
                  `${where}: "${names[i]}" and "${names[j]}" overlap`);
  assert.equal(layout.touch, !!screen.touch, `${where}: the app sees the pointer as ${layout.touch ? "coarse" : "fine"}`);
  const share = (layout.scene[2] * layout.scene[3]) / (screen.width * screen.height);
  assert.ok(share >= minShare, `${where}: the scene gets ${(share * 100).toFixed(0)} % of the screen`);
  assert.equal(layout.portrait, screen.height > screen.width, `${where}: composition`);
  // The overview shows every station, so every title (a focus view shows its own and neighbours).
  if (state.view === "overview")
    assert.equal(layout.labels.length, layout.stations.length,
                 `${where}: ${layout.labels.length} of ${layout.stations.length} station titles drawn`);
  layout.labels.forEach((label, i) => {
    assert.ok(inside(label), `${where}: station title ${i + 1} leaves the screen`);
    layout.labels.slice(i + 1).forEach((other, k) =>
      assert.ok(overlapArea(label, other) <= 1, `${where}: station titles ${i + 1} and ${i + k + 2} overlap`));
    for (const name of names)
      assert.ok(overlapArea(label, widgets[name]) <= 1, `${where}: station title ${i + 1} covers "${name}"`);
  });
  if (layout.legend) {
    assert.ok(inside(layout.legend), `${where}: the legend leaves the screen`);
    for (const name of names.filter((n) => !n.startsWith("scene.legend")))
      assert.ok(overlapArea(layout.legend, widgets[name]) <= 1, `${where}: the legend covers "${name}"`);
  }
  return { widgets, state };
}

for (const mode of ["student", "presenter", "kiosk"]) {
  for (const screen of kScreens) {
    test(`layout: ${mode} on ${screen.name} (${screen.width}x${screen.height}${screen.touch ? ", touch" : ""})`, async () => {
      const { page, problems, context } = await openScreen(screen, `mode=${mode}`);
      try {
        await page.screenshot({ path: join(resultsDir, `layout-${mode}-${screen.name}.png`) });
        await checkLayout(page, screen, mode);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}

// Through every tour step in presenter mode: the scene keeps its share, nothing overlaps, and the
// legend (collapsed to its key unless opened) is never over the station the step explains.
for (const screen of [kScreens[7], kScreens[6], kScreens[1]]) {
  test(`layout: the tour in presenter mode on ${screen.name}: every step keeps the focused station clear`, async () => {
    const { page, problems, context } = await openScreen(screen, "mode=presenter&tour=1");
    try {
      const steps = await page.evaluate(() => window.neurogains.state().tour_step);
      assert.equal(steps, 1);
      for (let step = 1; ; step++) {
        await waitForFrames(page, 6);
        await page.screenshot({ path: join(resultsDir, `layout-tour-${screen.name}-${step}.png`) });
        const { state } = await checkLayout(page, screen, screen.width < 900 ? "student" : "presenter");
        assert.equal(state.tour_step, step);
        const focused = ["muscle", "blood", "barrier", "hippocampus"].indexOf(state.view);
        if (state.layout.legend && focused >= 0)
          assert.ok(overlapArea(state.layout.legend, state.layout.stations[focused]) <= 1,
                    `step ${step}: the legend covers the ${state.view}`);
        await page.evaluate(() => window.neurogains.tour("next"));
        await waitForFrames(page, 3);
        if ((await page.evaluate(() => window.neurogains.state().tour_step)) === 0) break;
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

// Turning a phone re-composes the page live: no reload, the world turns with it.
test("layout: a phone turned to landscape and back re-composes without a reload", async () => {
  const portrait = kScreens[1];
  const landscape = { ...portrait, name: "phone turned", width: portrait.height, height: portrait.width };
  const { page, problems, context } = await openScreen(portrait, "");
  try {
    await checkLayout(page, portrait, "student");
    const loads = await page.evaluate(() => performance.getEntriesByType("navigation").length);
    await page.setViewportSize({ width: landscape.width, height: landscape.height });
    await waitForFrames(page, 10);
    const turned = await checkLayout(page, landscape, "student");
    assert.equal(turned.state.layout.portrait, false);
    await page.screenshot({ path: join(resultsDir, "layout-phone-turned.png") });
    await page.setViewportSize({ width: portrait.width, height: portrait.height });
    await waitForFrames(page, 10);
    const back = await checkLayout(page, portrait, "student");
    assert.equal(back.state.layout.portrait, true);
    assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation").length), loads);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// On a touch screen one finger pans the scene and two fingers zoom it (touch events as a phone's
// browser sends them).
test("layout: on a phone one finger pans the scene and two fingers zoom it", async () => {
  const { page, problems, context } = await openScreen(kScreens[1], "");
  try {
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", {
      type, touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
    const camera = async () => (await page.evaluate(() => window.neurogains.state())).layout.camera;
    const before = await camera();
    // One finger drags down across the scene's middle (no control there).
    await touch("touchStart", [[200, 300]]);
    for (let y = 310; y <= 400; y += 10) { await touch("touchMove", [[200, y]]); await waitForFrames(page, 1); }
    await touch("touchEnd", []);
    await waitForFrames(page, 3);
    const panned = await camera();
    assert.ok(Math.hypot(panned.center[0] - before.center[0], panned.center[1] - before.center[1]) > 1,
              `one finger: the view moved from ${before.center} to ${panned.center}`);
    // Two fingers spread apart.
    await touch("touchStart", [[180, 380], [210, 420]]);
    for (let d = 10; d <= 90; d += 10) {
      await touch("touchMove", [[180 - d, 380 - d], [210 + d, 420 + d]]);
      await waitForFrames(page, 1);
    }
    await touch("touchEnd", []);
    await waitForFrames(page, 3);
    const zoomed = await camera();
    assert.ok(zoomed.scale > panned.scale * 1.3, `two fingers: scale ${panned.scale} -> ${zoomed.scale}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// A finger's tap on a control drawn in the last frame, then the frames that carry it out.
async function tapWidget(page, name) {
  await waitForFrames(page, 2);
  const widgets = await page.evaluate(() => window.neurogains.widgets());
  assert.ok(widgets[name], `"${name}" is drawn (drawn: ${Object.keys(widgets).join(", ")})`);
  const [x, y, width, height] = widgets[name];
  await page.touchscreen.tap(x + width / 2, y + height / 2);
  await waitForFrames(page, 4);
}

// On a phone the dock opens one panel at a time in the sheet, each laid out like the rest, and
// the menu holds what the top bar has no room for.
test("layout: on a phone the dock opens one sheet at a time and the menu fits", async () => {
  const phone = kScreens[1];
  const { page, problems, context } = await openScreen(phone, "");
  try {
    const sheet = async () => (await page.evaluate(() => window.neurogains.state())).layout.sheet;
    assert.equal(await sheet(), "none");
    for (const [button, expected] of [["dock.training", "training"], ["dock.lab", "lab"], ["dock.explain", "explain"]]) {
      await tapWidget(page, button);
      assert.equal(await sheet(), expected, `after ${button}`);
      await page.screenshot({ path: join(resultsDir, `layout-phone-sheet-${expected}.png`) });
      await checkLayout(page, phone, "student", 0.38); // a panel the student opened: the scene still shows
    }
    await tapWidget(page, "dock.explain"); // the open panel's button closes it
    assert.equal(await sheet(), "none");
    await tapWidget(page, "bar.menu");
    const widgets = await page.evaluate(() => window.neurogains.widgets());
    await page.screenshot({ path: join(resultsDir, "layout-phone-menu.png") });
    for (const name of ["menu.reset_all", "menu.tour", "menu.landscape", "menu.preferences"]) {
      const r = widgets[name];
      assert.ok(r, `the menu shows "${name}"`);
      assert.ok(r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= phone.width && r[1] + r[3] <= phone.height, `"${name}" fits`);
      assert.ok(r[4] >= kTouchTarget - 0.5 && r[5] >= kTouchTarget - 0.5, `"${name}" is finger-sized`);
    }
    assert.equal(widgets["menu.shortcuts"], undefined, "no keyboard sheet on a touch screen");
    await tapWidget(page, "menu.tour");
    assert.equal((await page.evaluate(() => window.neurogains.state())).tour_step, 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
