// Every file of a build directory, in a stable order, with its path relative to the directory;
// and brotli at the settings every figure here uses.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants as zc } from "node:zlib";

/** Brotli at its best (quality 11), as the size figures and the brotli server use it. */
export const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: buf.length } });

/** [{ path, rel }] for every file under `dir`, skipping dot files (Trunk's staging dir). */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      if (n.startsWith(".")) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p, rel: relative(dir, p).split("\\").join("/") });
    }
  };
  walk(dir);
  return out;
}
