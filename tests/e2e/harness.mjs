// Shared end-to-end harness: a static server for dist/ (at any mount path, stoppable to go
// "offline"), headless Chromium via playwright-core, and guards that fail a test on any console
// error, page error, CSP violation or request to another origin, checked whenever a context
// closes.
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize, resolve } from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

/** axe-core, to inject with `context.addInitScript({ path: AXE })` before using `axe`. */
export const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's WCAG 2.2 AA and best-practice violations on the page (or only in the part that
 * `selector` picks), each labelled `label`.
 */
export async function axe(page, label, selector = null) {
  const result = await page.evaluate(async (selector) =>
    // eslint-disable-next-line no-undef
    axe.run(selector ? { include: [[selector]] } : document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }), selector);
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) — ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
}

export const DIST = resolve(process.env.ORBITA_DIST || "dist");

/** Content types by file extension, for dist/ (also used by the benchmark's brotli server). */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A plain static file server, like any static host: no rewrites, no special headers. */
export async function startServer({ root = DIST, mount = "/", port = 0 } = {}) {
  const state = { root };
  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = path.slice(mount.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(state.root, rel));
    if (!file.startsWith(state.root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const actualPort = server.address().port;
  return {
    port: actualPort,
    origin: `http://127.0.0.1:${actualPort}`,
    url: `http://127.0.0.1:${actualPort}${mount}`,
    setRoot(dir) {
      state.root = resolve(dir);
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** Every guarded context not yet closed and checked, per browser (persistent ones under null). */
const unchecked = new Map();

/** Launches the browser; `args` adds command-line switches (the benchmark's, for one). */
export async function launch({ args = [] } = {}) {
  const browser = await chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, ...args] });
  // Closing the browser checks any context a test left open, so none escapes the guard.
  const close = browser.close.bind(browser);
  browser.close = async (...args) => {
    const left = [...(unchecked.get(browser) || [])];
    const errors = [];
    for (const env of left) {
      try {
        await env.close();
      } catch (err) {
        errors.push(err.message);
      }
    }
    await close(...args);
    if (errors.length) throw new Error("A context was left open with browser problems:\n" + errors.join("\n"));
  };
  return browser;
}

/** Forwards Content-Security-Policy violations to the console, where the guard sees them. */
function reportCspViolations() {
  document.addEventListener(
    "securitypolicyviolation",
    (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"} at ${e.sourceFile || "?"}:${e.lineNumber}`),
    true,
  );
}

/**
 * A fresh browser profile with guards. Console errors, page errors, crashes, CSP violations and
 * requests to another origin are collected in `problems`, and checked when the context is
 * closed (`env.close()` or `env.context.close()`): any that `allow` (a list of regular
 * expressions, kept as narrow as the one expected problem) does not match fails the test.
 * Prefer `withContext`, which closes and checks for you.
 */
export async function newContext(browser, origin, { persistentDir, allow = [], ...options } = {}) {
  const settings = { viewport: { width: 1280, height: 800 }, locale: "en-US", ...options };
  // A persistent profile (in its own browser) when a test needs a normal, non-incognito one.
  const context = persistentDir
    ? await chromium.launchPersistentContext(persistentDir, { ...LAUNCH, ...settings })
    : await browser.newContext(settings);
  const problems = [];
  context.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("crash", () => problems.push(`page crashed: ${page.url()}`));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  await context.addInitScript(reportCspViolations);

  const owner = persistentDir ? null : browser;
  if (!unchecked.has(owner)) unchecked.set(owner, new Set());
  const closeContext = context.close.bind(context);
  let closing = null;
  const env = {
    context,
    problems,
    async page() {
      return context.newPage();
    },
    /** The problems `allow` does not excuse. */
    unexpected() {
      return problems.filter((p) => !allow.some((re) => re.test(p)));
    },
    /** Closes the context, then fails if the browser reported anything unexpected. */
    async close({ check = true } = {}) {
      closing ??= closeContext().finally(() => unchecked.get(owner).delete(env));
      await closing;
      const left = env.unexpected();
      if (check && left.length) throw new Error("Unexpected browser problems:\n" + left.join("\n"));
    },
  };
  context.close = () => env.close();
  unchecked.get(owner).add(env);
  return env;
}

/**
 * Runs `fn(env)` with a fresh guarded context (see `newContext`), closes it, and fails on any
 * browser problem `options.allow` does not excuse. When `fn` itself fails, that failure is
 * reported, with the browser's problems added to it.
 */
export async function withContext(browser, origin, options, fn) {
  if (typeof options === "function") [options, fn] = [{}, options];
  const env = await newContext(browser, origin, options);
  let result;
  try {
    result = await fn(env);
  } catch (err) {
    await env.close({ check: false }).catch(() => {});
    const left = env.unexpected();
    if (left.length && err instanceof Error) err.message += "\nBrowser problems as well:\n" + left.join("\n");
    throw err;
  }
  await env.close();
  return result;
}

/** User text inside an attribute (an accessible name) sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export const isolate = (text) => `\u2068${text}\u2069`;

/** Waits until the app has mounted and rendered its first frame. */
export async function ready(page) {
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
}

/** Adds a stakeholder through the UI. */
export async function addStakeholder(page, name, role = "") {
  await page.getByTestId("new-name").fill(name);
  if (role) await page.getByTestId("new-role").fill(role);
  await page.getByTestId("add-button").click();
  await page.getByTestId("stakeholder-name").filter({ hasText: name }).first().waitFor();
}

/** Names in the list, in order. */
export async function listNames(page) {
  return page.getByTestId("stakeholder-name").allTextContents();
}

/** Waits for the save indicator to say the latest change is stored. */
export async function saved(page) {
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

/**
 * Chooses an option of the current question with the keyboard, as a person would: presses the
 * key shown next to it (every option has one), which records it and moves on. Resolves once
 * the answer is saved in the page and the next question (or the result) is on screen.
 */
export async function chooseWithKeyboard(page, optionId) {
  const from = await page.getAttribute("[data-testid=questionnaire]", "data-question");
  const key = await page.getAttribute(`[data-testid=option][data-option="${optionId}"]`, "data-key").catch(() => null);
  if (!key) {
    const offered = await page.$$eval("[data-testid=option]", (els) => els.map((e) => e.dataset.option));
    throw new Error(`option ${optionId} not offered; offered: ${offered.join(", ")}`);
  }
  await page.keyboard.press(key);
  await page.waitForFunction(
    (q) => document.querySelector("[data-testid=questionnaire]")?.dataset.question !== q,
    from,
  );
}

/**
 * Answers every question on the path with the keyboard, checking each is the expected one;
 * each key records its answer and moves on, and the last one shows the result.
 */
export async function answerAll(page, answers, { from = 0 } = {}) {
  for (const [question, option] of answers.slice(from)) {
    await page.waitForSelector(`[data-testid=questionnaire][data-question="${question}"]`);
    await chooseWithKeyboard(page, option);
  }
  await page.getByTestId("results").waitFor();
}

/** Opens a stakeholder's page from the list by following the link with their name. */
export async function openStakeholder(page, name) {
  await page.getByRole("link", { name }).first().click();
  await page.getByTestId("stakeholder-title").filter({ hasText: name }).waitFor();
}

/**
 * Runs the app's own save flush now (the one leaving the page runs): any change still waiting
 * for its save is written, or refused, before this returns. After it, "nothing was written"
 * is a fact, not a guess about timing.
 */
export async function flushSaves(page) {
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide")));
}
