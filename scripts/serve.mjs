// A small static file server for the built web site (build/web/site), with the right MIME type
// for WebAssembly, gzip, and the page's security headers.
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--quiet] DIR
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
let port = 8080, host = "127.0.0.1", quiet = false, dir = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--port") port = Number(args[++i]);
  else if (args[i] === "--host") host = args[++i];
  else if (args[i] === "--quiet") quiet = true;
  else dir = args[i];
}
if (!dir || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] DIR");
  process.exit(2);
}
const root = resolve(dir);

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".webmanifest": "application/manifest+json", ".ico": "image/x-icon",
};
// Same origin only; no inline scripts; WebAssembly compiled from our own .wasm.
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'";

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
    let body = await readFile(file);
    const headers = {
      "Content-Type": types[extname(file)] || "application/octet-stream",
      "Cache-Control": "no-cache",
      "Content-Security-Policy": contentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
    };
    if (/\bgzip\b/.test(req.headers["accept-encoding"] || "") && body.length > 1024 && !/\.png$/.test(file)) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (error) {
    const status = error.code === "ENOENT" || error.code === "ENOTDIR" ? 404 : 500;
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(status === 404 ? "Not found\n" : "Server error\n");
  }
});
server.on("error", (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
  if (!quiet) console.log(`NeuroGains is running at http://${shown}:${server.address().port}/  (Ctrl+C stops it)`);
  if (process.send) process.send({ port: server.address().port });
});
