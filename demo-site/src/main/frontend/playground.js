// The Matcha playground: editor, Run/Stop, streamed output, REPL, examples, turtle, sharing.
// Programs run in a Web Worker (loadMatchaWorker); examples marked `# playground: page` run in an
// interpreter on the page itself (loadMatcha), so that their `js.document` is the page's DOM.
import { loadMatcha, loadMatchaWorker } from "./matcha.mjs";
import { createEditor } from "./editor.js";
import { TurtleCanvas } from "./turtle-canvas.js";
import { codeFromLocation, compressCode } from "./share.js";

const $ = (id) => document.getElementById(id);
const STORAGE_KEY = "matcha.playground.code";
const THEME_KEY = "matcha.playground.theme";
const PAGE_MODE = /^#\s*playground:\s*page\b/m;
const PYTHON_FILES = ["playground.py", "turtle.py"];
const HOME = "/home/matcha/";

const state = {
  worker: null,       // the MatchaWorker
  page: null,         // the page-side Matcha, loaded on first use
  pythonFiles: null,  // [name, text] of our Python modules
  running: false,
  stdinResolve: null,
  history: [],
  historyIndex: 0,
  replMore: false,
};
window.playground = state;

// ---- Wasm GC support: a module with one GC struct type validates only where Wasm GC exists ----
function hasWasmGc() {
  try {
    return WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 0x5f, 1, 0x7f, 0]));
  } catch (e) {
    return false;
  }
}

function fatal(message, restartable) {
  $("fatal-message").textContent = message;
  $("restart").hidden = !restartable;
  $("fatal").hidden = false;
  setStatus("");
}

function setStatus(text) {
  $("status").textContent = text;
}

// ---- output pane ----
function appendOutput(text, kind) {
  const out = $("output");
  const span = document.createElement("span");
  span.className = kind;
  if (kind === "stderr") {
    // traceback lines of the program: `File "main.py", line N` links move the editor cursor
    const re = /(File "main\.py", )(line (\d+))/g;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      span.append(text.substring(last, m.index) + m[1]);
      const a = document.createElement("a");
      a.href = "#";
      a.className = "line-link";
      a.textContent = m[2];
      a.dataset.line = m[3];
      span.append(a);
      last = m.index + m[0].length;
    }
    span.append(text.substring(last));
  } else {
    span.textContent = text;
  }
  out.append(span);
  out.scrollTop = out.scrollHeight;
}

$("output").addEventListener("click", (e) => {
  const a = e.target.closest("a.line-link");
  if (!a) return;
  e.preventDefault();
  editor.gotoLine(Number(a.dataset.line));
});

let streamTarget = "output";
function streamLine(line, kind) {
  if (streamTarget === "repl") appendRepl(line + "\n", kind);
  else appendOutput(line + "\n", kind);
}

// ---- input(): an inline field under the output, answered asynchronously ----
function askStdin() {
  const form = $("stdin-form");
  form.hidden = false;
  $("stdin-input").value = "";
  $("stdin-input").focus();
  return new Promise((resolve) => { state.stdinResolve = resolve; });
}

$("stdin-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const value = $("stdin-input").value;
  $("stdin-form").hidden = true;
  appendOutput(value + "\n", "stdin");
  const resolve = state.stdinResolve;
  state.stdinResolve = null;
  if (resolve) resolve(value + "\n");
});

// ---- the interpreters ----
async function pythonFiles() {
  if (!state.pythonFiles) {
    state.pythonFiles = await Promise.all(PYTHON_FILES.map(async (name) => {
      const r = await fetch("python/" + name);
      if (!r.ok) throw new Error("cannot fetch python/" + name + ": " + r.status);
      return [name, await r.text()];
    }));
  }
  return state.pythonFiles;
}

const workerHandlers = {
  stdout: (line) => streamLine(line, "stdout"),
  stderr: (line) => streamLine(line, "stderr"),
  stdin: askStdin,
  onMessage: onPythonMessage,
};

/** The worker index.html started before this bundle loaded (used once), else a new one. */
function takeWorker() {
  const early = window.earlyWorker;
  window.earlyWorker = null;
  if (early && window.playgroundHooks) {
    Object.assign(window.playgroundHooks, workerHandlers);
    return [early.started, early.promise];
  }
  return [performance.now(), loadMatchaWorker(workerHandlers)];
}

async function startWorker() {
  setStatus("Starting Python…");
  $("fatal").hidden = true;
  const [t0, loading] = takeWorker();
  try {
    const files = pythonFiles();
    const worker = await loading;
    const loaded = performance.now();
    for (const [name, text] of await files) await worker.FS.writeFile(HOME + name, text);
    await worker.runPython("import playground");
    state.timings = { navigationToStart: t0, loadWorker: loaded - t0, setup: performance.now() - loaded };
    state.worker = worker;
    state.startMs = performance.now() - t0;
    window.matchaReadyMs = performance.now();
    setStatus(`Python ${worker.version} ready in ${Math.round(state.startMs)} ms`
      + (worker.sharedInterrupts ? "" : " (no cross-origin isolation: Stop restarts the interpreter)"));
    setRunning(false);
    document.body.dataset.ready = "true";
  } catch (e) {
    fatal("Python failed to start: " + (e && e.message ? e.message : e), true);
  }
}

async function pageInterpreter() {
  if (!state.page) {
    const py = await loadMatcha({
      stdout: (line) => streamLine(line, "stdout"),
      stderr: (line) => streamLine(line, "stderr"),
      stdin: () => window.prompt("input()") ?? null,
    });
    for (const [name, text] of await pythonFiles()) py.FS.writeFile(HOME + name, text);
    window.playgroundMessage = (text) => onPythonMessage(JSON.parse(text).message);
    py.runPython("import playground");
    state.page = py;
  }
  return state.page;
}

function onPythonMessage(message) {
  if (message && message.turtle) {
    showVisual("canvas");
    turtle.push(message.turtle);
  }
}

// ---- running ----
function setRunning(on) {
  state.running = on;
  $("run").disabled = on || !state.worker;
  $("stop").disabled = !on;
  document.body.dataset.running = String(on);
}

function showVisual(which) {
  $("visual").hidden = which === null;
  $("turtle-canvas").hidden = which !== "canvas";
  $("dom-panel").hidden = which !== "dom";
}

async function run() {
  if (state.running || !state.worker) return;
  const code = editor.getCode();
  selectTab("output");
  $("output").textContent = "";
  $("stdin-form").hidden = true;
  turtle.reset();
  $("dom-panel").textContent = "";
  const onPage = PAGE_MODE.test(code);
  showVisual(onPage ? "dom" : null);
  streamTarget = "output";
  setRunning(true);
  document.body.dataset.done = "false";
  const t0 = performance.now();
  let failure = null;
  try {
    if (onPage) {
      const py = await pageInterpreter();
      py.FS.writeFile(HOME + "main.py", code);
      py.runPython("import playground\nplayground.fresh_main()");
      try {
        let value = py.runPython(code, { filename: "main.py" });
        if (value && typeof value.then === "function") await value;
      } finally {
        py.runPython("import playground\nplayground.after_run()");
      }
    } else {
      const w = state.worker;
      await w.FS.writeFile(HOME + "main.py", code);
      await w.runPython("import playground\nplayground.fresh_main()");
      try {
        await w.runPython(code, { filename: "main.py" });
      } finally {
        await w.runPython("import playground\nplayground.after_run()").catch(() => {});
      }
    }
  } catch (e) {
    failure = e;
  }
  const ms = performance.now() - t0;
  if (failure) {
    // a Python exception carries a traceback; anything else (a Wasm trap, a lost worker) is a crash
    const python = failure.name === "PythonError" && /^(Traceback \(most recent call last\):|  File ")/m.test(failure.message);
    if (python) appendOutput(failure.message.replace(/\n?$/, "\n"), "stderr");
    else fatal("The Python worker failed: " + (failure.message || failure), true);
  }
  $("run-time").textContent = `Ran in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
    + (onPage ? " on the page" : " in the worker")
    + ` · interpreter started in ${Math.round(state.startMs)} ms`;
  $("stdin-form").hidden = true;
  setRunning(false);
  document.body.dataset.done = "true";
}

async function stop() {
  if (!state.running || !state.worker) return;
  if (state.stdinResolve) {
    const resolve = state.stdinResolve;
    state.stdinResolve = null;
    resolve(null);
  }
  await state.worker.interrupt();
  if (!state.worker.sharedInterrupts) {
    // the worker was restarted: a fresh interpreter needs our modules again
    for (const [name, text] of await pythonFiles()) await state.worker.FS.writeFile(HOME + name, text);
    await state.worker.runPython("import playground");
  }
}

// ---- REPL tab ----
function appendRepl(text, kind) {
  const log = $("repl-log");
  const span = document.createElement("span");
  span.className = kind;
  span.textContent = text;
  log.append(span);
  log.scrollTop = log.scrollHeight;
}

/** A REPL error's traceback without the frames of the page's call and of playground.py's Console. */
function consoleTraceback(text) {
  const kept = [];
  let skipping = false;
  for (const line of text.replace(/\n$/, "").split("\n")) {
    if (line.startsWith("  File ")) skipping = /^ {2}File "(<exec>|[^"]*playground\.py)"/.test(line);
    else if (!line.startsWith("    ")) skipping = false;
    if (!skipping) kept.push(line);
  }
  // like CPython's REPL, a SyntaxError has no "Traceback" header when no frame is left
  if (kept[0] === "Traceback (most recent call last):" && !/^ {2}File ".*", line \d+, in /.test(kept[1] || "")) kept.shift();
  return kept.join("\n") + "\n";
}

// entries are handled one after the other, in the order they were typed
let replQueue = Promise.resolve();
let replPending = 0;
function replEnter(line) {
  replPending++;
  document.body.dataset.replIdle = "false";
  replQueue = replQueue.then(() => replPush(line)).finally(() => {
    document.body.dataset.replIdle = String(--replPending === 0);
  });
  return replQueue;
}

async function replPush(line) {
  if (!state.worker) return;
  appendRepl((state.replMore ? "... " : ">>> ") + line + "\n", "input");
  if (line.trim() !== "") state.history.push(line);
  state.historyIndex = state.history.length;
  const previous = streamTarget;
  streamTarget = "repl";
  try {
    state.replMore = await state.worker.runPython("playground.console.push(" + JSON.stringify(line) + ")") === true;
  } catch (e) {
    appendRepl(e.name === "PythonError" ? consoleTraceback(e.message) : e.message + "\n", "stderr");
    state.replMore = false;
  }
  streamTarget = previous;
  $("repl-prompt").textContent = state.replMore ? "..." : ">>>";
}

$("repl-input").addEventListener("keydown", (e) => {
  const input = e.target;
  if (e.key === "Enter") {
    e.preventDefault();
    const line = input.value;
    input.value = "";
    replEnter(line);
  } else if (e.key === "ArrowUp" && state.historyIndex > 0) {
    e.preventDefault();
    input.value = state.history[--state.historyIndex];
  } else if (e.key === "ArrowDown") {
    e.preventDefault();
    state.historyIndex = Math.min(state.history.length, state.historyIndex + 1);
    input.value = state.history[state.historyIndex] ?? "";
  }
});

// ---- tabs, theme, examples, sharing ----
function selectTab(name) {
  for (const tab of document.querySelectorAll("[data-tab]")) {
    const on = tab.dataset.tab === name;
    tab.setAttribute("aria-selected", String(on));
    $("panel-" + tab.dataset.tab).hidden = !on;
  }
  if (name === "repl") $("repl-input").focus();
}
for (const tab of document.querySelectorAll("[data-tab]")) {
  tab.addEventListener("click", () => selectTab(tab.dataset.tab));
}

function setTheme(dark) {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  editor.setDark(dark);
  localStorage.setItem(THEME_KEY, dark ? "dark" : "light");
}
$("theme").addEventListener("click", () => setTheme(document.documentElement.dataset.theme !== "dark"));

async function loadExample(name) {
  const r = await fetch("examples/" + encodeURIComponent(name) + ".py");
  if (!r.ok) throw new Error("no example named " + name);
  editor.setCode(await r.text());
}

async function fillExamples() {
  const list = await (await fetch("examples/index.json")).json();
  const select = $("examples");
  for (const { name, title } of list) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = title;
    select.append(option);
  }
  select.addEventListener("change", async () => {
    if (!select.value) return;
    await loadExample(select.value);
    history.replaceState(null, "", "?example=" + encodeURIComponent(select.value));
    select.value = "";
  });
}

$("share").addEventListener("click", async () => {
  const url = location.origin + location.pathname + "#code=" + await compressCode(editor.getCode());
  history.replaceState(null, "", url);
  $("share-url").value = url;
  $("share-box").hidden = false;
  $("share-url").select();
  try { await navigator.clipboard.writeText(url); $("share-note").textContent = "Link copied."; } catch (e) {
    $("share-note").textContent = "Copy the link:";
  }
});

let saveTimer = 0;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => localStorage.setItem(STORAGE_KEY, editor.getCode()), 200);
}

async function initialCode() {
  const linked = await codeFromLocation(location);
  if (linked !== null) return linked;
  const example = new URLSearchParams(location.search).get("example");
  const name = example || (localStorage.getItem(STORAGE_KEY) === null ? "basics" : null);
  if (name) {
    const r = await fetch("examples/" + encodeURIComponent(name) + ".py");
    if (r.ok) return r.text();
    return `# There is no example named ${JSON.stringify(name)}.\n`;
  }
  return localStorage.getItem(STORAGE_KEY);
}

// ---- start ----
const turtle = new TurtleCanvas($("turtle-canvas"), () => { document.body.dataset.turtleIdle = "true"; });
const origPush = turtle.push.bind(turtle);
turtle.push = (commands) => { document.body.dataset.turtleIdle = "false"; origPush(commands); };
state.turtle = turtle;

const dark = (localStorage.getItem(THEME_KEY)
  || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark";
document.documentElement.dataset.theme = dark ? "dark" : "light";
const editor = createEditor($("editor"), { doc: "", dark, onRun: run, onChange: saveSoon });
state.editor = editor;
window.matchaEditorMs = performance.now();
document.body.dataset.editor = "true";

$("run").addEventListener("click", run);
$("stop").addEventListener("click", stop);
$("restart").addEventListener("click", () => {
  if (state.worker) state.worker.terminate();
  state.worker = null;
  document.body.dataset.ready = "false";
  setRunning(false);
  startWorker();
});
$("clear").addEventListener("click", () => { $("output").textContent = ""; });

if (!hasWasmGc()) {
  fatal("This browser cannot run Matcha: it lacks WebAssembly GC. Matcha works in Chrome or Edge 119+,"
    + " Firefox 120+ and Safari 18.2+.", false);
  document.body.dataset.nogc = "true";
} else {
  setRunning(false);
  startWorker();
  initialCode().then((code) => {
    editor.setCode(code ?? "");
    document.body.dataset.code = "true";
  });
  fillExamples();
}
