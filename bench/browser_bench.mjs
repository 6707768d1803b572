// Browser figures for bench/run: frames per second at 1280x720 with the scene on and with
// ?scene=0 (and their ratio, measured in one run), time to first frame, page weight (bytes and
// gzip bytes of everything served), and the WebAssembly heap after warm-up and after two soaks.
// With NG_BENCH_ANCHOR_DIR (the built bench/imgui_anchor site), first the anchor: NeuroGains
// against Dear ImGui's own Emscripten example, alternately (bench/anchor.mjs); NG_BENCH_ONLY=anchor
// stops after it. Prints "key<TAB>value<TAB>unit" lines; asserts nothing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runAnchor } from "./anchor.mjs";
import { launchBrowser, measureFps, openApp, siteDir, startServer, waitForFrames } from "../tests/browser/harness.mjs";

const soakYears = Number(process.env.NG_SOAK_YEARS || 10);
const fuzzSeconds = Number(process.env.NG_BENCH_FUZZ_SECONDS || 0);
const out = (key, value, unit) => console.log(`${key}\t${typeof value === "number" ? +value.toFixed(2) : value}\t${unit}`);
const anchorDir = process.env.NG_BENCH_ANCHOR_DIR;
const anchorOnly = process.env.NG_BENCH_ONLY === "anchor";

if (anchorDir) {
  const rounds = Number(process.env.NG_ANCHOR_ROUNDS || 3);
  const browser = await launchBrowser();
  try {
    await runAnchor(browser, out, {
      siteDir, anchorDir, query: process.env.NG_ANCHOR_QUERY || "",
      // NG_ANCHOR_COMPARE="before=build/site-before": more NeuroGains builds in the same rounds
      compare: Object.fromEntries((process.env.NG_ANCHOR_COMPARE || "").split(",").filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])),
      settleSeconds: Number(process.env.NG_ANCHOR_SETTLE_SECONDS || 10),
      measureSeconds: Number(process.env.NG_ANCHOR_MEASURE_SECONDS || 5),
      sizes: [
        { name: "1280x720", width: 1280, height: 720, rounds, files: true },
        { name: "phone", width: 390, height: 844, dpr: 2, mobile: true, rounds: 1 },
        { name: "1920x1080", width: 1920, height: 1080, rounds: 1 },
      ].filter((s) => !process.env.NG_ANCHOR_SIZES || process.env.NG_ANCHOR_SIZES.split(",").includes(s.name)),
    });
  } finally {
    await browser.close();
  }
  if (anchorOnly) process.exit(0);
}

let bytes = 0, gzipBytes = 0;
for (const name of readdirSync(siteDir)) {
  const file = join(siteDir, name);
  if (!statSync(file).isFile() || name.startsWith(".")) continue;
  const data = readFileSync(file);
  bytes += data.length;
  gzipBytes += gzipSync(data, { level: 9 }).length;
}
out("page_weight", bytes, "bytes");
out("page_weight_gzip", gzipBytes, "bytes");

const server = await startServer();
const browser = await launchBrowser();
try {
  // Time to first frame: navigation start to the first rendered frame.
  const first = await openApp(browser, server, "");
  const firstFrameMs = await first.page.evaluate(async () => {
    await window.neurogains.ready;
    return performance.getEntriesByName("neurogains-first-frame")[0].startTime; // ms since navigation
  });
  out("first_frame", firstFrameMs, "ms");
  await first.context.close();

  // Scene on vs off, one after the other in this run, same page size and settings, measured once
  // the quality governor has settled (it tries a level up after a few fast seconds).
  const fps = {};
  for (const [name, query] of [["scene_on", "speed=hour"], ["scene_off", "speed=hour&scene=0"], ["scene_on_again", "speed=hour"]]) {
    const app = await openApp(browser, server, query, { width: 1280, height: 720 });
    await app.page.evaluate(() => window.neurogains.ready);
    await waitForFrames(app.page, 60);
    await app.page.waitForTimeout(8000);
    fps[name] = await measureFps(app.page, 5);
    out(`fps_${name}`, fps[name], "fps");
    out(`quality_${name}`, await app.page.evaluate(() => window.neurogains.state().quality_level), "level");
    await app.context.close();
  }
  out("fps_ratio_scene_on_to_off", (fps.scene_on + fps.scene_on_again) / 2 / fps.scene_off, "ratio");

  // Heap after warm-up and after a soak of simulated years and attract cycles.
  const soak = await openApp(browser, server, "mode=kiosk&idle=5&speed=week");
  await soak.page.evaluate(() => window.neurogains.ready);
  await soak.page.evaluate(() => window.neurogains.advance(30));
  await waitForFrames(soak.page, 60);
  out("wasm_heap_after_warmup", await soak.page.evaluate(() => window.neurogains.heap().used_bytes), "bytes");
  // Twice the soak: the lab keeps ten years of daily rows for its CSV, so the heap grows during
  // the first ten years and must stay flat after them.
  for (const phase of ["soak", "second_soak"]) {
    for (let year = 0; year < soakYears; year++) await soak.page.evaluate(() => window.neurogains.advance(365));
    await waitForFrames(soak.page, 60);
    const s = await soak.page.evaluate(() => window.neurogains.state());
    out(`wasm_heap_after_${phase}`, await soak.page.evaluate(() => window.neurogains.heap().used_bytes), "bytes");
    out(`${phase}_simulated_years`, s.time_days / 365, "years");
  }
  await soak.context.close();

  if (fuzzSeconds > 0) {
    const fuzz = await openApp(browser, server, "fuzz=1&seed=11&speed=day");
    await fuzz.page.evaluate(() => window.neurogains.ready);
    const f0 = await fuzz.page.evaluate(() => window.neurogains.frames());
    await fuzz.page.waitForTimeout(fuzzSeconds * 1000);
    const f1 = await fuzz.page.evaluate(() => window.neurogains.frames());
    const finite = await fuzz.page.evaluate(() => Object.values(window.neurogains.state().readouts).every(Number.isFinite));
    out("fuzz_seconds", fuzzSeconds, "s");
    out("fuzz_frames", f1 - f0, "frames");
    out("fuzz_problems", fuzz.problems.length + (finite ? 0 : 1), "count");
    await fuzz.context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
