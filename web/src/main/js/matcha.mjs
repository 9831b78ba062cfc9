// Matcha's JS API as an ES module: `import { loadMatcha } from "./matcha.mjs"`.
// The implementation is the classic script matcha.js (which defines globalThis.loadMatcha).
import "./matcha.js";

const base = new URL(".", import.meta.url).href;

export function loadMatcha(options) {
  return globalThis.loadMatcha(Object.assign({ indexURL: base }, options || {}));
}

export function loadMatchaWorker(options) {
  return globalThis.loadMatchaWorker(Object.assign({ indexURL: base }, options || {}));
}

export const PythonError = globalThis.PythonError;
export default loadMatcha;
