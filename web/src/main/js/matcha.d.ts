// Type declarations for Matcha's JavaScript API (matcha.mjs / matcha.js).

/** A Python object seen from JavaScript. Attribute access reads Python attributes. */
export interface PyProxy {
  /** The Python type name, e.g. "dict". */
  readonly type: string;
  /** len(obj), or undefined when the object has no length. */
  readonly length: number | undefined;
  toString(): string;
  /** Deep conversion: list/tuple to Array, dict to Map, bytes to Uint8Array. */
  toJs(): any;
  /** obj[key]; undefined on KeyError or IndexError. */
  get(key: any): any;
  set(key: any, value: any): void;
  has(key: any): boolean;
  delete(key: any): void;
  /** No-op: proxies are garbage collected. */
  destroy(): void;
  [Symbol.iterator](): Iterator<any>;
  [name: string]: any;
}

/** A callable Python object (function, class, bound method) seen from JavaScript. */
export interface PyCallable extends PyProxy {
  (...args: any[]): any;
}

/** A Python exception that reached JavaScript. */
export declare class PythonError extends Error {
  /** The exception class name, e.g. "ZeroDivisionError". */
  readonly type: string;
  /** The formatted Python traceback. */
  readonly message: string;
}

export type StreamHandler =
  | ((line: string) => void)
  | { batched: (line: string) => void }
  | { raw: (charCode: number) => void }
  | { write: (bytes: Uint8Array) => number | void };

export interface LoadOptions {
  /** Where matcha.wasm, matcha.wasm-runtime.js and the stdlib bundles (stdlib-*.bundle) are; default: beside the script. */
  indexURL?: string;
  stdout?: StreamHandler;
  stderr?: StreamHandler;
  /** Called when Python reads input: returns text (one or more lines), or null/undefined at end of input. */
  stdin?: () => string | Uint8Array | null | undefined;
  /** false: `import js` raises ImportError (the page exposes only what it registers). */
  jsModule?: boolean;
  /** Worker mode: receives `message` of each `{message}` object Python posts with `js.postMessage`. */
  onMessage?: (message: any) => void;
}

export interface MatchaFS {
  writeFile(path: string, data: string | Uint8Array): void;
  readFile(path: string): Uint8Array;
  readFile(path: string, opts: { encoding: "utf8" | "utf-8" }): string;
  mkdir(path: string): void;
  readdir(path: string): string[];
  unlink(path: string): void;
}

export interface Matcha {
  readonly version: string;
  /** The __main__ module's namespace. */
  readonly globals: PyProxy;
  readonly FS: MatchaFS;
  readonly PythonError: typeof PythonError;
  /** Runs code; returns the value of a final expression (None is undefined). */
  runPython(code: string, options?: { globals?: PyProxy; filename?: string }): any;
  /** Top-level await allowed; runs as an asyncio task on the JS event loop. */
  runPythonAsync(code: string, options?: { globals?: PyProxy; filename?: string }): Promise<any>;
  pyimport(name: string): PyProxy;
  /** Converts a JS value (deeply for Arrays and plain objects) to Python. */
  toPy(value: any): any;
  registerJsModule(name: string, module: object): void;
  unregisterJsModule(name: string): void;
  setStdout(handler?: StreamHandler): void;
  setStderr(handler?: StreamHandler): void;
  setStdin(handler?: { stdin: () => string | null | undefined } | (() => string | null | undefined)): void;
  /** An Int32Array (on a SharedArrayBuffer): storing nonzero in [0] raises KeyboardInterrupt in running Python. */
  setInterruptBuffer(buffer: Int32Array): void;
}

/** The interpreter in a Web Worker: the same calls, asynchronous. */
export interface MatchaWorker {
  readonly version: string;
  /** True on cross-origin-isolated pages: interrupt() keeps the interpreter's state. */
  readonly sharedInterrupts: boolean;
  /** Resolves with the last expression's value (primitives; other objects as their str()); a coroutine there is awaited first. */
  runPython(code: string, options?: { filename?: string }): Promise<any>;
  runPythonAsync(code: string, options?: { filename?: string }): Promise<any>;
  readonly FS: {
    writeFile(path: string, data: string | Uint8Array): Promise<void>;
    readFile(path: string, opts?: { encoding: "utf8" | "utf-8" }): Promise<Uint8Array | string>;
  };
  /** Raises KeyboardInterrupt in running Python (SharedArrayBuffer), else restarts the worker. */
  interrupt(): Promise<void>;
  terminate(): void;
}

export declare function loadMatcha(options?: LoadOptions): Promise<Matcha>;
/** stdin here is called on the page when Python in the worker reads input (needs cross-origin isolation); it may return a Promise. */
export declare function loadMatchaWorker(options?: LoadOptions): Promise<MatchaWorker>;
export default loadMatcha;

declare global {
  function loadMatcha(options?: LoadOptions): Promise<Matcha>;
  function loadMatchaWorker(options?: LoadOptions): Promise<MatchaWorker>;
}
