// Size profile of a wasm file that keeps its function names (see scripts/wasm-size):
// code bytes per Órbita module (a generic instantiated for one of our closures or types counts
// for the module that owns that closure or type), then per other crate, then the largest
// functions. Each module's brotli figure is its code compressed on its own (quality 11): a
// share of the whole, not what removing it would save (modules compress better together).
// Usage: node bench/wasm-size.mjs FILE.wasm [top N]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants as zc } from "node:zlib";

const file = process.argv[2];
const top = Number(process.argv[3] || 25);
if (!file) {
  console.error("usage: node bench/wasm-size.mjs FILE.wasm [top N]");
  process.exit(2);
}
const buf = readFileSync(file);
let p = 8;
const leb = () => {
  let r = 0;
  let s = 0;
  let b;
  do {
    b = buf[p++];
    r += (b & 0x7f) * 2 ** s;
    s += 7;
  } while (b & 0x80);
  return r;
};

let imports = 0;
const bodies = [];
const starts = [];
let data = Buffer.alloc(0);
const names = new Map();
const sections = {};
while (p < buf.length) {
  const id = buf[p++];
  const size = leb();
  const start = p;
  sections[id] = (sections[id] || 0) + size;
  if (id === 2) {
    // Imported functions come first in the function index space.
    const n = leb();
    for (let i = 0; i < n; i++) {
      // (`p += leb()` would read p before leb() moves it.)
      const moduleLen = leb();
      p += moduleLen;
      const fieldLen = leb();
      p += fieldLen;
      const kind = buf[p++];
      if (kind === 0) {
        leb();
        imports++;
      } else if (kind === 1) {
        p++;
        if (leb() & 1) leb();
        leb();
      } else if (kind === 2) {
        if (leb() & 1) leb();
        leb();
      } else if (kind === 3) {
        p += 2;
      }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      const s = leb();
      bodies.push(s);
      starts.push(p);
      p += s;
    }
  } else if (id === 11) {
    data = buf.subarray(start, start + size);
  } else if (id === 0) {
    const len = leb();
    const name = buf.subarray(p, p + len).toString();
    p += len;
    if (name === "name") {
      while (p < start + size) {
        const sub = buf[p++];
        const subSize = leb();
        const end = p + subSize;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i++) {
            const idx = leb();
            const l = leb();
            names.set(idx, buf.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = end;
      }
    }
  }
  p = start + size;
}
if (names.size === 0) {
  console.error(`${file} has no name section: build it with scripts/wasm-size`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
const brotli = (parts) =>
  brotliCompressSync(Buffer.concat(parts), { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
const brKb = (n) => `${(n / 1000).toFixed(1)} kB br`.padStart(11);
const byModule = new Map();
const rows = bodies.map((size, i) => {
  const name = (names.get(i + imports) || "?").replace(/\[[0-9a-f]{16}\]/g, "");
  const ours = name.match(/orbita::((?:ui|domain|codec)::[a-z_]+|[a-z_]+)/);
  // `<T as tachys::view::Render>::build`: a blanket impl counts for the trait's crate.
  const crate =
    name.match(/^<&?(?:mut )?[A-Z]\w* as ([a-z_][a-z_0-9]*)::/) ||
    name.match(/^<?&?(?:mut )?(?:dyn )?([a-z_][a-z_0-9]*)/);
  const key = ours ? ours[1] : `(${crate ? crate[1] : "other"})`;
  const e = byModule.get(key) || [0, 0, []];
  e[0] += size;
  e[1]++;
  e[2].push(buf.subarray(starts[i], starts[i] + size));
  byModule.set(key, e);
  return [size, name];
});
const code = bodies.reduce((a, b) => a + b, 0);
const allCode = bodies.map((s, i) => buf.subarray(starts[i], starts[i] + s));
console.log(`code ${kb(code)} in ${bodies.length} functions (${brKb(brotli(allCode))});`);
console.log(`data ${kb(data.length)} (${brKb(brotli([data]))}): texts, tables, vtables`);
console.log("\nby module (ours) and (crate):");
for (const [k, [s, n, parts]] of [...byModule].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) {
  console.log(`${kb(s)} ${brKb(brotli(parts))} ${String(n).padStart(5)} fns  ${k}`);
}
console.log(`\nlargest ${top} functions:`);
for (const [s, n] of rows.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`${kb(s)}  ${n.slice(0, 160)}`);
}
