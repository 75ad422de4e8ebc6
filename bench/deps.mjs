// What each dependency costs in the wasm, each measured alone: every function whose name
// mentions the crate (its own code and every generic of it instantiated for our types, such
// as a derived Deserialize driving serde_json's reader), in code bytes and brotli-compressed
// on their own. Data (error texts, tables) is not in these figures. A function that mentions
// two crates counts for both; "together" counts it once.
//
// Usage: node bench/deps.mjs NAMED.wasm [Cargo.toml] [--json]
//   NAMED.wasm: the release wasm with names (scripts/wasm-size builds it)
import { readFileSync } from "node:fs";
import { brotli } from "./files.mjs";
import { readNamedWasm } from "./wasm-names.mjs";

// The dependencies this round adds.
const ROUND = ["serde", "serde_json", "gloo-storage", "serde_path_to_error"];
// Crates whose code goes by another crate's name: serde's traits and derives live in serde_core.
const ALSO = { serde: ["serde_core"] };
// Dependencies the app had before this round: not measured here.
const BEFORE = ["leptos", "wasm-bindgen", "js-sys", "web-sys", "wasm-bindgen-futures", "console_error_panic_hook"];
// SLOT: the QR crate and the integrity check are on their way to main. Any dependency in
// Cargo.toml that is in neither list above is measured too, marked as a slot, so they are
// measured the first time this runs with them present. Their expected kinds:
const SLOT_KINDS = "the QR crate, the integrity check";

const args = process.argv.slice(2);
const json = args.includes("--json");
const [wasmFile, cargoToml = "Cargo.toml"] = args.filter((a) => a !== "--json");
if (!wasmFile) {
  console.error("usage: node bench/deps.mjs NAMED.wasm [Cargo.toml] [--json]");
  process.exit(2);
}

/** The crate names under [dependencies] and target-specific dependencies for wasm32. */
function dependencies(toml) {
  const names = [];
  let on = false;
  for (const line of toml.split("\n")) {
    const section = line.match(/^\s*\[([^\]]+)\]/);
    if (section) {
      const s = section[1];
      on = s === "dependencies" || (/^target\..*\.dependencies$/.test(s) && !s.includes("not(target_arch = \"wasm32\")"));
      continue;
    }
    const dep = on && line.match(/^\s*([A-Za-z0-9_-]+)\s*=/);
    if (dep) names.push(dep[1]);
  }
  return names;
}

const buf = readFileSync(wasmFile);
const { functions } = readNamedWasm(buf);
const declared = dependencies(readFileSync(cargoToml, "utf8"));
const slots = declared.filter((d) => !ROUND.includes(d) && !BEFORE.includes(d));

const mentions = (crate) => {
  // `serde::` but not `serde_json::`: the crate's path segment, as rustc names it.
  const paths = [crate, ...(ALSO[crate] || [])].map((c) => c.replaceAll("-", "_")).join("|");
  const re = new RegExp(`(^|[^A-Za-z0-9_])(${paths})::`);
  return (f) => re.test(f.name);
};
const measure = (fns) => ({
  functions: fns.length,
  codeBytes: fns.reduce((a, f) => a + f.size, 0),
  brotliBytes: brotli(Buffer.concat(fns.map((f) => buf.subarray(f.start, f.start + f.size)))).length,
});

const crates = [...ROUND, ...slots].map((crate) => {
  const present = declared.includes(crate);
  const slot = !ROUND.includes(crate);
  return present ? { crate, slot, present, ...measure(functions.filter(mentions(crate))) } : { crate, slot, present };
});
const measured = crates.filter((c) => c.present).map((c) => mentions(c.crate));
const together = measure(functions.filter((f) => measured.some((m) => m(f))));
const all = measure(functions);
const out = {
  how: "code of the functions that mention each crate, in the release wasm (names kept), brotli on their own",
  slotKinds: SLOT_KINDS,
  crates,
  together,
  wholeCode: all,
};

if (json) {
  console.log(JSON.stringify(out, null, 2));
} else {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
  console.log(`${out.how}; the whole code: ${kb(all.codeBytes)}, ${kb(all.brotliBytes)} brotli\n`);
  for (const c of crates) {
    const name = `${c.crate}${c.slot ? " (slot: new in Cargo.toml)" : ""}`.padEnd(40);
    console.log(c.present ? `${name}${kb(c.codeBytes)} code ${kb(c.brotliBytes)} brotli  ${c.functions} functions` : `${name}not in Cargo.toml`);
  }
  console.log(`${"together".padEnd(40)}${kb(together.codeBytes)} code ${kb(together.brotliBytes)} brotli`);
}
