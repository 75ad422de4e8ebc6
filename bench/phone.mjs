// What a phone user feels: loads with Chromium's CPU slowed 4× and "Slow 4G" emulated, both pages
// served brotli-compressed (bench/serve.mjs). Used by bench/run.mjs, which owns the browser.
//
// - cold load: a fresh profile opens a page; navigation start → ready mark and → first question
//   painted. Órbita opens the questionnaire of a map with one unanswered stakeholder
//   (`#/s/<id>/q`), the peer its one survey question.
// - warm start: a profile that has used Órbita twice (its service worker installed, and so the
//   files in its cache) opens it again with the network off, CPU still slowed. Two floor pages
//   are then opened the same way, an empty page (bench/floor/) and the least Leptos app
//   (bench/floor/leptos/): what any page, and any Leptos app, costs there before its own work.
// - shared link: a fresh profile opens a 50-stakeholder share link on the map; → markers painted.
import { readyMark, waitInPage } from "./wait.mjs";

/** The phone: CPU 4× slower than this machine, Slow 4G (CDP's figures are bytes per second). */
export const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
};

/** Applies the phone's CPU and network to one page (before it navigates). */
export async function throttle(page, { offline = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline,
    latency: offline ? 0 : PHONE.latencyMs,
    downloadThroughput: offline ? -1 : (PHONE.downloadKbps * 1000) / 8,
    uploadThroughput: offline ? -1 : (PHONE.uploadKbps * 1000) / 8,
    connectionType: offline ? "none" : "cellular4g",
  });
  return cdp;
}

/**
 * Init script: records as window.__benchShownAt the time (performance.now(), from navigation
 * start) of the first animation frame after at least `count` elements match `selector`.
 */
function watchShown({ selector, count }) {
  const check = () => {
    if (document.querySelectorAll(selector).length < count) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchShownAt = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

const initScript = (fn, arg) => ({ content: `(${fn.toString()})(${JSON.stringify(arg)});` });

// What "the first question is shown" means on each page.
const ORBITA_QUESTION = { selector: "[data-testid=q-prompt]", count: 1 };
const PEER_QUESTION = { selector: ".sd-question__title", count: 1 };
const FLOOR_TEXT = { selector: "[data-floor]", count: 1 };

/**
 * The throttled figures. `kit` comes from bench/run.mjs: { fresh, log, wait }.
 * `orbita` and `peer` are brotli servers; `question` = { envelope, id } (a map with one
 * unanswered stakeholder); `share` = the fragment of a 50-stakeholder share link.
 */
export async function phoneLoads(kit, { orbita, peer, floors, runs, question, share }) {
  const { log } = kit;
  const questionPath = `#/s/${question.id}/q`;
  const cold = { orbitaReady: [], orbitaQuestion: [], peerReady: [], peerQuestion: [] };
  // One untimed load of each first (process start-up, disk), then alternate.
  await coldLoad(kit, orbita, { path: questionPath, envelope: question.envelope, watch: ORBITA_QUESTION, mark: "orbita-ready" });
  await coldLoad(kit, peer, { path: "", watch: PEER_QUESTION, mark: "peer-ready" });
  for (let i = 0; i < runs; i++) {
    const o = await coldLoad(kit, orbita, { path: questionPath, envelope: question.envelope, watch: ORBITA_QUESTION, mark: "orbita-ready" });
    const p = await coldLoad(kit, peer, { path: "", watch: PEER_QUESTION, mark: "peer-ready" });
    cold.orbitaReady.push(o.ready);
    cold.orbitaQuestion.push(o.shown);
    cold.peerReady.push(p.ready);
    cold.peerQuestion.push(p.shown);
    log(`throttled cold load ${i + 1}/${runs}: Órbita question ${Math.round(o.shown)} ms, peer ${Math.round(p.shown)} ms`);
  }

  const warm = { ready: [], question: [], requests: [], floors: {} };
  for (let i = 0; i < runs; i++) {
    const w = await warmStart(kit, orbita, { path: questionPath, envelope: question.envelope, watch: ORBITA_QUESTION, mark: "orbita-ready" });
    warm.ready.push(w.ready);
    warm.question.push(w.shown);
    warm.requests.push(w.requests);
    log(`warm start ${i + 1}/${runs}: question ${Math.round(w.shown)} ms (offline, CPU ${PHONE.cpuSlowdown}× slower)`);
  }
  // Each floor's loads together, after Órbita's: taken between Órbita's loads, they came with a
  // slower figure for Órbita in one run (1,245 ms, against 814–961 ms in runs without them).
  for (const [name, server] of Object.entries(floors)) {
    const f = { ready: [], shown: [] };
    for (let i = 0; i < runs; i++) {
      const w = await warmStart(kit, server, { path: "", watch: FLOOR_TEXT, mark: "floor-ready" });
      f.ready.push(w.ready);
      f.shown.push(w.shown);
      log(`warm start, floor "${name}" ${i + 1}/${runs}: ${Math.round(w.shown)} ms`);
    }
    warm.floors[name] = f;
  }

  // The shared map: how many markers it draws, from an unthrottled look first.
  const markers = await sharedMarkers(kit, orbita, share);
  const shared = [];
  for (let i = 0; i < runs; i++) {
    const s = await coldLoad(kit, orbita, {
      path: `#${share}&/map`,
      watch: { selector: "[data-testid=marker]", count: markers },
      mark: "orbita-ready",
    });
    shared.push(s.shown);
    log(`shared link ${i + 1}/${runs}: ${markers} markers painted at ${Math.round(s.shown)} ms`);
  }
  return { cold, warm, shared, sharedMarkers: markers };
}

async function coldLoad(kit, server, { path, envelope, watch, mark }) {
  const c = await kit.fresh(server, { envelope, initScripts: [initScript(watchShown, watch)] });
  await throttle(c.page);
  await c.page.goto(server.url + path, { timeout: kit.wait * 2 });
  const ready = await readyMark(c.page, mark);
  const shown = await waitInPage(c.page, () => window.__benchShownAt, null, { timeout: kit.wait, what: watch.selector });
  await c.close();
  return { ready, shown };
}

async function warmStart(kit, server, { path, envelope, watch, mark }) {
  const c = await kit.fresh(server, { envelope, serviceWorkers: "allow", initScripts: [initScript(watchShown, watch)] });
  const url = server.url + path;
  // First visit: the service worker installs and takes the page over.
  await c.page.goto(url, { timeout: kit.wait });
  await readyMark(c.page, mark);
  await c.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: kit.wait });
  // Second visit, from the worker's cache (the browser keeps its compiled code from here on).
  const second = await c.context.newPage();
  await second.goto(url, { timeout: kit.wait });
  await readyMark(second, mark);
  await second.close();
  await c.page.close();
  // Third visit: offline, CPU slowed. Every request must be answered by the worker.
  await c.context.setOffline(true);
  const page = await c.context.newPage();
  let requests = 0;
  page.on("request", () => requests++);
  await throttle(page, { offline: true });
  await page.goto(url, { timeout: kit.wait });
  const ready = await readyMark(page, mark);
  const shown = await waitInPage(page, () => window.__benchShownAt, null, { timeout: kit.wait, what: watch.selector });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  await c.close();
  if (!controlled) throw new Error(`warm start (${server.url}): the page was not served by the service worker`);
  return { ready, shown, requests };
}

async function sharedMarkers(kit, server, share) {
  const c = await kit.fresh(server);
  await c.page.goto(`${server.url}#${share}&/map`, { timeout: kit.wait });
  await readyMark(c.page, "orbita-ready");
  const count = await c.page.waitForFunction(() => {
    const shown = document.querySelector("[data-testid=showing]");
    const n = document.querySelectorAll("[data-testid=marker]").length;
    const k = shown && Number((shown.textContent.match(/\d[\d.,\u00a0\u202f ]*/) || ["0"])[0].replace(/\D/g, ""));
    return n > 0 && n === k ? n : false;
  }, null, { timeout: kit.wait });
  const n = await count.jsonValue();
  await c.close();
  return n;
}
