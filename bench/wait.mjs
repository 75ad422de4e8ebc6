// Waiting for the page without disturbing what is measured. Playwright's waitForSelector and
// waitForFunction inject its selector engine into the page on first use: a large script whose
// evaluation, with the CPU slowed 4×, took about 450 ms of the main thread in the middle of a
// load (seen in a trace). These waits only call a small function in the page, every 25 ms.

/** Polls `fn(arg)` in the page until it returns a truthy value, which is returned. */
export async function waitInPage(page, fn, arg, { timeout = 30_000, what = fn.name || "a condition" } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The ready mark's time from navigation start, once the page has set it (body[data-ready]). */
export async function readyMark(page, name, { timeout = 30_000 } = {}) {
  const t = await waitInPage(
    page,
    (n) => document.body?.dataset.ready === "true" && (performance.getEntriesByName(n)[0]?.startTime ?? -1),
    name,
    { timeout, what: `the "${name}" mark` },
  );
  if (t < 0) throw new Error(`performance mark "${name}" missing`);
  return t;
}
