// Size profile of a wasm file that keeps its function names (see scripts/wasm-size):
// code bytes per Órbita module (a generic instantiated for one of our closures or types counts
// for the module that owns that closure or type), then per other crate, then the largest
// functions. Usage: node bench/wasm-size.mjs FILE.wasm [top N]
import { readFileSync } from "node:fs";
import { readNamedWasm } from "./wasm-names.mjs";

const file = process.argv[2];
const top = Number(process.argv[3] || 25);
if (!file) {
  console.error("usage: node bench/wasm-size.mjs FILE.wasm [top N]");
  process.exit(2);
}
let wasm;
try {
  wasm = readNamedWasm(readFileSync(file));
} catch (err) {
  console.error(`${file}: ${err.message}`);
  process.exit(1);
}
const { functions, sections } = wasm;
const bodies = functions.map((f) => f.size);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
const byModule = new Map();
const rows = functions.map(({ size, name }) => {
  const ours = name.match(/orbita::((?:ui|domain|codec)::[a-z_]+|[a-z_]+)/);
  const crate = name.match(/^<?&?(?:mut )?(?:dyn )?([a-z_][a-z_0-9]*)/);
  const key = ours ? ours[1] : `(${crate ? crate[1] : "other"})`;
  const e = byModule.get(key) || [0, 0];
  e[0] += size;
  e[1]++;
  byModule.set(key, e);
  return [size, name];
});
const code = bodies.reduce((a, b) => a + b, 0);
console.log(`code ${kb(code)} in ${bodies.length} functions; data ${kb(sections[11] || 0)}`);
console.log("\nby module (ours) and (crate):");
for (const [k, [s, n]] of [...byModule].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) {
  console.log(`${kb(s)} ${String(n).padStart(5)} fns  ${k}`);
}
console.log(`\nlargest ${top} functions:`);
for (const [s, n] of rows.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`${kb(s)}  ${n.slice(0, 160)}`);
}
