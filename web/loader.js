// Starts NeuroGains on the page: checks for WebGL2, downloads the WebAssembly with a progress
// bar, and shows a clear message when something fails. No inline scripts (the page's
// Content-Security-Policy forbids them).
(function () {
  "use strict";
  var loading = document.getElementById("loading");
  var fill = document.getElementById("loading-fill");
  var loadingText = document.getElementById("loading-text");
  var canvas = document.getElementById("canvas");
  var failed = false;
  var lastFrameTime = 0;
  var frameCount = 0;

  function progress(fraction, text) {
    fill.style.width = Math.round(Math.max(0, Math.min(1, fraction)) * 100) + "%";
    if (text) loadingText.textContent = text;
  }

  function fail(message, help) {
    if (failed) return;
    failed = true;
    // A kiosk has nobody to press "Try again": reload by itself after a pause.
    if (/(?:^|[?&])mode=kiosk(?:&|$)/.test(location.search)) setTimeout(function () { location.reload(); }, 15000);
    loading.hidden = true;
    canvas.hidden = true;
    document.getElementById("failure-text").textContent = message;
    document.getElementById("failure-help").textContent = help || "";
    document.getElementById("failure").hidden = false;
    if (window.parent !== window) window.parent.postMessage({ type: "neurogains:error", message: message }, "*");
  }
  document.getElementById("failure-reload").addEventListener("click", function () { location.reload(); });

  // Called by the program (src/app/platform_web.cpp).
  // A finger as the main pointer: controls grow to touch size (any change, e.g. a tablet's
  // keyboard case attached, reaches the program on its next frame).
  var coarse = window.matchMedia ? window.matchMedia("(pointer: coarse)") : null;

  window.NeuroGainsPage = {
    coarsePointer: function () { return !!(coarse && coarse.matches); },
    fatal: function (message) {
      fail(message, "Your browser or graphics driver may not support WebGL 2. Try an up-to-date Chrome, Edge, Firefox or Safari.");
    },
    frameDone: function (count) {
      lastFrameTime = performance.now();
      frameCount = count;
      if (count === 1) {
        performance.mark("neurogains-first-frame"); // time to first frame, for bench/run
        loading.hidden = true;
        readyResolve();
        canvas.focus();
        registerServiceWorker();
        if (window.parent !== window) window.parent.postMessage({ type: "neurogains:ready" }, "*");
      }
    },
    download: function (fileName, bytes) {
      var url = URL.createObjectURL(new Blob([bytes], { type: "text/csv" }));
      var link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    },
    share: function (query) {
      var url = location.origin + location.pathname + (query ? "?" + query : "");
      var toast = document.getElementById("toast");
      function show(text) {
        toast.textContent = text;
        toast.hidden = false;
        clearTimeout(toast.timer);
        toast.timer = setTimeout(function () { toast.hidden = true; }, 8000);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { show("Link copied: " + url); },
                                                function () { show("Copy this link: " + url); });
      } else {
        show("Copy this link: " + url);
      }
    },
    // The teacher's guide, made from docs/teaching.md by the build, beside index.html.
    openGuide: function () {
      window.open(new URL("teaching.html", location.href).href, "_blank", "noopener");
    },
    // The kiosk challenge's top 10 of the day (src/session/challenge.h): "score badge" lines under
    // today's local date; no names, nothing leaves the browser. Storage may be off (private mode).
    loadBoard: function () {
      try { return localStorage.getItem(boardKey()) || ""; } catch (e) { return ""; }
    },
    saveBoard: function (text) {
      try { localStorage.setItem(boardKey(), text); } catch (e) { /* the board lasts for this page */ }
    },
    // A language whose texts are not in the program (App::ChooseLanguage): fetched now, handed over
    // between frames.
    fetchLanguage: function (code) {
      fetchLanguagePack(code).then(function (text) { giveLanguagePack(code, text); });
    },
    contextEvent: function (lost) {
      console.warn(lost ? "NeuroGains: WebGL context lost; waiting for the browser to restore it"
                        : "NeuroGains: WebGL context restored");
    }
  };

  // The JavaScript API (docs/design.md §5). Every call goes to the program as JSON; a reply with an
  // error becomes an exception with its message. Calls before the first frame throw too.
  function boardKey() {
    var d = new Date();
    return "neurogains.challenge." + d.getFullYear() + "-" + (d.getMonth() + 1) + "-" + d.getDate();
  }

  function call(request) {
    var M = window.Module;
    if (!M || !M._ng_api || !frameCount) throw new Error("NeuroGains is still starting; wait for neurogains.ready");
    var text = M.stringToNewUTF8(JSON.stringify(request));
    var reply;
    try {
      reply = JSON.parse(M.UTF8ToString(M._ng_api(text)));
    } finally {
      M._free(text);
    }
    if (reply.error) throw new Error("neurogains." + reply.error);
    return reply;
  }
  function checkName(fn, name) {
    if (typeof name !== "string" || !name) throw new TypeError("neurogains." + fn + ": the name must be a non-empty string");
  }
  var readyResolve;
  window.neurogains = {
    ready: new Promise(function (resolve) { readyResolve = resolve; }),
    set: function (name, value) {
      checkName("set", name);
      var type = typeof value;
      if (type !== "number" && type !== "boolean" && type !== "string")
        throw new TypeError("neurogains.set: " + name + ": the value must be a number, boolean or string, not " + (value === null ? "null" : type));
      if (type === "number" && !isFinite(value)) throw new RangeError("neurogains.set: " + name + ": the value must be a finite number");
      var reply = call({ op: "set", name: name, value: value });
      if (reply.notice) console.warn("neurogains.set: " + reply.notice);
      return reply.value;
    },
    get: function (name) { checkName("get", name); return call({ op: "get", name: name }).value; },
    state: function () { return call({ op: "state" }).value; },
    scenario: function (name) { checkName("scenario", name); return call({ op: "scenario", name: name }).value; },
    advance: function (days) {
      if (typeof days !== "number" || !isFinite(days)) throw new TypeError("neurogains.advance: days must be a finite number");
      return call({ op: "advance", days: days }).value;
    },
    reset: function () { call({ op: "reset" }); },
    // Explore (issue 14): move through time, compare programme B with A, map an outcome over two
    // parameters. seek(days) throws outside 0..state().furthest_days.
    seek: function (days) {
      if (typeof days !== "number" || !isFinite(days)) throw new TypeError("neurogains.seek: days must be a finite number");
      return call({ op: "seek", days: days }).value;
    },
    compare: function (id) {
      if (id !== null && (typeof id !== "string" || !id))
        throw new TypeError("neurogains.compare: expected a scenario id, \"copy\" or null");
      return call({ op: "compare", name: id }).value;
    },
    setB: function (name, value) {
      checkName("setB", name);
      if (typeof value !== "number" && typeof value !== "boolean" && typeof value !== "string")
        throw new TypeError("neurogains.setB: " + name + ": the value must be a number, boolean or string");
      var reply = call({ op: "setB", name: name, value: value });
      if (reply.notice) console.warn("neurogains.setB: " + reply.notice);
      return reply.value;
    },
    // A promise of {x, y, values (values[row for y][column for x]), metric, weeks}. The frames fill
    // the grid in; bad names and ranges throw at once.
    landscape: function (spec) {
      if (spec === undefined) spec = {};
      if (spec === null || typeof spec !== "object" || Array.isArray(spec))
        throw new TypeError("neurogains.landscape: expected an object {x, y, metric, weeks, n}");
      var request = { op: "landscape" };
      ["x", "y", "metric", "weeks", "n"].forEach(function (key) { if (spec[key] !== undefined) request[key] = spec[key]; });
      var first = call(request);
      if (!first.pending) return Promise.resolve(first.value);
      return new Promise(function (resolve, reject) {
        function poll() {
          try {
            var reply = call(request);
            if (reply.pending) setTimeout(poll, 50);
            else resolve(reply.value);
          } catch (e) {
            reject(e);
          }
        }
        setTimeout(poll, 50);
      });
    },
    // Extras: pause(true|false), tour("start"|"next"|"previous"|"stop"), labels() for the page's
    // accessible controls in the current language.
    pause: function (paused) {
      if (typeof paused !== "boolean") throw new TypeError("neurogains.pause: expected true or false");
      call({ op: "pause", paused: paused });
    },
    tour: function (action) { checkName("tour", action); return call({ op: "tour", action: action }).value; },
    labels: function () { return call({ op: "labels" }).value; },
    // The screen-reader layer (a11y.js): describe() = the screen summary, the "now" details, the lab
    // values, the explain card, the tour caption and the activity, as texts; question(action,
    // value) = open, close, choose (value = choice), run, next, previous; challenge(action) =
    // open, close, start, again.
    describe: function () { return call({ op: "describe" }).value; },
    question: function (action, value) {
      checkName("question", action);
      return call({ op: "question", action: action, value: typeof value === "number" ? value : 0 }).value;
    },
    challenge: function (action) { checkName("challenge", action); return call({ op: "challenge", action: action }).value; },
    // Time (performance.now(), ms) of the last rendered frame: a watchdog reloads when it stops.
    alive: function () { return lastFrameTime; },
    frames: function () { return frameCount; },
    // WebAssembly heap: bytes in use and the heap's size (for soak tests).
    heap: function () { return call({ op: "heap" }).value; },
    // Where the main controls were drawn in the last frame (CSS pixels), for tests.
    widgets: function () { return call({ op: "widgets" }).value; },
    // The translated texts the panels showed in the last captured frame, as {key, text, fell_back}
    // (asks for a fresh capture, ready after the next frame). For tests.
    uiText: function () { return call({ op: "uitext" }).value; }
  };

  // Offline use after the first visit (web/sw.js.in). Not on file:// or plain-http hosts. Registered
  // after the first frame: the worker's install downloads every file again, which must not compete
  // with the first visit's own download and start.
  function registerServiceWorker() {
    if ("serviceWorker" in navigator && window.isSecureContext) {
      navigator.serviceWorker.register("sw.js").catch(function (e) { console.warn("NeuroGains: offline mode unavailable: " + e.message); });
    }
  }

  // Only whether the browser knows WebGL 2 at all: a probe context costs a context's start-up
  // (about 0.3 s on a software renderer) before the download begins. A browser that knows WebGL 2
  // but cannot create a context (a blocked driver) gets the program's own message (PlatformFatal,
  // then NeuroGainsPage.fatal above) once it has started.
  function noWebGL2() {
    fail("Your browser cannot show NeuroGains because WebGL 2 is not available.",
         "NeuroGains draws with WebGL 2. Please use an up-to-date Chrome, Edge, Firefox or Safari, and check that hardware acceleration is not switched off.");
  }
  if (!window.WebGL2RenderingContext) {
    noWebGL2();
    return;
  }

  canvas.addEventListener("contextmenu", function (e) { e.preventDefault(); });

  // Kiosk: no way out and nothing that changes the page itself — no context menu, no pinch or
  // keyboard zoom, no text selection or dragging, no swipe navigation (CSS overscroll-behavior).
  var kiosk = /(?:^|[?&])mode=kiosk(?:&|$)/.test(location.search);
  if (kiosk) {
    document.documentElement.classList.add("kiosk");
    var block = function (e) { e.preventDefault(); };
    ["contextmenu", "selectstart", "dragstart", "gesturestart", "gesturechange"].forEach(function (type) {
      document.addEventListener(type, block, { passive: false });
    });
    document.addEventListener("wheel", function (e) { if (e.ctrlKey) e.preventDefault(); }, { passive: false });
    document.addEventListener("touchmove", function (e) { if (e.touches.length > 1) e.preventDefault(); }, { passive: false });
    document.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && /^(\+|-|=|0|p|s|o|f|g|h|j|l|n|t|u)$/i.test(e.key)) e.preventDefault();
    }, true);
  }
  // Tab moves the focus between the canvas and the page's HTML layer (a11y.js) and back: SDL, which
  // listens on the window, would take it and keep the focus on the canvas.
  document.addEventListener("keydown", function (e) {
    if (e.key === "Tab" && !e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
  }, true);
  canvas.addEventListener("webglcontextlost", function (e) { e.preventDefault(); }, false);

  // The .wasm is fetched here (not by Emscripten), as soon as this script runs and while
  // neurogains.js still downloads (index.html preloads both), so the bar shows real download
  // progress and the code compiles while it streams in (WebAssembly.compileStreaming; the server
  // must send application/wasm, which scripts/serve.mjs does). Browsers without streaming
  // compilation get the whole file first.
  function fetchWasm() {
    return fetch("neurogains.wasm", { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("neurogains.wasm: HTTP " + response.status);
      // A compressed response's Content-Length counts compressed bytes: then only the amount
      // received is known, and the bar creeps towards the end.
      var total = response.headers.get("Content-Encoding") ? 0 : Number(response.headers.get("Content-Length")) || 0;
      var received = 0;
      function counted(bytes) {
        received += bytes;
        var kb = Math.round(received / 1024);
        if (total) progress(0.1 + 0.75 * received / total, "Downloading… " + kb + " of " + Math.round(total / 1024) + " KB");
        else progress(0.1 + 0.75 * (1 - Math.exp(-received / 1.5e6)), "Downloading… " + kb + " KB");
      }
      var streaming = typeof WebAssembly.compileStreaming === "function" && typeof ReadableStream === "function" &&
                      response.body && /^application\/wasm\b/.test(response.headers.get("Content-Type") || "");
      if (!streaming) return response.arrayBuffer().then(function (bytes) { counted(bytes.byteLength); return WebAssembly.compile(bytes); });
      var reader = response.body.getReader();
      var body = new ReadableStream({
        pull: function (controller) {
          return reader.read().then(function (r) {
            if (r.done) { controller.close(); return; }
            counted(r.value.length);
            controller.enqueue(r.value);
          });
        }
      });
      return WebAssembly.compileStreaming(new Response(body, { headers: { "Content-Type": "application/wasm" } }));
    });
  }
  // Languages other than English are the site's lang-<code>.json (made by the build for each of
  // these; docs/content-format.md, "Languages on the web"), fetched only when chosen. The URL's
  // language is fetched beside the .wasm and handed over before the program starts, so the first
  // frame is already in it.
  var FETCHED_LANGUAGES = ["es"];
  function fetchLanguagePack(code) {
    if (FETCHED_LANGUAGES.indexOf(code) < 0) return Promise.resolve(null);
    return fetch("lang-" + code + ".json", { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.text();
    }).catch(function (error) {
      console.warn("NeuroGains: the texts for \"" + code + "\" could not be loaded (" + error.message + ")");
      return null;
    });
  }
  function giveLanguagePack(code, text) {
    var M = window.Module;
    var codeText = M.stringToNewUTF8(code);
    var packText = text === null ? 0 : M.stringToNewUTF8(text);
    try {
      M._ng_language_pack(codeText, packText);
    } finally {
      M._free(codeText);
      if (packText) M._free(packText);
    }
  }
  var startLanguage = (/(?:^|[?&])lang=([a-z-]+)(?:&|$)/.exec(location.search) || [])[1] || "";
  var startPack = fetchLanguagePack(startLanguage);
  var startPackText = null;

  // Marks for bench/anchor.mjs: where the time before the first frame goes.
  var wasmModule = fetchWasm().then(function (module) { performance.mark("neurogains-wasm-compiled"); return module; });
  wasmModule.catch(loadFailed);
  function loadFailed(error) {
    fail("NeuroGains could not be loaded (" + (error && error.message ? error.message : error) + ").",
         "Check the network connection and try again.");
  }
  function instantiateWasm(imports, done) {
    Promise.all([wasmModule, startPack]).then(function (loaded) {
      var module = loaded[0];
      startPackText = loaded[1];
      progress(0.9, "Starting…");
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        performance.mark("neurogains-wasm-instantiated");
        done(instance, module);
      });
    }).catch(loadFailed);
    return {};
  }

  window.Module = {
    canvas: canvas,
    instantiateWasm: instantiateWasm,
    onRuntimeInitialized: function () {
      performance.mark("neurogains-main");
      if (startPackText !== null) giveLanguagePack(startLanguage, startPackText);
      startPackText = null;
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.error(text); },
    onAbort: function (what) {
      fail("NeuroGains stopped because of an internal error (" + what + ").", "Reloading the page usually helps.");
    }
  };
  window.addEventListener("error", function (e) {
    if (e.target && e.target.tagName === "SCRIPT") fail("NeuroGains could not be loaded (" + e.target.src + ").", "Check the network connection and try again.");
  }, true);

  progress(0.05, "Loading…");
  var script = document.createElement("script");
  script.src = "neurogains.js";
  document.body.appendChild(script);
})();
