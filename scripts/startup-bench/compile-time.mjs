// V8's own time for Wasm modules, side by side: WebAssembly.compile of each module's bytes in
// headless Chromium (already downloaded, so no network in the figure), interleaved, a fresh
// browser context each time. With lazy compilation (Chromium's default) that is decoding and
// validating the module; with EAGER=1 (--no-wasm-lazy-compilation) Liftoff compiles every function,
// i.e. what the first calls of start-up pay piece by piece.
// Usage: node scripts/startup-bench/compile-time.mjs ROUNDS A.wasm B.wasm ...   (needs playwright-core:
// NODE_PATH=<scripts/bench-startup's cache>/node_modules)
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const rounds = Number(process.argv[2]);
const files = process.argv.slice(3);
const cache = process.env.MATCHA_BENCH_CACHE
  || path.join(process.env.XDG_CACHE_HOME || path.join(process.env.HOME, ".cache"), "matcha-bench");
const require = createRequire(path.join(cache, "startup-peers", "package.json"));
const { chromium } = require("playwright-core");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", ...(process.env.EAGER ? ["--js-flags=--no-wasm-lazy-compilation"] : [])],
});
const times = files.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < files.length; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route("http://bench.test/**", (route) => {
      const u = new URL(route.request().url());
      if (u.pathname === "/") return route.fulfill({ contentType: "text/html", body: "<!doctype html>" });
      return route.fulfill({ contentType: "application/wasm", body: fs.readFileSync(files[Number(u.pathname.slice(1))]) });
    });
    await page.goto("http://bench.test/");
    times[i].push(await page.evaluate(async (n) => {
      const bytes = await (await fetch("/" + n)).arrayBuffer();
      const t0 = performance.now();
      await WebAssembly.compile(bytes, { builtins: ["js-string"] });
      return performance.now() - t0;
    }, i));
    await context.close();
  }
}
await browser.close();
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
files.forEach((f, i) => console.log(`${f}: ${fs.statSync(f).size} B, WebAssembly.compile median ${median(times[i]).toFixed(0)} ms`
  + ` (${times[i].map((t) => t.toFixed(0)).join(", ")})${process.env.EAGER ? " eager" : " lazy"}`));
