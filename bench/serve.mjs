// A tiny static server that serves a build as a production host would: every text file (and the
// wasm) compressed once with brotli at start-up and sent with `Content-Encoding: br`, the right
// content types, hashed files cacheable for a year, everything else revalidated. Used for the
// throttled loads and for Lighthouse (bench/phone.mjs, bench/lighthouse.mjs).
//
//   const server = await startBrotliServer(dir);   // { origin, url, stop() }
//   node bench/serve.mjs DIR [PORT]                 // serve DIR by hand, for a look
import http from "node:http";
import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { TYPES } from "../tests/e2e/harness.mjs";
import { brotli, listFiles } from "./files.mjs";

// Already compressed: sent as they are.
const STORED = new Set([".png"]);
// Trunk's hashed file names (`map-4f058d0cfae5b019.css`): their content never changes.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/** Reads and compresses every file of `dir` once: path → { type, body, br, cache }. */
function prepare(dir) {
  const files = new Map();
  for (const { path, rel } of listFiles(dir)) {
    const ext = extname(path);
    const raw = readFileSync(path);
    const br = STORED.has(ext) ? null : brotli(raw);
    files.set("/" + rel, {
      type: TYPES[ext] || "application/octet-stream",
      raw,
      br,
      cache: HASHED.test(rel) ? "public, max-age=31536000, immutable" : "no-cache",
    });
  }
  return files;
}

/** `onRequest(path)` is told of every request, for experiments. */
export async function startBrotliServer(dir, { port = 0, onRequest = () => {} } = {}) {
  const files = prepare(resolve(dir));
  const stats = { brotli: 0, identity: 0 };
  const server = http.createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    onRequest(path);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const headers = { "content-type": file.type, "cache-control": file.cache, vary: "accept-encoding" };
    const acceptsBr = /\bbr\b/.test(req.headers["accept-encoding"] || "");
    stats[acceptsBr ? "brotli" : "identity"]++;
    const body = file.br && acceptsBr ? file.br : file.raw;
    if (body === file.br) headers["content-encoding"] = "br";
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/`,
    /** Requests that accepted brotli and requests that did not, since the start. */
    stats,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/serve.mjs DIR [PORT]");
    process.exit(2);
  }
  const s = await startBrotliServer(dir, { port: Number(port || 0) });
  console.log(`serving ${dir} (brotli) at ${s.url}; Ctrl-C stops`);
}
