// Offline and updates: the service worker keeps the app, the maps and share links working with
// the server stopped, and a new build is offered with "reload" without losing anything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved, DIST } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 20000 });
}

test("after one visit the app, its maps and shared links work with the server stopped", async () => {
  const mount = "/apps/orbita/";
  let server = await startServer({ mount });
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    await addStakeholder(page, "Offline Olga");
    await saved(page);
    await page.getByTestId("share-button").click();
    const link = await page.getByTestId("share-link").inputValue();
    await page.keyboard.press("Escape");

    await server.stop();
    await page.reload();
    await ready(page);
    assert.deepEqual(await listNames(page), ["Offline Olga"]);
    await addStakeholder(page, "Added offline");
    await saved(page);

    const other = await env.page();
    await other.goto(link);
    await other.getByTestId("shared-banner").waitFor();
    assert.deepEqual(await listNames(other), ["Offline Olga"]);

    // The page itself also opens by its file name; a deeper path is not the app, so the
    // worker leaves it to the (stopped) server instead of showing a broken copy of the app.
    const byName = await env.page();
    await byName.goto(server.url + "index.html");
    await ready(byName);
    assert.deepEqual(await listNames(byName), ["Offline Olga", "Added offline"]);
    const deeper = await env.page();
    await assert.rejects(deeper.goto(server.url + "some/deeper/path"));
  });
});

test("a new build shows 'new version ready'; accepting runs it and keeps the map", async () => {
  const mount = "/";
  const v2 = await mkdtemp(join(tmpdir(), "orbita-v2-"));
  await cp(DIST, v2, { recursive: true });
  // A second build: a changed file and, as postbuild would, a new service-worker version
  // (both files as the release build minifies them).
  const index = await readFile(join(v2, "index.html"), "utf8");
  const index2 = index.replace("<title>", '<meta name="orbita-build" content="second"><title>');
  const sw = await readFile(join(v2, "sw.js"), "utf8");
  const sw2 = sw.replace(/const VERSION ?= ?"([^"]+)"/, 'const VERSION = "$1-second"');
  assert.ok(index2 !== index && sw2 !== sw, "the second build differs from the first");
  await writeFile(join(v2, "index.html"), index2);
  await writeFile(join(v2, "sw.js"), sw2);

  let server = await startServer({ mount });
  const port = server.port;
  try {
    await withContext(browser, server.origin, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      await controlled(page);
      await addStakeholder(page, "Kept across updates");
      await saved(page);

      await server.stop();
      server = await startServer({ mount, root: v2, port });
      await page.reload();
      await ready(page);
      await page.getByTestId("update-ready").waitFor({ timeout: 20000 });
      assert.deepEqual(await listNames(page), ["Kept across updates"], "the old version keeps working");
      await Promise.all([page.waitForEvent("load"), page.getByTestId("update-reload").click()]);
      await ready(page);
      assert.equal(await page.locator('meta[name="orbita-build"]').getAttribute("content"), "second");
      assert.deepEqual(await listNames(page), ["Kept across updates"]);
    });
  } finally {
    await server.stop();
    await rm(v2, { recursive: true, force: true });
  }
});

test("the manifest makes the app installable", async () => {
  const server = await startServer({ mount: "/sub/" });
  // Installability needs a normal (not incognito-like) profile.
  const profile = await mkdtemp(join(tmpdir(), "orbita-profile-"));
  try {
    await withContext(browser, server.origin, { persistentDir: profile }, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      await controlled(page);
      const cdp = await env.context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      assert.deepEqual(installabilityErrors, []);
      const manifest = await cdp.send("Page.getAppManifest");
      assert.deepEqual(manifest.errors, []);
      const parsed = await page.evaluate(() => fetch("manifest.webmanifest").then((r) => r.json()));
      assert.equal(parsed.start_url, "./");
      assert.equal(parsed.display, "standalone");
      assert.ok(parsed.icons.some((i) => i.purpose === "maskable"));
    });
  } finally {
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
});
