// Where the bytes of a Wasm module go: section sizes, then code bytes per Java package and class
// and the largest functions, by the names in the module's name section (build one with
// `mvn -o -q package -pl web -DskipTests -Dmatcha.wasm.minifying=false`; a release build has no
// names, so only sections and function indices show).
// Usage: node scripts/startup-bench/wasm-sizes.mjs web/target/wasm/matcha.wasm [TOP]
import fs from "node:fs";

const bytes = fs.readFileSync(process.argv[2]);
const top = Number(process.argv[3] || 25);
let pos = 8;
function leb() {
  let value = 0;
  let shift = 0;
  let b;
  do {
    b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return value;
}
function valueType() {
  const t = bytes[pos++];
  if (t === 0x63 || t === 0x64) leb(); // (ref null? heaptype)
}
const sectionNames = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start",
  "element", "code", "data", "datacount", "tag"];
let importedFunctions = 0;
const bodySizes = [];
const names = new Map();
console.log("section        bytes");
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  let label = sectionNames[id] || String(id);
  if (id === 0) {
    const n = leb();
    label += " " + bytes.subarray(pos, pos + n).toString();
    pos += n;
    if (label === "custom name") readNames(start + size);
  } else if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 2; k++) { // module and field names
        const n = leb();
        pos += n;
      }
      const kind = bytes[pos++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { valueType(); if (bytes[pos++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 2) { if (bytes[pos++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 3) { valueType(); pos++; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      const length = leb();
      bodySizes.push(length);
      pos += length;
    }
  }
  console.log(label.padEnd(24), String(size).padStart(9));
  pos = start + size;
}

function readNames(end) {
  while (pos < end) {
    const sub = bytes[pos++];
    const size = leb();
    const next = pos + size;
    if (sub === 1) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        const index = leb();
        const length = leb();
        names.set(index, bytes.subarray(pos, pos + length).toString());
        pos += length;
      }
    }
    pos = next;
  }
}

const functions = bodySizes.map((size, i) => ({ size, name: names.get(i + importedFunctions) || `wasm-function[${i + importedFunctions}]` }));
const total = bodySizes.reduce((a, b) => a + b, 0);
console.log(`\n${importedFunctions} imported functions, ${functions.length} functions, ${total} bytes of code`);
function table(title, keyOf) {
  const sums = new Map();
  for (const f of functions) {
    const k = keyOf(f.name);
    const s = sums.get(k) || { size: 0, count: 0 };
    s.size += f.size;
    s.count++;
    sums.set(k, s);
  }
  console.log(`\n${title}\n    bytes      %  functions`);
  for (const [k, s] of [...sums].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`${String(s.size).padStart(9)} ${(100 * s.size / total).toFixed(1).padStart(5)} ${String(s.count).padStart(10)}  ${k}`);
  }
}
const className = (n) => n.split("::")[0].split("@")[0];
const packageOf = (n) => {
  const parts = className(n).split(".");
  return parts.length > 2 ? parts.slice(0, parts[0] === "org" ? 4 : 2).join(".").replace(/\.[A-Z].*$/, "") : parts[0];
};
table("by package", packageOf);
table("by class", className);
table("codegen bindings (classes named *Exposed*) against the rest", (n) => (n.includes("Exposed") ? "*Exposed*" : "other"));
console.log(`\nlargest functions\n    bytes  name`);
for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${String(f.size).padStart(9)}  ${f.name}`);
