// Lighthouse (the pinned npm package) at its mobile settings against a served build, and the
// installability facts Lighthouse no longer checks: its PWA category was removed in version 12,
// so Chromium itself is asked (CDP Page.getInstallabilityErrors, Page.getAppManifest) and the
// page's own facts are read. Used by bench/run.mjs.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const METRICS = {
  "first-contentful-paint": "fcpMs",
  "largest-contentful-paint": "lcpMs",
  "total-blocking-time": "tbtMs",
  "cumulative-layout-shift": "cls",
  "speed-index": "speedIndexMs",
  interactive: "ttiMs",
};

export function lighthouseVersion() {
  return JSON.parse(readFileSync(join(ROOT, "node_modules/lighthouse/package.json"), "utf8")).version;
}

/** One Lighthouse run (mobile, simulated Slow 4G and 4× CPU, its defaults); returns its figures. */
async function runOnce(url, chromePath, chromeFlags) {
  const dir = mkdtempSync(join(tmpdir(), "orbita-lh-"));
  const out = join(dir, "report.json");
  try {
    await promisify(execFile)(
      join(ROOT, "node_modules/.bin/lighthouse"),
      [
        url,
        "--output=json",
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--form-factor=mobile",
        "--quiet",
        "--disable-full-page-screenshot",
        "--chrome-flags=" +
          ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", ...chromeFlags].join(" "),
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 180_000, maxBuffer: 16 << 20 },
    );
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([id, key]) => [key, Math.round(lhr.audits[id].numericValue * 1000) / 1000]),
    );
    // Scored audits that lost points, per category: what to fix.
    const lost = {};
    for (const c of CATEGORIES) {
      lost[c] = lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id].displayValue || lhr.audits[r.id].score})`);
    }
    return { scores, metrics, lost, warnings: lhr.runWarnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` Lighthouse runs one after another; the run with the median performance score. */
export async function lighthouse(url, { runs, chromePath, chromeFlags = [], log }) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    all.push(await runOnce(url, chromePath, chromeFlags));
    const s = all.at(-1).scores;
    log(`Lighthouse ${i + 1}/${runs}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s["best-practices"]}`);
  }
  const byPerf = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
  const median = byPerf[(byPerf.length - 1) >> 1];
  return {
    version: lighthouseVersion(),
    settings: "mobile (form factor, screen, simulated Slow 4G and 4× CPU: Lighthouse's defaults)",
    runs,
    ...median,
    performanceScores: all.map((r) => r.scores.performance),
    accessibilityScores: all.map((r) => r.scores.accessibility),
    bestPracticesScores: all.map((r) => r.scores["best-practices"]),
  };
}

/**
 * Installability, as Chromium decides it, in a normal (not incognito) profile: the manifest's
 * parse errors and Chromium's installability errors (none means it offers to install), plus the
 * facts the old Lighthouse PWA checks looked at. `page` has the app loaded and controlled by its
 * service worker.
 */
export async function installability(page) {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  const { url: manifestUrl, errors: manifestErrors } = await cdp.send("Page.getAppManifest");
  await cdp.detach();
  const facts = await page.evaluate(async (href) => {
    const manifest = await (await fetch(href)).json();
    const icons = manifest.icons || [];
    const has = (size, purpose = "any") =>
      icons.some((i) => i.sizes?.split(" ").includes(size) && (i.purpose || "any").split(" ").includes(purpose));
    const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? null;
    return {
      name: manifest.name ?? null,
      shortName: manifest.short_name ?? null,
      startUrl: manifest.start_url ?? null,
      display: manifest.display ?? null,
      icon192: has("192x192"),
      icon512: has("512x512"),
      maskableIcon: icons.some((i) => (i.purpose || "").split(" ").includes("maskable")),
      themeColorMeta: meta("theme-color") !== null,
      viewportMeta: (meta("viewport") || "").includes("width=device-width"),
      appleTouchIcon: document.querySelector('link[rel="apple-touch-icon"]') !== null,
      serviceWorkerControls: navigator.serviceWorker.controller !== null,
    };
  }, manifestUrl);
  const errors = installabilityErrors.map((e) => e.errorId);
  return {
    installable: errors.length === 0 && manifestErrors.length === 0,
    installabilityErrors: errors,
    manifestErrors: manifestErrors.map((e) => e.message),
    ...facts,
  };
}
