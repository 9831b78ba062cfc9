/*
 * The worker side of loadMatchaWorker() (matcha.js): one interpreter in a Web Worker, driven by
 * messages {id, cmd, args}; answers {id, value} or {id, error: {type, message}}, and streams
 * {stream: "stdout" | "stderr", line}. Long-running Python never blocks the page. Python code may
 * post its own messages with js.postMessage({message: ...}): the page's onMessage option gets them.
 */
importScripts("matcha.js");

let py = null;

/** Results cross by structured clone: primitives as they are, Python objects as their str(). */
function cloneable(v) {
  if (v === null || v === undefined) return v;
  const t = typeof v;
  if (t === "number" || t === "string" || t === "boolean" || t === "bigint") return v;
  return String(v);
}

/** input() in the worker: ask the page, then block until it has written the answer. */
function readStdin(control, data) {
  Atomics.store(control, 0, 0);
  self.postMessage({ stdinRequest: true });
  Atomics.wait(control, 0, 0);
  const n = control[1];
  return n < 0 ? null : new TextDecoder().decode(data.slice(0, n));
}

self.onmessage = async (event) => {
  const { id, cmd, args } = event.data;
  try {
    let value;
    switch (cmd) {
      case "init":
        py = await loadMatcha({
          indexURL: args.indexURL,
          jsModule: args.jsModule,
          stdout: (line) => self.postMessage({ stream: "stdout", line }),
          stderr: (line) => self.postMessage({ stream: "stderr", line }),
          stdin: args.stdinControl ? () => readStdin(args.stdinControl, args.stdinData) : undefined,
        });
        if (args.interruptBuffer) py.setInterruptBuffer(args.interruptBuffer);
        value = py.version;
        break;
      case "run":
        value = py.runPython(args.code, { filename: args.filename });
        // a coroutine left as the last expression runs to completion on the worker's event loop
        if (value && typeof value.then === "function") value = await value;
        value = cloneable(value);
        break;
      case "runAsync":
        value = cloneable(await py.runPythonAsync(args.code, { filename: args.filename }));
        break;
      case "writeFile":
        py.FS.writeFile(args.path, args.data);
        break;
      case "readFile":
        value = py.FS.readFile(args.path, args.options);
        break;
      default:
        throw new Error("unknown command " + cmd);
    }
    self.postMessage({ id, value });
  } catch (e) {
    self.postMessage({ id, error: { type: e.type || e.name || "Error", message: e.message || String(e) } });
  }
};
