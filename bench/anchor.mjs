// The anchor of bench/run (issue 15, item 5): NeuroGains and Dear ImGui 1.86's own Emscripten
// example (bench/imgui_anchor, built with the same compiler and flags), measured alternately in one
// browser run on the same server, with the same instruments for both pages:
// - frames: requestAnimationFrame callbacks that issued at least one WebGL draw call, counted by a
//   script injected before the page's own (so neither page's own counter is trusted);
// - frame CPU time: ms the page's animation-frame callback took (the program's own work on the main
//   thread, WebGL calls included; less sensitive to the machine's load than fps);
// - first frame: the end of the first such callback after which the canvas holds more than one
//   colour (something drawn beyond a clear), in ms since navigation started;
// - weight: every response the page received, each compressed with gzip -9 (what a server would
//   send), summed.
// Figures are medians over alternating rounds; printed, never asserted.
import { gzipSync } from "node:zlib";
import { startServer } from "../tests/browser/harness.mjs";

// Runs in both pages before their own scripts.
function instrument() {
  const bench = (window.__bench = { frames: 0, frameMs: 0, draws: 0, firstDrawMs: null, firstFrameMs: null, gl: null });
  const proto = window.WebGL2RenderingContext && WebGL2RenderingContext.prototype;
  if (proto) {
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced", "drawRangeElements"]) {
      const original = proto[name];
      proto[name] = function () {
        bench.draws++;
        if (!bench.gl && this.canvas && this.canvas.isConnected) bench.gl = this;
        return original.apply(this, arguments);
      };
    }
  }
  // Whether the canvas holds more than one colour along two rows and two columns (at a third and
  // two thirds of its size); read right after the frame's callback, before the browser presents
  // (and may clear) the drawing buffer. Lines, not the whole canvas, to keep the readback cheap.
  function drawnSomething(gl) {
    const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
    const readBinding = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING), packBinding = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING);
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null);
    const colours = new Set();
    for (const [x, y, lw, lh] of [[0, h / 3, w, 1], [0, (2 * h) / 3, w, 1], [w / 3, 0, 1, h], [(2 * w) / 3, 0, 1, h]]) {
      const pixels = new Uint32Array(lw * lh);
      gl.readPixels(Math.floor(x), Math.floor(y), lw, lh, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(pixels.buffer));
      for (const p of pixels) colours.add(p);
    }
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, readBinding);
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBinding);
    return colours.size > 1;
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (callback) {
    return raf(function (time) {
      const before = bench.draws, start = performance.now();
      try {
        callback(time);
      } finally {
        if (bench.draws > before) {
          bench.frames++;
          bench.frameMs += performance.now() - start;
          if (bench.firstDrawMs === null) bench.firstDrawMs = performance.now();
          if (bench.firstFrameMs === null && bench.gl && drawnSomething(bench.gl)) bench.firstFrameMs = performance.now();
        }
      }
    });
  };
}

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};

// One visit: a fresh browser context (empty cache), first frame, weight, then fps after settling.
async function visit(browser, url, size, { settleSeconds, measureSeconds, neurogains }) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.dpr || 1,
    isMobile: !!size.mobile, hasTouch: !!size.mobile,
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstFrameMs !== null, null, { timeout: 120000, polling: 50 });
  const result = await page.evaluate(() => ({ firstFrameMs: window.__bench.firstFrameMs, firstDrawMs: window.__bench.firstDrawMs }));
  if (neurogains) {
    Object.assign(result, await page.evaluate(async () => {
      await window.neurogains.ready;
      const mark = (name) => (performance.getEntriesByName(name)[0] || { startTime: NaN }).startTime;
      return { ownFirstFrameMs: mark("neurogains-first-frame"), compiledMs: mark("neurogains-wasm-compiled"), mainMs: mark("neurogains-main") };
    }));
  }
  // Weight: every response body, gzip -9 each (the body as decoded by the browser).
  const files = {};
  for (const r of responses) {
    if (r.status() !== 200) continue;
    let body;
    try { body = await r.body(); } catch { continue; }
    const name = new URL(r.url()).pathname.replace(/^\//, "") || "index.html";
    files[name] = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  }
  result.files = files;
  result.gzip = Object.values(files).reduce((s, f) => s + f.gzip, 0);
  result.bytes = Object.values(files).reduce((s, f) => s + f.bytes, 0);
  await page.waitForTimeout(settleSeconds * 1000);
  Object.assign(result, await page.evaluate(async (s) => {
    const b = window.__bench, f0 = b.frames, c0 = b.frameMs, t0 = performance.now();
    await new Promise((r) => setTimeout(r, s * 1000));
    return { fps: ((b.frames - f0) * 1000) / (performance.now() - t0), cpuMs: (b.frameMs - c0) / Math.max(1, b.frames - f0) };
  }, measureSeconds));
  if (neurogains) {
    const s = await page.evaluate(() => window.neurogains.state());
    result.quality = s.quality_level;
    result.renderScale = s.render_scale === undefined ? "n/a" : s.render_scale;
  }
  result.problems = problems;
  await context.close();
  return result;
}

// out(key, value, unit) prints one line. Sizes: {name, width, height, dpr, mobile, rounds, files}.
// compare: more NeuroGains sites measured in the same rounds, {label: dir} (e.g. a build from
// before a change), each reported like NeuroGains under its label; "dir?query" gives that page its
// own URL parameters (e.g. "q3=build/web/site?quality=3").
export async function runAnchor(browser, out, { siteDir, anchorDir, query = "", sizes, settleSeconds = 10, measureSeconds = 5, compare = {} }) {
  const servers = [];
  const serve = async (dir) => { const s = await startServer(dir); servers.push(s); return s; };
  const pages = [{ name: "ng", server: await serve(siteDir), neurogains: true }, { name: "imgui", server: await serve(anchorDir) }];
  for (const [label, value] of Object.entries(compare)) {
    const [dir, own] = value.split("?");
    pages.push({ name: label, server: await serve(dir), neurogains: true, query: own });
  }
  try {
    for (const size of sizes) {
      const runs = Object.fromEntries(pages.map((pg) => [pg.name, []]));
      for (let round = 0; round < size.rounds; round++) {
        // Rotate which page goes first, so a drift in the machine's load hits every page alike.
        const order = pages.map((_, i) => pages[(i + round) % pages.length]);
        for (const pg of order) {
          const q = pg.query !== undefined ? pg.query : query;
          const url = pg.server.url + (pg.neurogains && q ? `?${q}` : "");
          const r = await visit(browser, url, size, { settleSeconds, measureSeconds, neurogains: pg.neurogains });
          runs[pg.name].push(r);
          const extra = pg.neurogains ? ` quality ${r.quality} scale ${r.renderScale}; wasm compiled ${r.compiledMs.toFixed(0)} ms, main() ${r.mainMs.toFixed(0)} ms` : "";
          console.error(`[anchor] ${size.name} round ${round + 1} ${pg.name}: ${r.fps.toFixed(1)} fps (${r.cpuMs.toFixed(1)} ms in the frame callback), first frame ${r.firstFrameMs.toFixed(0)} ms (first draw ${r.firstDrawMs.toFixed(0)}), ${r.gzip} gzip${extra}${r.problems.length ? " problems: " + r.problems.join("; ") : ""}`);
        }
      }
      const p = `anchor_${size.name}`;
      const m = (which, key) => median(runs[which].map((r) => r[key]));
      out(`${p}_rounds`, size.rounds, "rounds");
      for (const pg of pages) {
        const q = `${p}_${pg.name}`;
        out(`${q}_fps`, m(pg.name, "fps"), "fps");
        out(`${q}_frame_cpu`, m(pg.name, "cpuMs"), "ms");
        out(`${q}_first_frame`, m(pg.name, "firstFrameMs"), "ms");
        out(`${q}_gzip`, m(pg.name, "gzip"), "bytes");
        out(`${q}_bytes`, m(pg.name, "bytes"), "bytes");
        if (!pg.neurogains) continue;
        out(`${q}_own_first_frame`, m(pg.name, "ownFirstFrameMs"), "ms");
        out(`${q}_wasm_compiled`, m(pg.name, "compiledMs"), "ms");
        out(`${q}_main_started`, m(pg.name, "mainMs"), "ms");
        out(`${q}_quality`, runs[pg.name].map((r) => r.quality).join("/"), "level");
        out(`${q}_render_scale`, runs[pg.name].map((r) => r.renderScale).join(" / "), "scale");
        const r = pg.name === "ng" ? `${p}_ratio` : `${q}_ratio`;
        out(`${r}_fps`, m(pg.name, "fps") / m("imgui", "fps"), "ratio");
        out(`${r}_first_frame`, m(pg.name, "firstFrameMs") / m("imgui", "firstFrameMs"), "ratio");
        out(`${r}_gzip`, m(pg.name, "gzip") / m("imgui", "gzip"), "ratio");
      }
      if (size.files) {
        for (const pg of pages)
          for (const [name, f] of Object.entries(runs[pg.name][0].files)) out(`${p}_${pg.name}_file`, `${name} ${f.bytes} ${f.gzip}`, "bytes gzip");
      }
    }
  } finally {
    for (const s of servers) s.stop();
  }
}
