// Reads a wasm file that keeps its function names (built by scripts/wasm-size): every function
// body with its name, offset and size, and the size of each section. Used by bench/wasm-size.mjs
// and bench/deps.mjs.

/** { functions: [{ name, start, size }], sections: { id: bytes }, data: the data section's bytes } */
export function readNamedWasm(buf) {
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
  const names = new Map();
  const sections = {};
  let data = buf.subarray(0, 0);
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
        bodies.push({ start: p, size: s });
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
  if (names.size === 0) throw new Error("the wasm has no name section: build it with scripts/wasm-size");
  const functions = bodies.map((b, i) => ({
    name: (names.get(i + imports) || "?").replace(/\[[0-9a-f]{16}\]/g, ""),
    ...b,
  }));
  return { functions, sections, data };
}
