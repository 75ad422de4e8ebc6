// Size profile of a wasm file that keeps its function names (see scripts/wasm-size):
// code bytes per Órbita module (a generic instantiated for one of our closures or types counts
// for the module that owns that closure or type), then per other crate, then the largest
// functions. Each module's brotli figure is its code compressed on its own (quality 11): a
// share of the whole, not what removing it would save (modules compress better together).
// Usage: node bench/wasm-size.mjs FILE.wasm [top N]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants as zc } from "node:zlib";
import { readNamedWasm } from "./wasm-names.mjs";

const file = process.argv[2];
const top = Number(process.argv[3] || 25);
if (!file) {
  console.error("usage: node bench/wasm-size.mjs FILE.wasm [top N]");
  process.exit(2);
}
const buf = readFileSync(file);
let wasm;
try {
  wasm = readNamedWasm(buf);
} catch (err) {
  console.error(`${file}: ${err.message}`);
  process.exit(1);
}
const { functions, data } = wasm;

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
const brotli = (parts) =>
  brotliCompressSync(Buffer.concat(parts), { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
const brKb = (n) => `${(n / 1000).toFixed(1)} kB br`.padStart(11);
const byModule = new Map();
const rows = functions.map(({ name, start, size }) => {
  const ours = name.match(/orbita::((?:ui|domain|codec)::[a-z_]+|[a-z_]+)/);
  // `<T as tachys::view::Render>::build`: a blanket impl counts for the trait's crate.
  const crate =
    name.match(/^<&?(?:mut )?[A-Z]\w* as ([a-z_][a-z_0-9]*)::/) ||
    name.match(/^<?&?(?:mut )?(?:dyn )?([a-z_][a-z_0-9]*)/);
  const key = ours ? ours[1] : `(${crate ? crate[1] : "other"})`;
  const e = byModule.get(key) || [0, 0, []];
  e[0] += size;
  e[1]++;
  e[2].push(buf.subarray(start, start + size));
  byModule.set(key, e);
  return [size, name];
});
const code = functions.reduce((a, f) => a + f.size, 0);
const allCode = functions.map((f) => buf.subarray(f.start, f.start + f.size));
console.log(`code ${kb(code)} in ${functions.length} functions (${brKb(brotli(allCode))});`);
console.log(`data ${kb(data.length)} (${brKb(brotli([data]))}): texts, tables, vtables`);
console.log("\nby module (ours) and (crate):");
for (const [k, [s, n, parts]] of [...byModule].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) {
  console.log(`${kb(s)} ${brKb(brotli(parts))} ${String(n).padStart(5)} fns  ${k}`);
}
console.log(`\nlargest ${top} functions:`);
for (const [s, n] of rows.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`${kb(s)}  ${n.slice(0, 160)}`);
}
