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
    loading.hidden = true;
    canvas.hidden = true;
    document.getElementById("failure-text").textContent = message;
    document.getElementById("failure-help").textContent = help || "";
    document.getElementById("failure").hidden = false;
    if (window.parent !== window) window.parent.postMessage({ type: "neurogains:error", message: message }, "*");
  }
  document.getElementById("failure-reload").addEventListener("click", function () { location.reload(); });

  // Called by the program (src/app/platform_web.cpp).
  window.NeuroGainsPage = {
    fatal: function (message) {
      fail(message, "Your browser or graphics driver may not support WebGL 2. Try an up-to-date Chrome, Edge, Firefox or Safari.");
    },
    frameDone: function (count) {
      lastFrameTime = performance.now();
      frameCount = count;
      if (count === 1) {
        loading.hidden = true;
        canvas.focus();
        if (window.parent !== window) window.parent.postMessage({ type: "neurogains:ready" }, "*");
      }
    },
    contextEvent: function (lost) {
      console.warn(lost ? "NeuroGains: WebGL context lost; waiting for the browser to restore it"
                        : "NeuroGains: WebGL context restored");
    }
  };

  window.neurogains = window.neurogains || {};
  // Time (performance.now(), ms) of the last rendered frame: a watchdog reloads when it stops.
  window.neurogains.alive = function () { return lastFrameTime; };
  window.neurogains.frames = function () { return frameCount; };

  function hasWebGL2() {
    try {
      var probe = document.createElement("canvas");
      return !!(window.WebGL2RenderingContext && probe.getContext("webgl2"));
    } catch (e) {
      return false;
    }
  }
  if (!hasWebGL2()) {
    fail("Your browser cannot show NeuroGains because WebGL 2 is not available.",
         "NeuroGains draws with WebGL 2. Please use an up-to-date Chrome, Edge, Firefox or Safari, and check that hardware acceleration is not switched off.");
    return;
  }

  canvas.addEventListener("contextmenu", function (e) { e.preventDefault(); });
  canvas.addEventListener("webglcontextlost", function (e) { e.preventDefault(); }, false);

  // The .wasm is fetched here (not by Emscripten) so the bar can show real download progress.
  function instantiateWasm(imports, done) {
    fetch("neurogains.wasm", { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("neurogains.wasm: HTTP " + response.status);
      // A compressed response's Content-Length counts compressed bytes: then only the amount
      // received is known, and the bar creeps towards the end.
      var total = response.headers.get("Content-Encoding") ? 0 : Number(response.headers.get("Content-Length")) || 0;
      if (!response.body) return response.arrayBuffer();
      var reader = response.body.getReader();
      var chunks = [], received = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var bytes = new Uint8Array(received), at = 0;
            chunks.forEach(function (c) { bytes.set(c, at); at += c.length; });
            return bytes.buffer;
          }
          chunks.push(r.value);
          received += r.value.length;
          var kb = Math.round(received / 1024);
          if (total) progress(0.1 + 0.75 * received / total, "Downloading… " + kb + " of " + Math.round(total / 1024) + " KB");
          else progress(0.1 + 0.75 * (1 - Math.exp(-received / 1.5e6)), "Downloading… " + kb + " KB");
          return pump();
        });
      }
      return pump();
    }).then(function (bytes) {
      progress(0.9, "Starting…");
      return WebAssembly.instantiate(bytes, imports);
    }).then(function (result) {
      done(result.instance, result.module);
    }).catch(function (error) {
      fail("NeuroGains could not be loaded (" + (error && error.message ? error.message : error) + ").",
           "Check the network connection and try again.");
    });
    return {};
  }

  window.Module = {
    canvas: canvas,
    instantiateWasm: instantiateWasm,
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
