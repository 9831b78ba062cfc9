/*
 * Matcha's JavaScript API, Pyodide-style: `const py = await loadMatcha({stdout, stderr, stdin})`,
 * then py.runPython(code), py.globals, py.pyimport(name), py.FS, py.setStdout(...).
 * This classic script defines globalThis.loadMatcha; matcha.mjs re-exports it as an ES module.
 * Each loadMatcha() call instantiates its own matcha.wasm: one interpreter per call.
 */
(function () {
  "use strict";
  const scriptBase = typeof document !== "undefined" && document.currentScript && document.currentScript.src
    ? new URL(".", document.currentScript.src).href : undefined;
  const PY = Symbol("matcha.pyhandle");

  /** A Python exception that reached JavaScript: message is the traceback, type the class name. */
  class PythonError extends Error {
    constructor(type, message, handle) {
      super(message);
      this.name = "PythonError";
      this.type = type;
      Object.defineProperty(this, "__matchaPy", { value: handle, enumerable: false });
    }
  }
  globalThis.PythonError = globalThis.PythonError || PythonError;

  /** A performance mark "matcha:NAME" (the startup breakdown in BENCHMARKS.md reads them). */
  function mark(name) {
    if (typeof performance !== "undefined" && performance.mark) performance.mark("matcha:" + name);
  }

  let runtimeLoading = null;
  /**
   * TeaVM's runtime script. The built matcha.js carries it in front of this code (web/pom.xml), so
   * this resolves at once; loading matcha.wasm-runtime.js beside it is the fallback for this file
   * used on its own.
   */
  function loadRuntime(indexURL) {
    if (globalThis.TeaVM && globalThis.TeaVM.wasmGC) return Promise.resolve();
    if (runtimeLoading) return runtimeLoading;
    const url = indexURL + "matcha.wasm-runtime.js";
    runtimeLoading = new Promise((resolve, reject) => {
      if (typeof document !== "undefined") {
        const s = document.createElement("script");
        s.src = url;
        s.onload = () => resolve();
        s.onerror = () => reject(new Error("cannot load " + url));
        document.head.appendChild(s);
      } else if (typeof importScripts === "function") {
        importScripts(url);
        resolve();
      } else {
        reject(new Error("no way to load " + url));
      }
    });
    return runtimeLoading;
  }

  /**
   * TeaVM.wasmGC.load(url) compiles while streaming the fetch it makes itself; it makes that fetch
   * synchronously when called, so handing it the response already on its way needs fetch to answer
   * with it just for that call.
   */
  function loadModule(url, response) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (u, o) => (u === url ? response : realFetch(u, o));
    try {
      return TeaVM.wasmGC.load(url);
    } finally {
      globalThis.fetch = realFetch;
    }
  }

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error("cannot fetch " + url + ": " + response.status);
    return new Int8Array(await response.arrayBuffer());
  }

  function bytesToLatin1(bytes) {
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    }
    return text;
  }

  function latin1ToBytes(text) {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  /** Standard stream handlers: batched(line) gets whole lines, raw(charCode) each byte, write(bytes) buffers. */
  function makeSink(options, fallback) {
    const encoder = new TextEncoder();
    let pending = "";
    let handler = options || {};
    const sink = {
      set(o) { sink.flush(); handler = o || {}; },
      write(text) {
        if (handler.write) {
          handler.write(encoder.encode(text));
        } else if (handler.raw) {
          for (const b of encoder.encode(text)) handler.raw(b);
        } else {
          pending += text;
          let nl;
          while ((nl = pending.indexOf("\n")) >= 0) {
            (handler.batched || fallback)(pending.substring(0, nl));
            pending = pending.substring(nl + 1);
          }
        }
      },
      flush() {
        if (pending.length > 0) {
          const line = pending;
          pending = "";
          (handler.batched || fallback)(line);
        }
      },
    };
    return sink;
  }

  async function loadMatcha(options) {
    options = options || {};
    let indexURL = options.indexURL || scriptBase || "./";
    if (!indexURL.endsWith("/")) indexURL += "/";
    mark("start");
    // The module and the stdlib bundle download in parallel (with TeaVM's runtime script first,
    // when it is not already in this file: the module's response is read only once the script has
    // run, so on a server that answers one request at a time the script must not queue behind it).
    const runtime = loadRuntime(indexURL);
    const wasmURL = indexURL + "matcha.wasm";
    const wasmResponse = fetch(wasmURL);
    const bundleBytes = fetchBytes(indexURL + "stdlib-core.bundle");
    const extendedIndex = fetchBytes(indexURL + "stdlib-extended.bundle");
    bundleBytes.catch(() => {});
    extendedIndex.catch(() => {});
    wasmResponse.catch(() => {});
    await runtime;
    mark("runtime-loaded");
    bundleBytes.then(() => mark("bundle-fetched"), () => {});
    const teavm = await loadModule(wasmURL, wasmResponse);
    mark("wasm-instantiated");
    const x = teavm.exports;

    const ERR = { matchaError: true };
    const DONE = { matchaDone: true };
    const stdout = makeSink(wrapOption(options.stdout), (line) => console.log(line));
    const stderr = makeSink(wrapOption(options.stderr), (line) => console.warn(line));
    let stdin = options.stdin;
    let stdinBuffer = "";
    const ids = new WeakMap();
    let nextId = 1;

    function wrapOption(o) {
      return typeof o === "function" ? { batched: o } : o;
    }

    function pythonError() {
      return new PythonError(x.apiErrorType(), x.apiErrorMessage(), x.apiErrorHandle());
    }

    function check(r) {
      if (r === ERR) throw pythonError();
      return r;
    }

    /** A JS value standing for a Python object (PyProxy); callables are callable from JS. */
    function wrapPy(h, callable) {
      const target = callable ? function () {} : {};
      return new Proxy(target, {
        get(t, prop) {
          if (prop === PY) return h;
          if (typeof prop === "symbol") {
            if (prop === Symbol.iterator) return () => iterate(h);
            if (prop === Symbol.toPrimitive) return () => x.pyStr(h);
            return undefined;
          }
          switch (prop) {
            case "toString": return () => x.pyStr(h);
            case "toJs": return () => check(x.pyToJs(h));
            case "type": return x.pyTypeName(h);
            case "get": return (k) => check(x.pyGetItem(h, k));
            case "set": return (k, v) => { check(x.pySetItem(h, k, v)); };
            case "has": return (k) => check(x.pyContains(h, k));
            case "delete": return (k) => { check(x.pyDelItem(h, k)); };
            case "length": return check(x.pyLen(h));
            case "destroy": return () => {};
            case "then": return x.pyIsAwaitable(h) ? (onFulfilled, onRejected) => drive(h).then(onFulfilled, onRejected) : undefined;
            case "call": return callable ? (thisArg, ...args) => check(x.pyCall(h, args)) : undefined;
            case "apply": return callable ? (thisArg, args) => check(x.pyCall(h, args || [])) : undefined;
          }
          return check(x.pyGetAttr(h, prop));
        },
        set(t, prop, value) {
          if (typeof prop === "symbol") return false;
          check(x.pySetAttr(h, prop, value));
          return true;
        },
        has(t, prop) {
          return typeof prop === "string" && x.pyHasAttr(h, prop);
        },
        deleteProperty(t, prop) {
          if (typeof prop === "symbol") return false;
          check(x.pyDelAttr(h, prop));
          return true;
        },
        apply(t, thisArg, args) {
          return check(x.pyCall(h, args));
        },
      });
    }

    /**
     * Runs a Python awaitable to completion on the JS event loop: each JS Promise it awaits
     * (JsProxy.__await__ yields it) is awaited here and its result sent back in; a rejection is
     * thrown in as JsException.
     */
    async function drive(h) {
      const ih = check(x.pyAwaitIter(h))[PY];
      let value;
      let error;
      let threw = false;
      while (true) {
        const r = threw ? check(x.pyThrow(ih, error)) : check(x.pySend(ih, value));
        threw = false;
        value = undefined;
        if (r === DONE) return x.apiTakeReturn();
        if (r !== null && (typeof r === "object" || typeof r === "function") && r[PY] !== undefined) {
          error = new Error("Matcha can await only JavaScript promises here (not " + r.type + "): asyncio is not supported yet");
          threw = true;
          continue;
        }
        try {
          value = await r;
        } catch (e) {
          error = e;
          threw = true;
        }
      }
    }

    function* iterate(h) {
      const it = check(x.pyIter(h));
      const ih = it[PY];
      while (true) {
        const v = check(x.pyNext(ih));
        if (v === DONE) return;
        yield v;
      }
    }

    function fail(e) {
      bridge.error = e;
      return ERR;
    }

    // The operations the Wasm side calls (WebBridge.java, WebHost.java); they never throw.
    const bridge = {
      ERR, DONE, error: undefined,
      kind(v) {
        switch (typeof v) {
          case "undefined": return 0;
          case "boolean": return 2;
          case "number": return Number.isInteger(v) && Math.abs(v) <= 9007199254740992 ? 3 : 4;
          case "string": return 5;
          case "bigint": return 6;
          case "symbol": return 10;
          case "function": return v[PY] !== undefined ? 7 : 8;
          default: return v === null ? 1 : v[PY] !== undefined ? 7 : 9;
        }
      },
      str(v) {
        try { return String(v); } catch (e) { return "<unprintable " + typeof v + ">"; }
      },
      handleOf(v) { return v[PY]; },
      wrapPy,
      get(o, k) { try { return o[k]; } catch (e) { return fail(e); } },
      set(o, k, v) { try { o[k] = v; return 1; } catch (e) { fail(e); return -1; } },
      del(o, k) { try { return delete o[k] ? 1 : 0; } catch (e) { fail(e); return -1; } },
      has(o, k) { try { return k in Object(o) ? 1 : 0; } catch (e) { fail(e); return -1; } },
      call(f, t, a) { try { return Reflect.apply(f, t, a); } catch (e) { return fail(e); } },
      construct(f, a) { try { return Reflect.construct(f, a); } catch (e) { return fail(e); } },
      instanceOf(v, c) { try { return v instanceof c ? 1 : 0; } catch (e) { fail(e); return -1; } },
      iterator(v) {
        try {
          if (v === null || v === undefined || typeof v[Symbol.iterator] !== "function") return null;
          return v[Symbol.iterator]();
        } catch (e) { return fail(e); }
      },
      identity(v) {
        if ((typeof v !== "object" || v === null) && typeof v !== "function") {
          let h = 0;
          const s = typeof v + String(v);
          for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
          return h;
        }
        let id = ids.get(v);
        if (id === undefined) { id = nextId++; ids.set(v, id); }
        return id;
      },
      keys(v) { try { return Object.keys(Object(v)); } catch (e) { return fail(e); } },
      write(fd, text) { (fd === 2 ? stderr : stdout).write(text); },
      flush() { stdout.flush(); stderr.flush(); },
      readLine() {
        while (stdinBuffer.indexOf("\n") < 0) {
          const more = stdin ? stdin() : null;
          if (more === null || more === undefined) break;
          stdinBuffer += typeof more === "string" ? more : new TextDecoder().decode(more);
          if (!stdinBuffer.endsWith("\n")) stdinBuffer += "\n";
        }
        const nl = stdinBuffer.indexOf("\n");
        const line = nl < 0 ? stdinBuffer : stdinBuffer.substring(0, nl + 1);
        stdinBuffer = stdinBuffer.substring(line.length);
        return line;
      },
    };

    // The interpreter is created while the stdlib bundle may still be downloading; the bundle is
    // added before any Python code runs (before loadMatcha resolves).
    const initFailure = x.apiInit(bridge, options.jsModule !== false);
    if (initFailure) throw new Error(initFailure);
    mark("interpreter-ready");
    // Each bundle comes in two files (WebMain.addStdlibBundleBytes): the core's code now and its
    // deflated sources when a traceback or inspect first reads one; the extended tier's index now
    // and its modules on the first import of one of them.
    const failed = x.addStdlibBundleBytes(await bundleBytes, indexURL + "stdlib-core-sources.bundle")
      || x.addStdlibBundleBytes(await extendedIndex, indexURL + "stdlib-extended-modules.bundle");
    if (failed) throw new Error("stdlib bundle: " + failed);
    mark("bundle-added");

    function fsCheck(message, path) {
      if (message) throw new Error(message + ": " + path);
    }

    const FS = {
      writeFile(path, data) {
        const bytes = typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data);
        fsCheck(x.fsWriteFile(path, bytesToLatin1(bytes)), path);
      },
      readFile(path, opts) {
        const text = x.fsReadFile(path);
        if (text === null || text === undefined) throw new Error("No such file or directory: " + path);
        const bytes = latin1ToBytes(text);
        const encoding = opts && opts.encoding;
        return encoding === "utf8" || encoding === "utf-8" ? new TextDecoder().decode(bytes) : bytes;
      },
      mkdir(path) { fsCheck(x.fsMkdir(path), path); },
      readdir(path) {
        const names = x.fsReaddir(path);
        if (names === null || names === undefined) throw pythonError();
        return [".", ".."].concat(names.split("/").filter((n) => n.length > 0));
      },
      unlink(path) { fsCheck(x.fsUnlink(path), path); },
    };

    const api = {
      version: x.version().replace(/^matcha /, ""),
      FS,
      PythonError,
      get globals() { return check(x.apiGlobals()); },
      runPython(code, opts) {
        opts = opts || {};
        const filename = opts.filename || "<exec>";
        if (opts.globals !== undefined) {
          const h = opts.globals && opts.globals[PY];
          if (h === undefined) throw new TypeError("globals must be a PyProxy of a dict");
          return check(x.apiRunIn(String(code), filename, h));
        }
        return check(x.apiRun(String(code), filename));
      },
      /**
       * Top-level await allowed (PyCF_ALLOW_TOP_LEVEL_AWAIT); the code runs as an asyncio task on
       * the JS event loop, and the Promise settles with its last expression's value.
       */
      runPythonAsync(code, opts) {
        opts = opts || {};
        const filename = opts.filename || "<exec>";
        let promise;
        try {
          if (opts.globals !== undefined) {
            const h = opts.globals && opts.globals[PY];
            if (h === undefined) throw new TypeError("globals must be a PyProxy of a dict");
            promise = check(x.apiRunAsyncIn(String(code), filename, h));
          } else {
            promise = check(x.apiRunAsync(String(code), filename));
          }
        } catch (e) {
          return Promise.reject(e);
        }
        return promise.then(undefined, (e) => {
          const h = e !== null && (typeof e === "object" || typeof e === "function") ? e[PY] : undefined;
          if (h === undefined) throw e;
          x.apiSetError(h);
          throw pythonError();
        });
      },
      pyimport(name) { return check(x.apiImport(String(name))); },
      toPy(value) { return check(x.apiToPy(value)); },
      registerJsModule(name, module) { x.apiRegisterJsModule(String(name), module); },
      unregisterJsModule(name) { x.apiUnregisterModule(String(name)); },
      setStdout(o) { stdout.set(wrapOption(o)); },
      setStderr(o) { stderr.set(wrapOption(o)); },
      setStdin(o) { stdin = o && typeof o === "object" ? o.stdin : o; },
      /** buffer: an Int32Array (on a SharedArrayBuffer); storing nonzero in [0] raises KeyboardInterrupt. */
      setInterruptBuffer(buffer) { x.apiSetInterruptBuffer(buffer); },
    };
    return api;
  }

  globalThis.loadMatcha = loadMatcha;

  // ---- worker mode ----

  /**
   * The interpreter in a Web Worker (matcha-worker.js), with the same calls made asynchronous:
   * runPython(code) returns a Promise. interrupt() stops running Python: the worker is
   * terminated and restarted (a fresh interpreter), and the pending calls reject with a
   * KeyboardInterrupt PythonError.
   */
  async function loadMatchaWorker(options) {
    options = options || {};
    let indexURL = options.indexURL || scriptBase || "./";
    if (!indexURL.endsWith("/")) indexURL += "/";
    indexURL = new URL(indexURL, typeof location !== "undefined" ? location.href : undefined).href;
    const out = options.stdout || ((line) => console.log(line));
    const err = options.stderr || ((line) => console.warn(line));
    const pending = new Map();
    let nextId = 1;
    let worker = null;
    let crashed = null; // the error that ended the worker, if it crashed: later calls fail at once
    // With cross-origin isolation, an interrupt flag and a stdin channel shared with the worker
    const shared = typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated === true;
    let interruptBuffer = null;
    let stdinControl = null;
    let stdinData = null;

    function call(cmd, args) {
      if (crashed) return Promise.reject(crashed);
      const entry = {};
      entry.promise = new Promise((resolve, reject) => {
        entry.resolve = resolve;
        entry.reject = reject;
      });
      const id = nextId++;
      pending.set(id, entry);
      worker.postMessage({ id, cmd, args });
      return entry.promise;
    }

    function start() {
      crashed = null;
      worker = new Worker(indexURL + "matcha-worker.js");
      // an error nothing in the worker caught (it failed to load, or crashed): pending calls fail
      worker.onerror = (event) => {
        const error = new Error("the Python worker crashed: " + (event.message || "unknown error"));
        crashed = error;
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      };
      worker.onmessage = (event) => {
        const m = event.data;
        if (m.stdinRequest) {
          answerStdin();
          return;
        }
        if (m.stream) {
          (m.stream === "stderr" ? err : out)(m.line);
          return;
        }
        if (m.message !== undefined) {
          // posted by Python code in the worker: js.postMessage(js.JSON.parse('{"message": ...}'))
          if (options.onMessage) options.onMessage(m.message);
          return;
        }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.error) p.reject(new PythonError(m.error.type, m.error.message));
        else p.resolve(m.value);
      };
      if (shared) {
        interruptBuffer = new Int32Array(new SharedArrayBuffer(4));
        stdinControl = new Int32Array(new SharedArrayBuffer(8));
        stdinData = new Uint8Array(new SharedArrayBuffer(1 << 16));
      }
      return call("init", { indexURL, jsModule: options.jsModule, interruptBuffer, stdinControl, stdinData });
    }

    /** The worker blocks in Atomics.wait until the page's stdin handler (which may return a Promise) has answered. */
    function answerStdin() {
      let text = null;
      try { text = options.stdin ? options.stdin() : null; } catch (e) { console.error(e); }
      if (text && typeof text.then === "function") {
        text.then(writeStdin, (e) => { console.error(e); writeStdin(null); });
      } else {
        writeStdin(text);
      }
    }

    function writeStdin(text) {
      if (text === null || text === undefined) {
        stdinControl[1] = -1;
      } else {
        const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
        const n = Math.min(bytes.length, stdinData.length);
        stdinData.set(bytes.subarray(0, n));
        stdinControl[1] = n;
      }
      Atomics.store(stdinControl, 0, 1);
      Atomics.notify(stdinControl, 0);
    }

    function restart() {
      worker.terminate();
      const message = "KeyboardInterrupt: the Python worker was stopped and restarted"
        + " (its state is lost)\n";
      for (const p of pending.values()) p.reject(new PythonError("KeyboardInterrupt", message));
      pending.clear();
      return start();
    }

    const version = await start();
    const api = {
      version,
      runPython(code, opts) {
        return call("run", { code: String(code), filename: (opts && opts.filename) || "<exec>" });
      },
      runPythonAsync(code, opts) {
        return call("runAsync", { code: String(code), filename: (opts && opts.filename) || "<exec>" });
      },
      FS: {
        writeFile(path, data) { return call("writeFile", { path, data }); },
        readFile(path, opts) { return call("readFile", { path, options: opts }); },
      },
      /** True when interrupts keep the interpreter (SharedArrayBuffer), false when they restart it. */
      sharedInterrupts: shared,
      async interrupt() {
        if (interruptBuffer !== null && pending.size > 0) {
          Atomics.store(interruptBuffer, 0, 2); // SIGINT, as Pyodide's interrupt buffer
          const settled = Promise.allSettled(Array.from(pending.values(), (p) => p.promise));
          const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), 2000));
          if (await Promise.race([settled, timeout]) !== "timeout") return;
        }
        await restart();
      },
      terminate() {
        worker.terminate();
      },
    };
    return api;
  }

  globalThis.loadMatchaWorker = loadMatchaWorker;

  // ---- <script type="text/python"> ----

  /** Removes the indentation common to all non-blank lines (inline scripts are usually indented). */
  function dedent(code) {
    const lines = code.replace(/\r\n/g, "\n").split("\n");
    let indent = null;
    for (const line of lines) {
      if (line.trim() === "") continue;
      const n = line.match(/^[ \t]*/)[0].length;
      indent = indent === null ? n : Math.min(indent, n);
    }
    return lines.map((l) => l.substring(Math.min(indent || 0, l.match(/^[ \t]*/)[0].length))).join("\n");
  }

  function showError(script, text) {
    console.error(text);
    const box = document.createElement("pre");
    box.className = "matcha-error";
    box.style.cssText = "color:#8b0000;background:#fff0f0;border:1px solid #d66;border-radius:4px;"
      + "padding:8px;margin:8px 0;white-space:pre-wrap;font:13px monospace;";
    box.textContent = text;
    script.parentNode.insertBefore(box, script.nextSibling);
  }

  /**
   * Runs every <script type="text/python"> (inline or src=) in document order in one namespace.
   * Output goes to the element named by the tag's output attribute, else to the console; errors
   * show as a traceback box after the tag.
   */
  async function runScriptTags() {
    const scripts = Array.from(document.querySelectorAll('script[type="text/python"], script[type="text/x-python"]'));
    if (scripts.length === 0) return null;
    const sources = scripts.map((s) => s.src
      ? fetch(s.src).then((r) => { if (!r.ok) throw new Error("cannot fetch " + s.src + ": " + r.status); return r.text(); })
      : Promise.resolve(dedent(s.textContent)));
    sources.forEach((p) => p.catch(() => {}));
    let output = null;
    const emit = (line, isErr) => {
      if (output) output.textContent += line + "\n";
      else if (isErr) console.error(line);
      else console.log(line);
    };
    const py = await loadMatcha({ stdout: (l) => emit(l, false), stderr: (l) => emit(l, true) });
    globalThis.matcha = py;
    for (let i = 0; i < scripts.length; i++) {
      const s = scripts[i];
      const outId = s.getAttribute("output");
      output = outId ? document.getElementById(outId) : null;
      try {
        const code = await sources[i];
        if (i === 0) mark("first-script");
        const filename = s.src || "<script " + (i + 1) + ">";
        if (s.hasAttribute("async")) {
          // top-level await allowed; the next tag runs once this one has finished
          await py.runPythonAsync(code, { filename });
        } else {
          py.runPython(code, { filename });
        }
      } catch (e) {
        showError(s, e && e.message ? e.message : String(e));
      }
      output = null;
    }
    document.dispatchEvent(new Event("matcha:done"));
    return py;
  }

  if (typeof document !== "undefined" && document.currentScript) {
    globalThis.matchaScripts = new Promise((resolve) => {
      const start = () => runScriptTags().then(resolve, (e) => { console.error(e); resolve(null); });
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
      else setTimeout(start, 0);
    });
  }
})();
