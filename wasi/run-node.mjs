// Runs matcha under Node's built-in WASI (node:wasi), with the arguments of `wasmtime run`:
//   node wasi/run-node.mjs [--dir=HOST[::GUEST]]... [--env=NAME=VALUE]... MODULE.wasm [ARGS]
// Node 20's V8 knows only the legacy exception instructions, so give it target/matcha-legacy-eh.wasm
// (the same module before wasm-opt's exnref rewrite; see build-wasm.sh).
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const preopens = {};
const env = {};
while (args.length && args[0].startsWith('--')) {
  const [name, ...rest] = args.shift().split('=');
  const value = rest.join('=');
  if (name === '--dir') {
    const [host, guest] = value.split('::');
    preopens[guest || host] = host;
  } else if (name === '--env') {
    const eq = value.indexOf('=');
    env[eq < 0 ? value : value.slice(0, eq)] = eq < 0 ? (process.env[value] ?? '') : value.slice(eq + 1);
  } else {
    console.error(`run-node.mjs: unknown option ${name}`);
    process.exit(2);
  }
}
const wasi = new WASI({ version: 'preview1', args: [basename(args[0]), ...args.slice(1)], env, preopens, returnOnExit: false });
const module = await WebAssembly.compile(await readFile(args[0]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
// returnOnExit: false: proc_exit ends the process (Node 20 crashed unwinding this module with true)
process.exit(wasi.start(instance));
