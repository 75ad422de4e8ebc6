// The harness's guard itself: every context fails its test on a console error, a page error, a
// CSP violation or a request to another origin, unless a narrow allow-list excuses it, and a
// test's own failure is never hidden by it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, newContext, withContext, ready } from "./harness.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the app in a guarded context and does `misdeed(page, env)` in it. */
async function opened(misdeed, options = {}) {
  return withContext(browser, server.origin, options, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await misdeed(page, env);
  });
}

/** Waits, one round trip to the page at a time, until the guard has recorded a problem matching `re`. */
async function recorded(page, env, re) {
  for (let i = 0; i < 500 && !env.problems.some((p) => re.test(p)); i++) await page.evaluate(() => 0);
}

const MISDEEDS = [
  ["a console error", /console error: boom/, (page) => page.evaluate(() => console.error("boom"))],
  ["a page error", /page error: .*kaboom/, (page) => page.evaluate(() => { queueMicrotask(() => { throw new Error("kaboom"); }); })],
  ["a CSP violation", /CSP violation: img-src/, (page) => page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.invalid/pixel.png";
    document.body.append(img);
  })],
  // Another origin for the same server: the address a page might be sent to by a crafted link.
  ["a request to another origin", /request to another origin: http:\/\/localhost:/, (page) =>
    page.goto(`http://localhost:${server.port}/`)],
];

for (const [what, message, misdeed] of MISDEEDS) {
  test(`the guard fails a test for ${what}, checked when the context closes`, async () => {
    await assert.rejects(
      opened(async (page, env) => {
        await misdeed(page);
        await recorded(page, env, message);
      }),
      (err) => message.test(err.message) && /Unexpected browser problems/.test(err.message),
    );
  });
}

test("a narrow allow-list excuses only what it names", async () => {
  await opened((page) => page.evaluate(() => console.error("expected trouble")), { allow: [/expected trouble/] });
  await assert.rejects(
    opened(async (page) => {
      await page.evaluate(() => console.error("expected trouble"));
      await page.evaluate(() => console.error("something else"));
    }, { allow: [/expected trouble/] }),
    (err) => /something else/.test(err.message) && !/expected trouble/.test(err.message),
  );
});

test("a test's own failure is reported as it is, with the browser's problems added", async () => {
  await assert.rejects(
    opened(async (page) => {
      await page.evaluate(() => console.error("noise"));
      assert.equal(1, 2, "the test's own assertion");
    }),
    (err) => /the test's own assertion/.test(err.message) && /Browser problems as well:\n.*noise/.test(err.message),
  );
});

test("a context left open is checked when the browser closes", async () => {
  const own = await launch();
  const env = await newContext(own, server.origin);
  const page = await env.page();
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(() => console.error("left behind"));
  await assert.rejects(own.close(), /left behind/);
});
