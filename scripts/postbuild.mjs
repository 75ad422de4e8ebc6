// Trunk post-build hook: writes boot.js for this build's hashed files, adds preload hints to
// index.html, serves the stylesheets as one file, minifies the JavaScript (Trunk's own minifier
// cannot read wasm-bindgen's glue), and stamps the service worker with the build's file list
// and a content hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, statSync, unlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");
const root = process.env.TRUNK_SOURCE_DIR || process.cwd();

const names = readdirSync(dir);
const js = names.find((n) => /^orbita-[0-9a-f]+\.js$/.test(n) || n === "orbita.js");
const wasm = names.find((n) => /^orbita-[0-9a-f]+_bg\.wasm$/.test(n) || n === "orbita_bg.wasm");
if (!js || !wasm) throw new Error(`app files not found in ${dir}: ${names.join(", ")}`);

const release = process.env.TRUNK_PROFILE === "release";
// In release builds (where Trunk also minifies HTML and CSS) the JavaScript is minified too.
const finish = async (code) =>
  release ? (await minify(code, { module: true, compress: true, mangle: true })).code : code;

const boot = readFileSync(join(root, "assets/boot.template.js"), "utf8")
  .replaceAll("__ORBITA_JS__", js)
  .replaceAll("__ORBITA_WASM__", wasm);
writeFileSync(join(dir, "boot.js"), await finish(boot));
writeFileSync(join(dir, js), await finish(readFileSync(join(dir, js), "utf8")));

const indexPath = join(dir, "index.html");
let index = readFileSync(indexPath, "utf8");
const hints =
  `<link rel="modulepreload" href="./${js}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`;
// The loader's tag, as written in index.html or as Trunk's minifier leaves it.
const bootTag = /<script[^>]*\bsrc="?(?:\.\/)?boot\.js"?[^>]*><\/script>/;
if (!bootTag.test(index)) throw new Error("index.html has no boot.js script tag");
if (!index.includes("modulepreload")) {
  index = index.replace(bootTag, `${hints}<script type="module" src="./boot.js"></script>`);
}
// Trunk leaves the Rust pipeline's own <link> in the page when it injects no scripts.
index = index.replace(/\s*<link\b[^>]*\bdata-trunk\b[^>]*>/g, "");
// The stylesheets (one source file per area in style/) are served as one, in the same order,
// so the cascade is unchanged: compressed together they are about a fifth smaller than one by
// one (they share selectors, properties and tokens), and the page makes one request, not seven.
const sheetTag = /<link\b[^>]*\bhref="?\.?\/?([\w-]+\.css)"?[^>]*>/g;
const sheets = [...index.matchAll(sheetTag)].map((m) => m[1]);
if (sheets.length > 1) {
  const css = sheets.map((n) => readFileSync(join(dir, n), "utf8")).join("\n");
  const name = `orbita-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, name), css);
  for (const n of sheets) unlinkSync(join(dir, n));
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  let first = true;
  index = index.replace(sheetTag, () => {
    if (!first) return "";
    first = false;
    return `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`;
  });
}
writeFileSync(indexPath, index);

const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split("\\").join("/"));
  }
};
walk(dir);
const cached = files.filter((f) => f !== "sw.js");
const hash = createHash("sha256");
for (const f of cached) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest("hex").slice(0, 16);

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__ORBITA_VERSION__", version)
  .replace("__ORBITA_FILES__", JSON.stringify(["./", ...cached]));
writeFileSync(swPath, release ? (await minify(sw, { compress: true, mangle: true })).code : sw);
console.log(`postbuild: boot.js → ${js}, ${cached.length} files cached as orbita-${version}`);
