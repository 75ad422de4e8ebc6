// Backups the user can reach: every copy Órbita kept (unreadable data, values reset, an older
// format updated) is listed under Maps → Recovery with its date, why and size, and can be
// downloaded or restored as a new map; a downloaded copy imports. A name that cannot be read
// keeps its person, as "Unnamed".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch, withContext, ready, listNames, saved } from "./harness.mjs";
import { SUPPLIER, WEEKLY_SHOPPER, workspace, seed, SCHEMA } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh guarded profile: closing it fails the test on any unexpected browser problem. */
function withPage(fn) {
  return withContext(browser, server.origin, { acceptDownloads: true }, async (env) => fn(await env.page(), env));
}

async function openRecovery(page) {
  await page.getByTestId("maps-menu").locator("summary").click();
  await page.getByTestId("recovery").click();
  await page.getByTestId("recovery-dialog").waitFor();
}

test("an unreadable copy is listed with its date, why and size, and downloads as it was", async () => {
  const raw = "{this is not json at all";
  await withPage(async (page, env) => {
    await seed(env.context, raw);
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("banner-error").waitFor();
    await openRecovery(page);
    const item = page.getByTestId("recovery-item");
    assert.equal(await item.count(), 1);
    const text = await item.innerText();
    assert.match(text, /Data that could not be read/);
    assert.match(text, new RegExp(`${raw.length} characters`));
    assert.match(text, /\d{4}|\w{3} \d{1,2}, \d{4}/, "a date");
    const download = page.waitForEvent("download");
    await item.getByTestId("recovery-download").click();
    assert.equal(await readFile(await (await download).path(), "utf8"), raw);
    // It cannot be restored as a map, and the user is told so beside it.
    await item.getByTestId("recovery-restore").click();
    await item.getByTestId("recovery-failed").waitFor();
  });
});

test("a copy kept before values were reset restores as a new map, and a downloaded copy imports", async () => {
  const plan = [{ id: 60, title: "Call the supplier", stakeholders: [1], status: "blocked", priority: 70 }];
  const raw = workspace([SUPPLIER, WEEKLY_SHOPPER], { plan, mapName: "Bakery" });
  await withPage(async (page, env) => {
    await seed(env.context, raw);
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("banner-warn").waitFor();
    await saved(page);
    await openRecovery(page);
    const item = page.getByTestId("recovery-item").filter({ hasText: "Before unreadable values were set to defaults" });
    const download = page.waitForEvent("download");
    await item.getByTestId("recovery-download").click();
    const file = await readFile(await (await download).path(), "utf8");
    assert.equal(file, raw);
    await item.getByTestId("recovery-restore").click();
    await page.getByTestId("recovery-dialog").waitFor({ state: "hidden" });
    await page.getByTestId("current-map-name").filter({ hasText: "Bakery (recovered)" }).waitFor();
    assert.deepEqual(await listNames(page), [SUPPLIER.name, WEEKLY_SHOPPER.name]);
    await saved(page);
    const maps = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.map((m) => m.name));
    assert.deepEqual(maps, ["Bakery", "Bakery (recovered)"]);

    // The downloaded copy imports through the Export menu, as any export does.
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("import-file").setInputFiles({ name: "orbita-backup.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await page.getByTestId("import-repaired").waitFor();
    await page.getByTestId("import-new").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Bakery (2)" }).waitFor();
    assert.deepEqual(await listNames(page), [SUPPLIER.name, WEEKLY_SHOPPER.name]);
  });
});

test("data of an earlier version is kept as it was before it is updated", async () => {
  const v1 = await readFile("tests/fixtures/storage-v1.json", "utf8");
  await withPage(async (page, env) => {
    await seed(env.context, v1);
    await page.goto(server.url);
    await ready(page);
    await page.waitForFunction((schema) => JSON.parse(localStorage.getItem("orbita.workspace")).v === schema, SCHEMA);
    await openRecovery(page);
    const item = page.getByTestId("recovery-item").filter({ hasText: "Before the format was updated" });
    const download = page.waitForEvent("download");
    await item.getByTestId("recovery-download").click();
    assert.equal(await readFile(await (await download).path(), "utf8"), v1);
  });
});

test("with nothing kept, Recovery says so", async () => {
  await withPage(async (page, env) => {
    await page.goto(server.url);
    await ready(page);
    await openRecovery(page);
    await page.getByTestId("recovery-empty").waitFor();
    assert.equal(await page.getByTestId("recovery-item").count(), 0);
    await page.keyboard.press("Escape");
    await page.getByTestId("recovery-dialog").waitFor({ state: "hidden" });
  });
});

test("a name that cannot be read keeps its person, as Unnamed, and the user is told", async () => {
  const raw = JSON.parse(workspace([SUPPLIER, WEEKLY_SHOPPER]));
  raw.data.maps[0].stakeholders[1].name = 42;
  await withPage(async (page, env) => {
    await seed(env.context, JSON.stringify(raw));
    await page.goto(server.url);
    await ready(page);
    const banner = page.getByTestId("banner-warn").filter({ hasText: "Some saved values couldn't be read" });
    await banner.waitFor();
    assert.match(await banner.locator("code").textContent(), /stakeholders\[1\]\.name: expected a string/);
    assert.deepEqual(await listNames(page), [SUPPLIER.name, "Unnamed"]);
    // Their answers are all still there: the person's results are shown.
    await page.getByRole("link", { name: "Unnamed" }).first().click();
    await page.getByTestId("result-side").waitFor();
  });
});
