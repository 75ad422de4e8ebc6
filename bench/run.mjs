// Órbita benchmark runner: measures a release build and a SurveyJS peer in the same run, prints
// a table and budget lines, writes results JSON. scripts/bench builds everything and calls this:
//
//   node bench/run.mjs --dist DIR --peer DIR --maps DIR --placement FILE --out FILE [--quick]
//
// --maps holds map-50.json, map-200.json and map-1000.json (storage envelopes printed by
// `cargo run --release --example gen_map -- N`); --placement holds the output of
// `cargo run --release --example placement_throughput`.
// Exits 0 when everything was measured (budgets are reported, not enforced), 1 when a
// measurement broke (timeout, missing element, page error).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import os from "node:os";
import { startServer, launch, newContext } from "../tests/e2e/harness.mjs";
import { seed } from "../tests/e2e/fixtures.mjs";
import { brotli, listFiles } from "./files.mjs";
import { readyMark, waitInPage } from "./wait.mjs";
import { startBrotliServer } from "./serve.mjs";
import { PHONE, phoneLoads } from "./phone.mjs";
import { installability, lighthouse, lighthouseVersion } from "./lighthouse.mjs";

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
  return v;
};
const QUICK = argv.includes("--quick");
const ROOT = resolve(new URL("..", import.meta.url).pathname);
const DIST = resolve(opt("dist", "dist"));
const PEER = resolve(opt("peer", "bench/peer/dist"));
const FLOOR_EMPTY = join(ROOT, "bench/floor");
const FLOOR_LEPTOS = resolve(opt("floor-leptos", "target/bench-floor-leptos"));
const MAPS = resolve(opt("maps", "."));
const PLACEMENT = opt("placement", "");
const DEPS = opt("deps", ""); // dependency cost (bench/deps.mjs --json), when measured
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// Headless Chromium opens a renderer for its (invisible) omnibox popup with every new window,
// that is with every measured load here: on a 2-core machine it competes with the page for CPU.
const QUIET_BROWSER = "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI";
const LOAD_AT_START = os.loadavg().map((x) => Math.round(x * 100) / 100);
const OUT = resolve(opt("out", "bench/results.json"));
const RUNS = Number(opt("runs", QUICK ? 3 : 10)); // cold loads per app, 1,000-stakeholder loads
const CHANGES = Number(opt("changes", QUICK ? 10 : 20)); // answer changes
const SAVES = Number(opt("saves", 20)); // localStorage writes
const LH_RUNS = Number(opt("lighthouse-runs", QUICK ? 1 : 3));
const WATCHDOG_MS = Number(opt("watchdog", QUICK ? 15 * 60_000 : 50 * 60_000));
const WAIT = 30_000; // longest wait for any one page condition

const KB = 1000; // budgets use 1 KB = 1,000 bytes
const BUDGETS = {
  // A guard, not a target: the whole dist/ must stay under it (see bench/README.md).
  sizeGuardBrotliBytes: 340 * KB,
  loadVsPeer: 0.5,
  answerToPaintMs: 16,
  firstRenderMs: 150,
  saveMs: 20,
  // What a phone user feels (bench/phone.mjs): throttled cold load and warm start against the
  // peer's throttled cold load.
  phoneColdVsPeer: 0.8,
  phoneWarmVsPeerCold: 0.08,
  // 5,000 stakeholders: each interaction, each first render.
  bigInteractionMs: 50,
  bigFirstRenderMs: 300,
  lighthousePerformance: 95,
  share50Chars: 2000,
  share200Chars: 8000,
};

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const stats = (xs, d = 1) => ({
  median: round(median(xs), d),
  min: round(Math.min(...xs), d),
  max: round(Math.max(...xs), d),
  n: xs.length,
  samples: xs.map((x) => round(x, d)),
});
const log = (...a) => console.error("[bench]", ...a);
const fmtBytes = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const fmtInt = (n) => n.toLocaleString("en-US");
const rel = (p) => relative(ROOT, p) || ".";

function git(...args) {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Transfer sizes

function sizes(dir) {
  const files = listFiles(dir).map(({ path, rel: file }) => {
    const body = readFileSync(path);
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotli(body).length,
    };
  });
  if (!files.length) throw new Error(`no files in ${rel(dir)}`);
  const sum = (k, list = files) => list.reduce((a, f) => a + f[k], 0);
  return { files, total: { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") }, sum };
}

// ---------------------------------------------------------------------------------------------
// Browser plumbing

let browser;
const problems = []; // console/page errors and foreign requests seen anywhere, reported as warnings

/** A fresh context (own cache and storage; service workers blocked unless asked for). */
async function fresh(server, { envelope, initScripts = [], serviceWorkers = "block" } = {}) {
  const ctx = await newContext(browser, server.origin, { serviceWorkers });
  if (envelope) await seed(ctx.context, envelope);
  for (const s of initScripts) await ctx.context.addInitScript(s);
  const page = await ctx.page();
  page.setDefaultTimeout(WAIT);
  return {
    ...ctx,
    page,
    async close() {
      problems.push(...ctx.problems);
      await ctx.context.close();
    },
  };
}

/** Captures the app's WebAssembly memory as window.__benchWasmMemory (measured from outside). */
function captureWasmMemory() {
  const keep = (r) => {
    const inst = r && (r.instance || r);
    const mem = inst && inst.exports && inst.exports.memory;
    if (mem instanceof WebAssembly.Memory) window.__benchWasmMemory = mem;
    return r;
  };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const orig = WebAssembly[name];
    if (typeof orig !== "function") continue;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then(keep);
    };
  }
}

/** Records when the stakeholder list first holds `n` rows (performance.now()). */
function watchRows(n) {
  const rows = document.getElementsByClassName("stakeholder-row");
  const check = () => {
    if (window.__benchRowsAt === undefined && rows.length >= n &&
        document.querySelectorAll("[data-testid=stakeholder-row]").length >= n &&
        document.querySelector("[data-testid=show-more]")) {
      window.__benchRowsAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}


async function heap(ctx) {
  const cdp = await ctx.context.newCDPSession(ctx.page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const wasm = await ctx.page.evaluate(() => window.__benchWasmMemory?.buffer.byteLength ?? null);
  return { jsHeapUsed: usedSize, jsHeapTotal: totalSize, wasmMemory: wasm };
}

// ---------------------------------------------------------------------------------------------
// In-page measurements (run inside the page by page.evaluate)

/**
 * Hash change → DOM condition → next animation frame; returns ms. The condition: `rows` list
 * rows and the Show more button, or every one of `selectors` present, or else the map's markers.
 */
async function timeHashChange({ hash, rows, selectors, markers, timeout }) {
  const done = () => {
    if (selectors) return selectors.every((s) => document.querySelector(s) !== null);
    if (rows) {
      return document.querySelectorAll("[data-testid=stakeholder-row]").length >= rows &&
        document.querySelector("[data-testid=show-more]") !== null;
    }
    const shown = document.querySelector("[data-testid=showing]");
    if (!shown) return false;
    const k = Number((shown.textContent.match(/\d[\d.,\u00a0\u202f ]*/) || ["0"])[0].replace(/\D/g, ""));
    const count = document.querySelectorAll("[data-testid=marker]").length;
    return count > 0 && count === k && (markers === undefined || count === markers);
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  await frame();
  await frame();
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const observer = new MutationObserver(() => done() && finish());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      if (!finished) {
        observer.disconnect();
        reject(new Error(`hash ${hash}: condition not met in ${timeout} ms`));
      }
    }, timeout);
    location.hash = hash;
  });
}

/** Alternates one review select between two values; times dispatch → next rAF (and → after paint). */
async function timeAnswerChanges({ selectId, values, changes }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const raf = [];
  const paint = [];
  for (let i = 0; i < changes; i++) {
    await frame();
    await new Promise((r) => setTimeout(r, 30));
    await frame();
    // A person's input lands anywhere in a frame: spread the changes over the 16.7 ms frame
    // instead of always starting right after one (which would always wait a whole frame).
    const phase = (i * 16.7) / changes;
    const until = performance.now() + phase;
    while (performance.now() < until) { /* wait inside the frame */ }
    const select = document.getElementById(selectId);
    if (!select) throw new Error(`select #${selectId} is gone`);
    const value = values[i % 2];
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    const [t1, t2] = await new Promise((r) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        // A message posted in rAF is delivered after that frame's paint.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r([t, performance.now()]);
        ch.port2.postMessage(0);
      }),
    );
    raf.push(t1 - t0);
    paint.push(t2 - t0);
    await frame();
    const now = document.getElementById(selectId);
    if (!now || now.value !== value) throw new Error(`answer change ${i} did not stick (${now?.value} ≠ ${value})`);
  }
  return { raf, paint };
}

/**
 * Init script: times every timer task that writes the workspace (the app saves in a timer task
 * just after the frame a change is painted in: encoding, writing and reading back), in
 * window.__benchSaveTasks (ms).
 */
function timeSaveTasks() {
  window.__benchSaveTasks = [];
  let wrote = false;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === "orbita.workspace") wrote = true;
    return setItem.call(this, key, value);
  };
  const setTimeout = window.setTimeout;
  window.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== "function") return setTimeout.call(this, fn, ms, ...args);
    const timed = function (...a) {
      wrote = false;
      const t0 = performance.now();
      try {
        return fn.apply(this, a);
      } finally {
        if (wrote) window.__benchSaveTasks.push(performance.now() - t0);
      }
    };
    return setTimeout.call(this, timed, ms, ...args);
  };
}

/** Times localStorage.setItem of the current envelope (alternating with a same-size variant). */
function timeSaves({ key, saves }) {
  const value = localStorage.getItem(key);
  if (!value) throw new Error("no stored workspace");
  const variant = value + " "; // same JSON, one more char: a real write, never a no-op
  const set = [];
  const setRead = [];
  for (let i = 0; i < saves; i++) {
    const v = i % 2 ? value : variant;
    const t0 = performance.now();
    localStorage.setItem(key, v);
    const t1 = performance.now();
    const back = localStorage.getItem(key);
    const t2 = performance.now();
    if (back !== v) throw new Error("read-back differs");
    set.push(t1 - t0);
    setRead.push(t2 - t0);
  }
  localStorage.setItem(key, value);
  return { set, setRead, chars: value.length, bytes: new TextEncoder().encode(value).length };
}

// ---------------------------------------------------------------------------------------------
// Measurements

async function coldLoads(orbita, peer) {
  const times = { orbita: [], peer: [] };
  const requested = new Set();
  const one = async (server, mark, into, track) => {
    const c = await fresh(server);
    if (track) c.page.on("request", (r) => requested.add(new URL(r.url()).pathname));
    await c.page.goto(server.url, { timeout: WAIT });
    into.push(await readyMark(c.page, mark));
    await c.close();
  };
  // One untimed load of each first (process start-up, disk cache), then alternate.
  await one(orbita, "orbita-ready", [], true);
  await one(peer, "peer-ready", []);
  for (let i = 0; i < RUNS; i++) {
    await one(orbita, "orbita-ready", times.orbita);
    await one(peer, "peer-ready", times.peer);
    log(`cold load ${i + 1}/${RUNS}: orbita ${round(times.orbita.at(-1))} ms, peer ${round(times.peer.at(-1))} ms`);
  }
  return { times, requested: [...requested].map((p) => p.replace(/^\//, "") || "index.html").sort() };
}

async function memoryAfterLoad(server, mark, envelope) {
  const c = await fresh(server, { envelope, initScripts: [captureWasmMemory] });
  await c.page.goto(server.url, { timeout: WAIT });
  await readyMark(c.page, mark);
  const m = await heap(c);
  await c.close();
  return m;
}

// The list shows its first LIST_PAGE rows and a "Show more" button (src/features/stakeholders/list.rs):
// its first render is done when both are on screen.
const LIST_PAGE = 100;

/** A big map (1,000 or 5,000 stakeholders): load, list, map, (summary,) list again, memory. */
async function crowd(server, envelope, total, { runs, summary = false }) {
  const n = Math.min(total, LIST_PAGE);
  const load = [];
  const rowsAt = [];
  const mapRender = [];
  const summaryRender = [];
  const listRender = [];
  const heaps = [];
  let markers = null;
  for (let i = 0; i < runs; i++) {
    const c = await fresh(server, { envelope, initScripts: [captureWasmMemory, [watchRows, n]].map(toScript) });
    await c.page.goto(server.url, { timeout: WAIT });
    const t = await readyMark(c.page, "orbita-ready");
    await waitInPage(
      c.page,
      (k) => document.querySelectorAll("[data-testid=stakeholder-row]").length >= k && window.__benchRowsAt !== undefined,
      n,
      { timeout: WAIT, what: "the list's first rows" },
    );
    const rows = await c.page.evaluate(() => window.__benchRowsAt);
    load.push(t);
    rowsAt.push(rows);
    heaps.push(await heap(c));
    mapRender.push(await c.page.evaluate(timeHashChange, { hash: "#/map", timeout: WAIT }));
    markers = await c.page.locator("[data-testid=marker]").count();
    if (summary) {
      const selectors = ["[data-testid=placed-of-total]", "[data-testid=chain]", "[data-testid=side-count]", "[data-testid=top-actions]"];
      summaryRender.push(await c.page.evaluate(timeHashChange, { hash: "#/summary", selectors, timeout: WAIT }));
    }
    listRender.push(await c.page.evaluate(timeHashChange, { hash: "#/", rows: n, timeout: WAIT }));
    await c.close();
    const sum = summary ? `, summary ${round(summaryRender.at(-1))} ms` : "";
    log(`${fmtInt(total)} stakeholders ${i + 1}/${runs}: ready ${round(t)} ms, rows ${round(rows)} ms, map ${round(mapRender.at(-1))} ms${sum}, list ${round(listRender.at(-1))} ms`);
  }
  return { load, rowsAt, mapRender, summaryRender, listRender, heaps, markers };
}

function toScript(s) {
  // addInitScript takes a function, or [function, argument] as a string we build here.
  if (Array.isArray(s)) return { content: `(${s[0].toString()})(${JSON.stringify(s[1])});` };
  return s;
}

async function answerAndSave(server, envelope, id) {
  const c = await fresh(server, { envelope, initScripts: [timeSaveTasks] });
  await c.page.goto(`${server.url}#/s/${id}/review`, { timeout: WAIT });
  await readyMark(c.page, "orbita-ready");
  await c.page.waitForSelector("[data-testid=review-select]", { timeout: WAIT });
  // The last question on the path: changing it does not change which questions are asked.
  const pick = await c.page.evaluate(() => {
    const selects = [...document.querySelectorAll("[data-testid=review-select]")];
    const s = selects.at(-1);
    const values = [...s.options].map((o) => o.value).filter((v) => v && v !== "dk");
    const others = values.filter((v) => v !== s.value);
    return { selectId: s.id, current: s.value, values: [others[0], s.value && s.value !== "dk" ? s.value : others[1]] };
  });
  if (!pick.values[0] || !pick.values[1]) throw new Error("review select has fewer than two options");
  const changes = await c.page.evaluate(timeAnswerChanges, { selectId: pick.selectId, values: pick.values, changes: CHANGES });
  await c.page.waitForSelector("[data-testid=save-status][data-state=saved]", { timeout: WAIT });
  const saveTasks = await c.page.evaluate(() => window.__benchSaveTasks);
  if (saveTasks.length < changes.raf.length) throw new Error(`${saveTasks.length} saves for ${changes.raf.length} answer changes`);
  const saves = await c.page.evaluate(timeSaves, { key: "orbita.workspace", saves: SAVES });
  await c.close();
  return { question: pick.selectId.replace(/^review-/, ""), values: pick.values, ...changes, saveTasks, ...saves };
}

async function shareLength(server, envelope) {
  const c = await fresh(server, { envelope });
  await c.page.goto(server.url, { timeout: WAIT });
  await readyMark(c.page, "orbita-ready");
  await c.page.getByTestId("share-button").click();
  const link = c.page.getByTestId("share-link");
  await c.page.waitForFunction(() => document.querySelector("[data-testid=share-link]")?.value.includes("#s="), null, { timeout: WAIT });
  const full = await link.inputValue();
  await c.page.getByTestId("share-without-notes").check();
  await c.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const lean = await link.inputValue();
  await c.close();
  const payload = (l) => l.slice(l.indexOf("#s=") + 3).length;
  return {
    fragment: full.slice(full.indexOf("#") + 1),
    withNotesAndPlan: { link: full.length, payload: payload(full) },
    withoutNotes: { link: lean.length, payload: payload(lean) },
  };
}

function placement(file) {
  if (!file) return null;
  const text = readFileSync(file, "utf8");
  const out = {};
  for (const line of text.split("\n")) {
    const m = line.match(/^(.+?): (\d+) stakeholders in ([\d.]+) s = (\d+) stakeholders\/second/);
    if (m) out[m[1] === "place + suggest" ? "placeAndSuggest" : m[1]] = {
      label: m[1],
      stakeholders: Number(m[2]),
      seconds: Number(m[3]),
      perSecond: Number(m[4]),
    };
  }
  if (!out.place) throw new Error(`could not parse placement throughput output:\n${text}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

/** A map with one stakeholder and no answers yet (from a generated one): its questionnaire. */
function oneUnanswered(envelopeText) {
  const env = JSON.parse(envelopeText);
  const map = env.data.maps[0];
  const first = { ...map.stakeholders[0], answers: {} };
  map.stakeholders = [first];
  if (Array.isArray(map.plan)) map.plan = [];
  return { envelope: JSON.stringify(env), id: first.id };
}

/** The app in a normal (not incognito) profile, its worker in control: Chromium's verdict. */
async function installable(server) {
  const dir = mkdtempSync(join(os.tmpdir(), "orbita-install-"));
  const ctx = await newContext(null, server.origin, { persistentDir: dir });
  try {
    const page = await ctx.page();
    await page.goto(server.url, { timeout: WAIT });
    await readyMark(page, "orbita-ready");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: WAIT });
    return await installability(page);
  } finally {
    problems.push(...ctx.problems);
    await ctx.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a big map (1,000 or 5,000) gives: figures for results.json. */
function crowdFigures(c, interact, total, coldMedian) {
  const readyWithRows = c.load.map((t, i) => Math.max(t, c.rowsAt[i]));
  return {
    stakeholders: total,
    envelope: {
      chars: interact.chars,
      bytes: interact.bytes,
      bytesPerStakeholder: Math.round(interact.bytes / total),
    },
    loadToReadyMs: stats(c.load),
    listRowsAtMs: stats(c.rowsAt),
    listFirstRenderMs: round(median(readyWithRows) - coldMedian),
    mapRenderMs: stats(c.mapRender),
    ...(c.summaryRender.length ? { summaryRenderMs: stats(c.summaryRender) } : {}),
    markers: c.markers,
    listRerenderMs: stats(c.listRender),
    memoryAfterLoad: {
      jsHeapUsed: median(c.heaps.map((h) => h.jsHeapUsed)),
      jsHeapTotal: median(c.heaps.map((h) => h.jsHeapTotal)),
      wasmMemory: median(c.heaps.map((h) => h.wasmMemory ?? NaN)) || null,
    },
    answerChange: {
      question: interact.question,
      values: interact.values,
      toNextFrameMs: stats(interact.raf),
      toAfterPaintMs: stats(interact.paint),
    },
    saveMs: {
      appSaveTask: stats(interact.saveTasks),
      setItem: stats(interact.set, 2),
      setItemAndReadBack: stats(interact.setRead, 2),
    },
  };
}

async function main() {
  const started = Date.now();
  const envelopes = Object.fromEntries(
    [50, 200, 1000, 5000].map((n) => [n, readFileSync(join(MAPS, `map-${n}.json`), "utf8").trim()]),
  );
  const reviewTarget = (text) => {
    const people = JSON.parse(text).data.maps[0].stakeholders;
    return { n: people.length, id: people[Math.floor(people.length / 2)].id };
  };
  const k1 = reviewTarget(envelopes[1000]);
  const k5 = reviewTarget(envelopes[5000]);
  const question = oneUnanswered(envelopes[50]);

  log("sizes");
  const orbitaSizes = sizes(DIST);
  const peerSizes = sizes(PEER);
  const throughput = placement(PLACEMENT);
  const deps = DEPS ? JSON.parse(readFileSync(DEPS, "utf8")) : null;

  const orbita = await startServer({ root: DIST });
  const peer = await startServer({ root: PEER });
  const orbitaBr = await startBrotliServer(DIST);
  const peerBr = await startBrotliServer(PEER);
  if (!existsSync(join(FLOOR_LEPTOS, "leptos_floor_bg.wasm"))) {
    throw new Error(`no Leptos floor page in ${FLOOR_LEPTOS}: scripts/bench builds it (examples/leptos_floor.rs)`);
  }
  const floors = { emptyPage: await startBrotliServer(FLOOR_EMPTY), leptos: await startBrotliServer(FLOOR_LEPTOS) };
  try {
    browser = await launch({ args: [QUIET_BROWSER] });
    const chromiumVersion = browser.version();
    log(`browser ${chromiumVersion}, ${RUNS} runs${QUICK ? " (quick)" : ""}`);

    log("cold loads");
    const cold = await coldLoads(orbita, peer);
    const firstLoad = orbitaSizes.files.filter((f) => cold.requested.includes(f.file));

    log("memory after load");
    const memEmpty = await memoryAfterLoad(orbita, "orbita-ready");
    const memPeer = await memoryAfterLoad(peer, "peer-ready");

    log(`${fmtInt(k1.n)} stakeholders: load, list and map`);
    const big1 = await crowd(orbita, envelopes[1000], k1.n, { runs: RUNS });
    log(`${fmtInt(k1.n)} stakeholders: answer changes and saves`);
    const interact1 = await answerAndSave(orbita, envelopes[1000], k1.id);

    log("share links");
    const share50 = await shareLength(orbita, envelopes[50]);
    const share200 = await shareLength(orbita, envelopes[200]);

    log(`phone: CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.downloadKbps} kbps down, ${PHONE.latencyMs} ms, brotli`);
    const kit = { fresh, log, wait: WAIT };
    const phone = await phoneLoads(kit, { orbita: orbitaBr, peer: peerBr, floors, runs: RUNS, question, share: share50.fragment });

    log(`${fmtInt(k5.n)} stakeholders: load, list, map and summary`);
    const big5 = await crowd(orbita, envelopes[5000], k5.n, { runs: RUNS, summary: true });
    log(`${fmtInt(k5.n)} stakeholders: answer changes and saves`);
    const interact5 = await answerAndSave(orbita, envelopes[5000], k5.id);

    log("installability");
    const install = await installable(orbitaBr);

    await browser.close();
    browser = null;
    log(`Lighthouse ${lighthouseVersion()}, ${LH_RUNS} runs`);
    const lh = await lighthouse(orbitaBr.url, { runs: LH_RUNS, chromePath: CHROMIUM, chromeFlags: [QUIET_BROWSER], log });

    const coldMedian = median(cold.times.orbita);
    const peerMedian = median(cold.times.peer);
    const pc = phone.cold;
    const peerQuestion = median(pc.peerQuestion);
    const results = {
      schema: 2,
      when: new Date().toISOString(),
      commit: git("rev-parse", "--short", "HEAD"),
      // Uncommitted changes to tracked files, other than this file (the last run's results).
      dirty: (git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/results.json") || "") !== "",
      quick: QUICK,
      environment: {
        browser: `Chromium ${chromiumVersion} (headless)`,
        node: process.version,
        cpus: os.cpus().length,
        loadAverageAtStart: LOAD_AT_START,
        loadAverage: os.loadavg().map((x) => round(x, 2)),
        runs: RUNS,
      },
      sizes: {
        orbita: { files: orbitaSizes.files, total: orbitaSizes.total, firstLoad: {
          files: firstLoad.map((f) => f.file),
          raw: orbitaSizes.sum("raw", firstLoad), gzip: orbitaSizes.sum("gzip", firstLoad), brotli: orbitaSizes.sum("brotli", firstLoad),
        } },
        peer: { files: peerSizes.files, total: peerSizes.total },
        ratioBrotli: round(orbitaSizes.total.brotli / peerSizes.total.brotli, 3),
      },
      dependencies: deps,
      loadToReadyMs: {
        orbita: stats(cold.times.orbita),
        peer: stats(cold.times.peer),
        ratio: round(coldMedian / peerMedian, 3),
      },
      phone: {
        settings: { ...PHONE, serving: "brotli (quality 11), HTTP/1.1 on 127.0.0.1" },
        coldLoad: {
          orbitaReadyMs: stats(pc.orbitaReady),
          orbitaQuestionMs: stats(pc.orbitaQuestion),
          peerReadyMs: stats(pc.peerReady),
          peerQuestionMs: stats(pc.peerQuestion),
          ratioReady: round(median(pc.orbitaReady) / median(pc.peerReady), 3),
          ratioQuestion: round(median(pc.orbitaQuestion) / peerQuestion, 3),
        },
        warmStart: {
          readyMs: stats(phone.warm.ready),
          questionMs: stats(phone.warm.question),
          requestsWhileOffline: median(phone.warm.requests),
          ratioToPeerCold: round(median(phone.warm.question) / peerQuestion, 3),
          floors: Object.fromEntries(Object.entries(phone.warm.floors).map(([name, f]) => [name, {
            readyMs: stats(f.ready),
            shownMs: stats(f.shown),
            ratioToPeerCold: round(median(f.shown) / peerQuestion, 3),
          }])),
        },
        sharedLink50: {
          markers: phone.sharedMarkers,
          mapDrawnMs: stats(phone.shared),
          ratioToPeerCold: round(median(phone.shared) / peerQuestion, 3),
        },
        requests: { brotli: orbitaBr.stats.brotli + peerBr.stats.brotli, identity: orbitaBr.stats.identity + peerBr.stats.identity },
      },
      memoryAfterLoad: { orbitaEmpty: memEmpty, peer: memPeer },
      thousand: crowdFigures(big1, interact1, k1.n, coldMedian),
      fiveThousand: crowdFigures(big5, interact5, k5.n, coldMedian),
      shareLinkChars: { 50: withoutFragment(share50), 200: withoutFragment(share200) },
      placementThroughput: throughput,
      lighthouse: lh,
      installability: install,
      problems: [...new Set(problems)],
    };

    const t1 = results.thousand;
    const t5 = results.fiveThousand;
    const ph = results.phone;
    const lenMax = (s) => Math.max(s.withNotesAndPlan.link, s.withoutNotes.link);
    const budget = [
      ["size guard: whole dist/ (brotli) ≤ 340 kB", orbitaSizes.total.brotli <= BUDGETS.sizeGuardBrotliBytes,
        `${fmtBytes(orbitaSizes.total.brotli)} (${results.sizes.ratioBrotli} × the peer's ${fmtBytes(peerSizes.total.brotli)})`],
      ["load to interactive ≤ 0.5 × peer", results.loadToReadyMs.ratio <= BUDGETS.loadVsPeer,
        `${results.loadToReadyMs.ratio} × (${round(coldMedian)} ms vs ${round(peerMedian)} ms)`],
      ["phone, cold: first question shown ≤ 0.8 × peer", ph.coldLoad.ratioQuestion <= BUDGETS.phoneColdVsPeer,
        `${ph.coldLoad.ratioQuestion} × (${ph.coldLoad.orbitaQuestionMs.median} ms vs ${ph.coldLoad.peerQuestionMs.median} ms)`],
      ["phone, cold: ready mark ≤ 0.8 × peer", ph.coldLoad.ratioReady <= BUDGETS.phoneColdVsPeer,
        `${ph.coldLoad.ratioReady} × (${ph.coldLoad.orbitaReadyMs.median} ms vs ${ph.coldLoad.peerReadyMs.median} ms)`],
      ["phone, warm start offline ≤ 0.08 × peer's cold load", ph.warmStart.ratioToPeerCold <= BUDGETS.phoneWarmVsPeerCold,
        `${ph.warmStart.ratioToPeerCold} × (${ph.warmStart.questionMs.median} ms vs ${ph.coldLoad.peerQuestionMs.median} ms; ` +
        `the same for an empty page: ${ph.warmStart.floors.emptyPage.ratioToPeerCold} ×, ` +
        `the least Leptos app: ${ph.warmStart.floors.leptos.ratioToPeerCold} ×)`],
      [`${fmtInt(t1.stakeholders)} stakeholders: answer change → paint ≤ 16 ms`,
        t1.answerChange.toAfterPaintMs.median <= BUDGETS.answerToPaintMs,
        `${t1.answerChange.toAfterPaintMs.median} ms to the painted frame`],
      [`${fmtInt(t1.stakeholders)} stakeholders: list first render ≤ 150 ms`,
        t1.listFirstRenderMs <= BUDGETS.firstRenderMs, `${t1.listFirstRenderMs} ms over an empty load`],
      [`${fmtInt(t1.stakeholders)} stakeholders: map first render ≤ 150 ms`,
        t1.mapRenderMs.median <= BUDGETS.firstRenderMs, `${t1.mapRenderMs.median} ms`],
      [`${fmtInt(t1.stakeholders)} stakeholders: save ≤ 20 ms`, t1.saveMs.setItem.median <= BUDGETS.saveMs,
        `${t1.saveMs.setItem.median} ms`],
      [`${fmtInt(t5.stakeholders)} stakeholders: answer change → paint ≤ 50 ms`,
        t5.answerChange.toAfterPaintMs.median <= BUDGETS.bigInteractionMs, `${t5.answerChange.toAfterPaintMs.median} ms`],
      [`${fmtInt(t5.stakeholders)} stakeholders: save ≤ 50 ms`, t5.saveMs.appSaveTask.median <= BUDGETS.bigInteractionMs,
        `${t5.saveMs.appSaveTask.median} ms (the app's save task: encode, write, read back)`],
      [`${fmtInt(t5.stakeholders)} stakeholders: list first render ≤ 300 ms`,
        t5.listFirstRenderMs <= BUDGETS.bigFirstRenderMs, `${t5.listFirstRenderMs} ms over an empty load`],
      [`${fmtInt(t5.stakeholders)} stakeholders: map first render ≤ 300 ms`,
        t5.mapRenderMs.median <= BUDGETS.bigFirstRenderMs, `${t5.mapRenderMs.median} ms`],
      [`${fmtInt(t5.stakeholders)} stakeholders: summary first render ≤ 300 ms`,
        t5.summaryRenderMs.median <= BUDGETS.bigFirstRenderMs, `${t5.summaryRenderMs.median} ms`],
      ["share link, 50 stakeholders ≤ 2,000 chars", lenMax(share50) <= BUDGETS.share50Chars, `${fmtInt(lenMax(share50))} chars`],
      ["share link, 200 stakeholders ≤ 8,000 chars", lenMax(share200) <= BUDGETS.share200Chars, `${fmtInt(lenMax(share200))} chars`],
      ["Lighthouse performance ≥ 95", lh.scores.performance >= BUDGETS.lighthousePerformance,
        `${lh.scores.performance} (runs: ${lh.performanceScores.join(", ")})`],
      ["Lighthouse accessibility = 100", lh.scores.accessibility >= 100, `${lh.scores.accessibility}`],
      ["Lighthouse best practices = 100", lh.scores["best-practices"] >= 100, `${lh.scores["best-practices"]}`],
      ["PWA: installable (Chromium reports no installability errors)", install.installable,
        install.installable ? "no errors" : install.installabilityErrors.concat(install.manifestErrors).join(", ")],
    ];
    results.budgets = budget.map(([name, pass, value]) => ({ name, pass, value }));
    results.seconds = Math.round((Date.now() - started) / 1000);

    writeFileSync(OUT, JSON.stringify(results, null, 2) + "\n");
    print(results, orbitaSizes, peerSizes);
    console.log(`\nwrote ${rel(OUT)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const s of [orbita, peer, orbitaBr, peerBr, ...Object.values(floors)]) await s.stop();
  }
}

const withoutFragment = ({ fragment, ...lengths }) => lengths;

function print(r, os_, ps) {
  const pad = (s, w) => String(s).padEnd(w);
  const lpad = (s, w) => String(s).padStart(w);
  const line = (cols, widths) => console.log(cols.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join("  "));
  const w = [44, 12, 12, 12];

  console.log("\n== Transfer size (every file; gzip -9, brotli q11)");
  line(["file", "raw", "gzip", "brotli"], w);
  for (const f of os_.files) line([f.file, fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)], w);
  line(["Órbita total", fmtBytes(os_.total.raw), fmtBytes(os_.total.gzip), fmtBytes(os_.total.brotli)], w);
  const fl = r.sizes.orbita.firstLoad;
  line([`Órbita first visit (${fl.files.length} files requested)`, fmtBytes(fl.raw), fmtBytes(fl.gzip), fmtBytes(fl.brotli)], w);
  for (const f of ps.files) line([`peer: ${f.file}`, fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)], w);
  line(["peer total", fmtBytes(ps.total.raw), fmtBytes(ps.total.gzip), fmtBytes(ps.total.brotli)], w);
  line(["ratio Órbita / peer", (os_.total.raw / ps.total.raw).toFixed(2), (os_.total.gzip / ps.total.gzip).toFixed(2), r.sizes.ratioBrotli.toFixed(2)], w);

  const ms = (s) => `${s.median} ms (${s.min}–${s.max}, n=${s.n})`;
  const row = (k, v) => console.log(`${pad(k, 52)}${v}`);
  console.log("\n== Timings (headless Chromium, 127.0.0.1, fresh context per load, medians)");
  row("cold load → ready, Órbita (empty)", ms(r.loadToReadyMs.orbita));
  row("cold load → ready, peer (SurveyJS)", ms(r.loadToReadyMs.peer));
  row("ratio Órbita / peer", `${r.loadToReadyMs.ratio}`);
  const t = r.thousand;
  row(`${fmtInt(t.stakeholders)} stakeholders: load → ready`, ms(t.loadToReadyMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: load → all list rows`, ms(t.listRowsAtMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: list first render (over empty)`, `${t.listFirstRenderMs} ms`);
  row(`${fmtInt(t.stakeholders)} stakeholders: #/map → ${fmtInt(t.markers)} markers painted`, ms(t.mapRenderMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: #/ → list painted again`, ms(t.listRerenderMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: answer change → next frame`, ms(t.answerChange.toNextFrameMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: answer change → after paint`, ms(t.answerChange.toAfterPaintMs));
  row(`${fmtInt(t.stakeholders)} stakeholders: save (setItem)`, ms(t.saveMs.setItem));
  row(`${fmtInt(t.stakeholders)} stakeholders: save + read-back`, ms(t.saveMs.setItemAndReadBack));
  row(`${fmtInt(t.stakeholders)} stakeholders: envelope size`, `${fmtInt(t.envelope.chars)} chars, ${fmtBytes(t.envelope.bytes)} UTF-8`);

  const ph = r.phone;
  console.log(`\n== Phone: CPU ${ph.settings.cpuSlowdown}× slower, ${fmtInt(ph.settings.downloadKbps)}/${fmtInt(ph.settings.uploadKbps)} kbps, ${ph.settings.latencyMs} ms latency, brotli`);
  row("cold load → ready, Órbita (questionnaire link)", ms(ph.coldLoad.orbitaReadyMs));
  row("cold load → first question painted, Órbita", ms(ph.coldLoad.orbitaQuestionMs));
  row("cold load → ready, peer", ms(ph.coldLoad.peerReadyMs));
  row("cold load → first question painted, peer", ms(ph.coldLoad.peerQuestionMs));
  row("ratio Órbita / peer: question, ready", `${ph.coldLoad.ratioQuestion}, ${ph.coldLoad.ratioReady}`);
  row("warm start, offline → ready", ms(ph.warmStart.readyMs));
  row("warm start, offline → first question painted", ms(ph.warmStart.questionMs));
  row("warm start / peer's cold load", `${ph.warmStart.ratioToPeerCold}`);
  row("warm start, empty page (bench/floor) → painted", ms(ph.warmStart.floors.emptyPage.shownMs));
  row("warm start, least Leptos app → painted", ms(ph.warmStart.floors.leptos.shownMs));
  row("floors / peer's cold load: empty, Leptos", `${ph.warmStart.floors.emptyPage.ratioToPeerCold}, ${ph.warmStart.floors.leptos.ratioToPeerCold}`);
  row(`shared link, 50 stakeholders → ${ph.sharedLink50.markers} markers painted`, ms(ph.sharedLink50.mapDrawnMs));
  row("shared link / peer's cold load", `${ph.sharedLink50.ratioToPeerCold}`);

  const f = r.fiveThousand;
  const n5 = fmtInt(f.stakeholders);
  console.log(`\n== ${n5} stakeholders (unthrottled, like the 1,000 above)`);
  row(`${n5}: load → ready`, ms(f.loadToReadyMs));
  row(`${n5}: list first render (over empty)`, `${f.listFirstRenderMs} ms`);
  row(`${n5}: #/map → ${fmtInt(f.markers)} markers painted`, ms(f.mapRenderMs));
  row(`${n5}: #/summary → painted`, ms(f.summaryRenderMs));
  row(`${n5}: #/ → list painted again`, ms(f.listRerenderMs));
  row(`${n5}: answer change → after paint`, ms(f.answerChange.toAfterPaintMs));
  row(`${n5}: the app's save (encode, write, read back)`, ms(f.saveMs.appSaveTask));
  row(`${n5}: localStorage.setItem alone`, ms(f.saveMs.setItem));
  row(`${n5}: stored`, `${fmtInt(f.envelope.chars)} chars, ${fmtBytes(f.envelope.bytes)} UTF-8, ${fmtInt(f.envelope.bytesPerStakeholder)} bytes per stakeholder`);
  row(`${n5}: memory`, mem(f.memoryAfterLoad));
  row(`${fmtInt(t.stakeholders)}: the app's save (encode, write, read back)`, ms(t.saveMs.appSaveTask));

  const lh = r.lighthouse;
  console.log(`\n== Lighthouse ${lh.version}, ${lh.settings}; the median of ${lh.runs} by performance`);
  row("performance, accessibility, best practices", `${lh.scores.performance}, ${lh.scores.accessibility}, ${lh.scores["best-practices"]}`);
  row("FCP, LCP, TBT, speed index", `${Math.round(lh.metrics.fcpMs)}, ${Math.round(lh.metrics.lcpMs)}, ${Math.round(lh.metrics.tbtMs)}, ${Math.round(lh.metrics.speedIndexMs)} ms; CLS ${lh.metrics.cls}`);
  for (const [c, lost] of Object.entries(lh.lost)) if (lost.length) row(`  lost points in ${c}`, lost.join("; "));
  const ins = r.installability;
  console.log("\n== Installable app (Lighthouse 12 has no PWA category: Chromium's own checks)");
  row("Chromium installability errors", ins.installabilityErrors.join(", ") || "none");
  row("manifest errors", ins.manifestErrors.join(", ") || "none");
  row("manifest: name, short name, start URL, display", `${ins.name}, ${ins.shortName}, ${ins.startUrl}, ${ins.display}`);
  row("icons 192, 512, maskable", `${ins.icon192}, ${ins.icon512}, ${ins.maskableIcon}`);
  row("theme-color, viewport, apple-touch-icon", `${ins.themeColorMeta}, ${ins.viewportMeta}, ${ins.appleTouchIcon}`);
  row("service worker controls the page; opens offline", `${ins.serviceWorkerControls}; ${ph.warmStart.questionMs.n} of ${ph.warmStart.questionMs.n} warm starts`);

  if (r.dependencies) {
    console.log(`\n== Dependencies (${r.dependencies.how})`);
    for (const d of r.dependencies.crates) {
      row(`${d.crate}${d.slot ? " (slot)" : ""}`, d.present ? `${fmtBytes(d.codeBytes)} code in ${fmtInt(d.functions)} functions, ~${fmtBytes(d.brotliBytes)} brotli` : "not in Cargo.toml yet");
    }
    row("all of them together", `${fmtBytes(r.dependencies.together.codeBytes)} code, ~${fmtBytes(r.dependencies.together.brotliBytes)} brotli`);
  }

  console.log("\n== Memory after load (after a forced GC)");
  function mem(m) {
    return `JS heap ${fmtBytes(m.jsHeapUsed)} used / ${fmtBytes(m.jsHeapTotal)}` +
      (m.wasmMemory ? `, wasm memory ${fmtBytes(m.wasmMemory)}` : "");
  }
  row("Órbita, empty workspace", mem(r.memoryAfterLoad.orbitaEmpty));
  row(`Órbita, ${fmtInt(t.stakeholders)} stakeholders`, mem(t.memoryAfterLoad));
  row("peer (SurveyJS)", mem(r.memoryAfterLoad.peer));

  console.log("\n== Share link length (characters, full URL on this origin; payload after #s=)");
  for (const k of ["50", "200"]) {
    const s = r.shareLinkChars[k];
    row(`${k} stakeholders, with notes and plan`, `${fmtInt(s.withNotesAndPlan.link)} (payload ${fmtInt(s.withNotesAndPlan.payload)})`);
    row(`${k} stakeholders, without notes`, `${fmtInt(s.withoutNotes.link)} (payload ${fmtInt(s.withoutNotes.payload)})`);
  }

  if (r.placementThroughput) {
    console.log("\n== Native placement throughput (placement_throughput example)");
    for (const v of Object.values(r.placementThroughput)) row(v.label, `${fmtInt(v.perSecond)} stakeholders/second`);
  }

  if (r.problems.length) {
    console.log("\n== Browser warnings");
    for (const p of r.problems) console.log(`  ${p}`);
  }

  console.log("\n== Budgets (reported, not enforced)");
  for (const b of r.budgets) console.log(`${b.pass ? "PASS" : "FAIL"}  ${b.name}: ${b.value}`);
  const failed = r.budgets.filter((b) => !b.pass).length;
  console.log(`${r.budgets.length - failed} passed, ${failed} failed`);
}

const watchdog = setTimeout(() => {
  console.error(`[bench] gave up after ${WATCHDOG_MS / 60000} minutes`);
  process.exit(1);
}, WATCHDOG_MS);
main().then(
  () => {
    clearTimeout(watchdog);
    process.exit(0);
  },
  (err) => {
    console.error(`[bench] measurement failed: ${err.stack || err}`);
    process.exit(1);
  },
);
