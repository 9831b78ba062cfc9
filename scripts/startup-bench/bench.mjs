// Time from navigation to the first line printed by print("hi"), Matcha against Pyodide and
// MicroPython, interleaved cold loads (a fresh browser context each, responses no-store), in
// headless Chromium. Usage: node bench.mjs ROUNDS MATCHA_DIR PEERS_DIR (see ../bench-startup).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";

const [rounds, matchaDir, peersDir] = [Number(process.argv[2] || 5), process.argv[3], process.argv[4]];
const require = createRequire(path.join(peersDir, "package.json"));
const { chromium } = require("playwright-core");
const here = path.dirname(new URL(import.meta.url).pathname);
// MATCHA_BEFORE=DIR adds a second Matcha build (e.g. main's web/target/wasm copied aside) as the
// runtime "matcha-before", loaded interleaved with the others: before/after in one run.
const before = process.env.MATCHA_BEFORE;
const mounts = {
  ...(before ? { "/matcha-before/": before } : {}),
  "/matcha/": matchaDir,
  "/pyodide/": path.join(peersDir, "node_modules/pyodide"),
  "/micropython/": path.join(peersDir, "node_modules/@micropython/micropython-webassembly-pyscript"),
  "/": here,
};
const sent = new Map(); // runtime -> {raw, gzip} of the files one load fetched

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (before && url.pathname === "/matcha-before.html") {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(fs.readFileSync(path.join(here, "matcha.html"), "utf8").replaceAll("/matcha/", "/matcha-before/"));
    return;
  }
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = path.join(dir, url.pathname.substring(prefix.length));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) break;
    const body = fs.readFileSync(file);
    const type = file.endsWith(".wasm") ? "application/wasm" : /\.m?js$/.test(file) ? "text/javascript"
      : file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".json") ? "application/json"
      : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" });
    res.end(body);
    const runtime = req.headers.referer ? new URL(req.headers.referer).pathname.replace(/^\/|\.html$/g, "") : null;
    if (runtime && prefix !== "/") {
      const s = sent.get(runtime) || new Map();
      s.set(file, body);
      sent.set(runtime, s);
    }
    return;
  }
  res.writeHead(404);
  res.end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
// MATCHA_NO_PEERS=1 leaves Pyodide and MicroPython out (a quicker before/after run).
const peers = process.env.MATCHA_NO_PEERS ? [] : ["micropython", "pyodide"];
const runtimes = [...(before ? ["matcha-before"] : []), "matcha", ...peers];
const times = Object.fromEntries(runtimes.map((r) => [r, []]));
const marks = Object.fromEntries(runtimes.map((r) => [r, []]));
for (let i = 0; i < rounds; i++) {
  for (const r of runtimes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/${r}.html`);
    await page.waitForFunction(() => window.firstPrint !== null, null, { timeout: 120000 });
    times[r].push(await page.evaluate(() => window.firstPrint));
    if (r.startsWith("matcha")) {
      marks[r].push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark")
        .map((m) => [m.name.replace("matcha:", ""), m.startTime]))));
    }
    await context.close();
  }
}
await browser.close();
server.close();

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`first print of print("hi"), median of ${rounds} cold loads (ms), and the bytes each load fetched`
  + " (the files as served; gzip and brotli sizes computed here)");
for (const r of runtimes) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const body of (sent.get(r) || new Map()).values()) {
    raw += body.length;
    gz += zlib.gzipSync(body, { level: 9 }).length;
    br += zlib.brotliCompressSync(body).length;
  }
  console.log(`${r.padEnd(12)} median ${median(times[r]).toFixed(0).padStart(6)} ms   runs ${times[r].map((t) => t.toFixed(0)).join(", ")}`
    + `   download ${raw} B raw, ${gz} B gzip -9, ${br} B brotli`);
}
for (const r of runtimes.filter((r) => r.startsWith("matcha"))) {
  const names = [...new Set(marks[r].flatMap((m) => Object.keys(m)))];
  console.log(`${r} phases (median ms since navigation): `
    + names.map((n) => `${n} ${median(marks[r].map((m) => m[n] ?? NaN)).toFixed(0)}`).join(", "));
}
