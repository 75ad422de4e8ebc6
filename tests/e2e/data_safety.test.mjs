// Data safety: unreadable, old, future, full or disabled storage; two tabs; hostile names; files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved, flushSaves } from "./harness.mjs";
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

/** Opens the app empty and picks `text` as a file to import, as from the Export menu. */
async function openWithFile(page, name, text) {
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

async function withPage(fn, options = {}) {
  await withContext(browser, server.origin, { acceptDownloads: true, ...options }, async (env) => {
    const page = await env.page();
    await fn(page, env);
  });
}

for (const [label, raw] of [
  ["not JSON", "{this is not json"],
  ["JSON of the wrong shape", '{"v":2,"data":[1,2,3]}'],
]) {
  test(`saved data that is ${label} is kept as a backup, offered for download, and the app starts`, async () => {
    await withPage(async (page, env) => {
      await seed(env.context, raw);
      await page.goto(server.url);
      await ready(page);
      await page.getByTestId("banner-error").waitFor();
      const backups = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("orbita.backup.")).map((k) => localStorage.getItem(k)));
      assert.deepEqual(backups, [raw]);
      const download = page.waitForEvent("download");
      await page.getByTestId("download-backup").click();
      const file = await download;
      assert.equal(await readFile(await file.path(), "utf8"), raw);
      await addStakeholder(page, "Still works");
      });
  });
}

test("one unreadable value in saved data: everything else loads, the user is told, the original is kept", async () => {
  const plan = [{ id: 60, title: "Call the supplier", stakeholders: [1], status: "blocked", priority: 70 }];
  const raw = workspace([SUPPLIER, WEEKLY_SHOPPER], { plan });
  await withPage(async (page, env) => {
    await seed(env.context, raw);
    await page.goto(server.url);
    await ready(page);
    const banner = page.getByTestId("banner-warn").filter({ hasText: "Some saved values couldn't be read" });
    await banner.waitFor();
    assert.match(await banner.locator("code").textContent(), /plan\[0\]\.status/);
    assert.deepEqual(await listNames(page), [SUPPLIER.name, WEEKLY_SHOPPER.name]);
    await page.getByTestId("tab-plan").click();
    assert.equal(await page.getByTestId("plan-item").locator(".plan-row__title").textContent(), "Call the supplier");
    const download = page.waitForEvent("download");
    await banner.getByTestId("download-backup").click();
    assert.equal(await readFile(await (await download).path(), "utf8"), raw, "the original, untouched");
    // The readable version is saved, so the next start is clean.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].plan[0].status === "todo");
  });
  // The same file imported: the dialog names the value that takes its default, and imports the rest.
  await withPage(async (page, env) => {
    await openWithFile(page, "backup.json", raw);
    const note = page.getByTestId("import-repaired");
    await note.waitFor();
    assert.match(await note.textContent(), /plan\[0\]\.status: expected "todo", "doing" or "done"/);
    await page.getByTestId("import-new").click();
    await page.getByTestId("stakeholder-name").first().waitFor();
    assert.deepEqual(await listNames(page), [SUPPLIER.name, WEEKLY_SHOPPER.name]);
  });
});

test("every earlier schema version loads through migrations", async () => {
  const v1 = await readFile("tests/fixtures/storage-v1.json", "utf8");
  await withPage(async (page, env) => {
    await seed(env.context, v1);
    await page.goto(server.url);
    await ready(page);
    const names = JSON.parse(v1).data.stakeholders.map((s) => s.name);
    assert.deepEqual(await listNames(page), names);
    // The upgrade is saved, in this version, without any change by the user.
    await page.waitForFunction((schema) => JSON.parse(localStorage.getItem("orbita.workspace")).v === schema, SCHEMA);
  });
});

test("an up-to-date workspace is not written again at start-up; the first change is", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace([SUPPLIER, WEEKLY_SHOPPER]));
    // Count the app's writes of the workspace (the seed writes before this wrapper exists).
    await env.context.addInitScript(() => {
      window.__writes = 0;
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === "orbita.workspace") window.__writes++;
        return set.call(this, k, v);
      };
    });
    await page.goto(server.url);
    await ready(page);
    // Run the app's own save flush: a write start-up had scheduled would happen now.
    await flushSaves(page);
    await page.waitForSelector("[data-testid=save-status][data-state=saved]");
    assert.equal(await page.evaluate(() => window.__writes), 0);
    await addStakeholder(page, "New one");
    await saved(page);
    assert.equal(await page.evaluate(() => window.__writes), 1);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data);
    assert.deepEqual(stored.maps[0].stakeholders.map((s) => s.name), [SUPPLIER.name, WEEKLY_SHOPPER.name, "New one"]);
  });
});

test("data from a newer version is not overwritten and the user is told", async () => {
  const future = '{"v":99,"data":{"something":"new"}}';
  await withPage(async (page, env) => {
    await seed(env.context, future);
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("banner-warn").waitFor();
    await addStakeholder(page, "Typed anyway");
    // The change has been through the app's save, which refused it.
    await flushSaves(page);
    await page.waitForSelector("[data-testid=save-status][data-state=blocked]");
    assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), future);
  });
});

test("storage full: a clear message, work kept in memory, export still works", async () => {
  await withPage(async (page, env) => {
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Before full");
    await saved(page);
    // Fill localStorage to the brim.
    await page.evaluate(() => {
      const chunk = "x".repeat(1024 * 1024);
      for (let i = 0; ; i++) {
        try { localStorage.setItem("filler" + i, chunk); } catch { break; }
      }
      for (let size = 512 * 1024; size > 16; size = Math.floor(size / 2)) {
        try { localStorage.setItem("filler-small-" + size, "y".repeat(size)); } catch { /* full */ }
      }
    });
    await addStakeholder(page, "After full " + "z".repeat(2000));
    await page.getByTestId("banner-error").filter({ hasText: "storage is full" }).waitFor();
    assert.equal((await listNames(page)).length, 2, "the new stakeholder stays on screen");
    const download = page.waitForEvent("download");
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("export-json").click();
    const text = await readFile(await (await download).path(), "utf8");
    assert.ok(text.includes("After full"), "the export includes the unsaved work");
  });
});

test("storage unavailable: the app runs in memory with a banner", async () => {
  await withPage(async (page, env) => {
    await env.context.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException("blocked", "SecurityError"); };
    });
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Memory only");
    await page.getByTestId("banner-error").waitFor();
    assert.deepEqual(await listNames(page), ["Memory only"]);
  });
});

test("two tabs: a change in one shows in the other; nothing newer is overwritten", async () => {
  await withPage(async (a, env) => {
    await a.goto(server.url);
    await ready(a);
    await addStakeholder(a, "From tab A");
    await saved(a);
    const b = await env.page();
    await b.goto(server.url);
    await ready(b);
    assert.deepEqual(await listNames(b), ["From tab A"]);
    await addStakeholder(b, "From tab B");
    await saved(b);
    await a.getByTestId("stakeholder-name").filter({ hasText: "From tab B" }).waitFor();
    await addStakeholder(a, "Again from A");
    await saved(a);
    await b.getByTestId("stakeholder-name").filter({ hasText: "Again from A" }).waitFor();
    const stored = await a.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")));
    assert.deepEqual(stored.data.maps[0].stakeholders.map((s) => s.name), ["From tab A", "From tab B", "Again from A"]);
  });
});

test("text is saved as it is typed: a reload or another tab's edit loses none of it", async () => {
  await withPage(async (a, env) => {
    await a.goto(server.url);
    await ready(a);
    await addStakeholder(a, "Nora");
    await a.getByRole("link", { name: "Nora" }).first().click();
    await a.getByTestId("sh-notes").click();
    await a.keyboard.type("Prefers email");
    // Still in the field: nothing was "left", yet it is saved.
    await saved(a);
    await a.reload();
    await ready(a);
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "Prefers email");

    // Tab B edits the role while tab A is in the middle of typing notes.
    const b = await env.page();
    await b.goto(a.url());
    await ready(b);
    await a.getByTestId("sh-notes").click();
    await a.keyboard.press("End");
    await a.keyboard.type(", not calls");
    await saved(a);
    await b.waitForFunction(() => document.querySelector("[data-testid=sh-notes]").value.endsWith("not calls"));
    await b.getByTestId("sh-role").fill("Regular customer");
    await saved(b);
    await a.waitForFunction(() => document.querySelector("[data-testid=sh-role]").value === "Regular customer");
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "Prefers email, not calls");
    await a.keyboard.type(".");
    await saved(a);
    const stored = await a.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")));
    const nora = stored.data.maps[0].stakeholders[0];
    assert.equal(nora.notes, "Prefers email, not calls.");
    assert.equal(nora.role, "Regular customer");

    // A blank name is not saved; leaving the field puts the name back.
    await a.fill("#sh-name", "");
    await a.keyboard.press("Tab");
    assert.equal(await a.inputValue("#sh-name"), "Nora");
  });
});

test("an unsaved change meets another tab's save: both are kept, and a clash is left to the user", async () => {
  await withPage(async (a, env) => {
    // Tab A's frames can be held, so a change stays unsaved for as long as the test needs (a
    // change is saved just after the frame that shows it).
    await a.addInitScript(() => {
      const raf = window.requestAnimationFrame.bind(window);
      window.__held = [];
      window.requestAnimationFrame = (cb) => (window.__hold ? (window.__held.push(cb), 0) : raf(cb));
      window.__release = () => { window.__hold = false; window.__held.splice(0).forEach((cb) => raf(cb)); };
    });
    await a.goto(server.url);
    await ready(a);
    await addStakeholder(a, "Nora");
    await saved(a);
    const b = await env.page();
    await b.goto(server.url);
    await ready(b);
    const stored = () => a.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0]);

    // A types a note that is not saved yet while B adds a person: both are kept.
    await a.getByRole("link", { name: "Nora" }).first().click();
    await a.evaluate(() => { window.__hold = true; });
    await a.getByTestId("sh-notes").fill("Typed in A");
    await a.waitForSelector("[data-testid=save-status][data-state=saving]");
    await addStakeholder(b, "Added in B");
    await saved(b);
    await a.getByTestId("toast").filter({ hasText: "The changes from both were kept" }).waitFor();
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "Typed in A");
    let map = await stored();
    assert.deepEqual(map.stakeholders.map((s) => [s.name, s.notes]), [["Nora", "Typed in A"], ["Added in B", ""]]);
    await b.getByRole("link", { name: "Nora" }).first().click();
    await b.waitForFunction(() => document.querySelector("[data-testid=sh-notes]").value === "Typed in A");
    await a.evaluate(() => window.__release());
    await saved(a);

    // Both change the same note: nothing is written over, and A asks which version to keep.
    await a.evaluate(() => { window.__hold = true; });
    await a.getByTestId("sh-notes").fill("A's version");
    await b.getByTestId("sh-notes").fill("B's version");
    await saved(b);
    const banner = a.getByTestId("banner-warn").filter({ hasText: "Another tab changed the same thing" });
    await banner.waitFor();
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "A's version");
    assert.equal((await stored()).stakeholders[0].notes, "B's version");
    await a.evaluate(() => window.__release());
    // A's held change has been through its save, which waits for the user's choice.
    await flushSaves(a);
    await a.waitForSelector("[data-testid=save-status][data-state=blocked]");
    assert.equal((await stored()).stakeholders[0].notes, "B's version", "still nothing written over B's save");

    // Keeping A's version writes it, by the user's choice; B follows.
    await banner.getByTestId("conflict-mine").click();
    await saved(a);
    assert.equal((await stored()).stakeholders[0].notes, "A's version");
    await b.waitForFunction(() => document.querySelector("[data-testid=sh-notes]").value === "A's version");

    // The other way round: B's version is taken, and A shows it.
    await a.evaluate(() => { window.__hold = true; });
    await a.getByTestId("sh-notes").fill("A again");
    await b.getByTestId("sh-notes").fill("B again");
    await saved(b);
    await banner.waitFor();
    await banner.getByTestId("conflict-theirs").click();
    await a.evaluate(() => window.__release());
    await a.waitForFunction(() => document.querySelector("[data-testid=sh-notes]").value === "B again");
    await saved(a);
    map = await stored();
    assert.deepEqual(map.stakeholders.map((s) => [s.name, s.notes]), [["Nora", "B again"], ["Added in B", ""]]);
  });
});

test("hostile and unusual names display as text and survive export and import", async () => {
  const names = [
    "<script>alert(1)</script>",
    'Quote "double" and \'single\'',
    "Emoji 🚀👩🏽‍🍳",
    "עברית מימין לשמאל",
    "L".repeat(10000),
  ];
  await withPage(async (page, env) => {
    await page.goto(server.url);
    await ready(page);
    for (const n of names) await addStakeholder(page, n);
    assert.deepEqual(await listNames(page), names);
    assert.equal(await page.locator("script:not([src])").count(), 0, "no injected script element");
    await saved(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("export-json").click();
    const path = await (await download).path();
    // Import the file back as a new map and compare.
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("import-file").setInputFiles(path);
    await page.getByTestId("import-preview").waitFor();
    await page.getByTestId("import-new").click();
    await page.getByTestId("stakeholder-name").first().waitFor();
    assert.deepEqual(await listNames(page), names);
    const maps = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.length);
    assert.equal(maps, 2, "imported as a new map; the original stays");
  });
});

test("a map of ten or more never backed up gets an export reminder; exporting or importing it does not", async () => {
  const people = Array.from({ length: 12 }, (_, i) => ({ ...[SUPPLIER, WEEKLY_SHOPPER][i % 2], name: `Person ${i + 1}` }));
  const file = workspace(people, { mapName: "From a file" });
  await withPage(async (page, env) => {
    await seed(env.context, file);
    await page.goto(server.url);
    await ready(page);
    const reminder = page.getByTestId("banner-info").filter({ hasText: "haven't saved a copy" });
    await reminder.waitFor();
    // The reminder's own button exports the map, and then it goes.
    const download = page.waitForEvent("download");
    await reminder.getByRole("button", { name: "Export this map (JSON)" }).click();
    assert.match((await download).suggestedFilename(), /^from-a-file-\d{4}-\d\d-\d\d\.json$/);
    await reminder.waitFor({ state: "detached" });
  });
  // The same people arriving from a file: the file is the copy, so no reminder.
  await withPage(async (page, env) => {
    await openWithFile(page, "map.json", file);
    await page.getByTestId("import-new").click();
    await page.getByTestId("stakeholder-name").first().waitFor();
    assert.equal((await listNames(page)).length, 12);
    await saved(page);
    await page.reload();
    await ready(page);
    await page.getByTestId("stakeholder-name").first().waitFor();
    assert.equal(await page.getByTestId("banner-info").count(), 0, "no reminder for an imported map");
  });
});

test("an invalid import file names the problem and changes nothing", async () => {
  await withPage(async (page, env) => {
    await env.context.addInitScript(() => {});
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Keep me");
    await saved(page);
    const before = await page.evaluate(() => localStorage.getItem("orbita.workspace"));
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "broken.json", mimeType: "application/json",
      buffer: Buffer.from('{"v":2,"data":{"maps":[{"id":"x","name":"Shop","stakeholders":[{"id":"one","name":"Ana"}]}]}}'),
    });
    await page.getByTestId("import-error").waitFor();
    const shape = await page.getByTestId("import-error").innerText();
    assert.match(shape, /^Nothing was imported: the file is missing something/);
    assert.match(shape, /Technical detail, in case you ask for help: .*stakeholders\[0\]\.id/);
    assert.equal(await page.getByTestId("import-error").locator("code").getAttribute("lang"), "en");
    await page.getByTestId("import-dialog").getByRole("button", { name: "Close", exact: true }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("{shopping list"),
    });
    await page.getByTestId("import-error").filter({ hasText: "not valid JSON" }).waitFor();
    assert.match(await page.getByTestId("import-error").innerText(), /this file is not an Órbita export/);
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), before);
  });
});

test("several maps: create, rename, duplicate, switch, delete with Undo; the last one opens on return", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace([SUPPLIER, WEEKLY_SHOPPER], { mapName: "Bakery" }));
    await page.goto(server.url);
    await ready(page);
    const menu = async () => page.getByTestId("maps-menu").locator("summary").click();
    await menu();
    await page.getByTestId("duplicate-map").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Bakery (copy)" }).waitFor();
    assert.equal((await listNames(page)).length, 2);
    await menu();
    await page.getByTestId("rename-map").click();
    await page.getByTestId("rename-map-dialog").locator("input").fill("Bakery 2027");
    await page.getByTestId("rename-map-dialog").locator("button[type=submit]").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Bakery 2027" }).waitFor();
    await menu();
    await page.getByTestId("new-map").click();
    await page.getByTestId("new-map-dialog").locator("input").fill("Airline");
    await page.getByTestId("new-map-dialog").locator("button[type=submit]").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Airline" }).waitFor();
    assert.equal(await page.getByTestId("stakeholder-row").count(), 0);
    await saved(page);
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("current-map-name").innerText(), "Airline");
    // Delete the current map: confirmation, then Undo.
    await menu();
    await page.getByTestId("delete-map").click();
    await page.getByTestId("delete-map-dialog").getByRole("button", { name: "Delete map" }).click();
    await page.getByTestId("undo").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Airline" }).waitFor();
    // The app saves after the frame is painted: wait for the write rather than race it.
    const maps = () => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.length;
    await page
      .waitForFunction(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.length === 3, null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.evaluate(maps), 3);
  });
});

test("CSV export quotes commas, quotes, new lines and accents", async () => {
  const tricky = { ...SUPPLIER, name: 'Pan, "Sol" y\nCía — Ñandú' };
  await withPage(async (page, env) => {
    await seed(env.context, workspace([tricky]));
    await page.goto(server.url);
    await ready(page);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("export-csv").click();
    const csv = await readFile(await (await download).path(), "utf8");
    assert.ok(csv.includes('"Pan, ""Sol"" y\nCía — Ñandú"'), csv.slice(0, 300));
    assert.ok(csv.startsWith("\ufeffName,Role,"), "English: commas");
    // The plan as CSV too; in Spanish with semicolons, as Spanish spreadsheets expect.
    await page.getByTestId("lang-toggle").click();
    const planDownload = page.waitForEvent("download");
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("export-plan-csv").click();
    const plan = await planDownload;
    assert.match(plan.suggestedFilename(), /^test-map-plan-\d{4}-\d\d-\d\d\.csv$/);
    const planCsv = await readFile(await plan.path(), "utf8");
    assert.ok(planCsv.startsWith("\ufeffAcción;Estado;Prioridad (0–100);"), planCsv.slice(0, 100));
  });
});
