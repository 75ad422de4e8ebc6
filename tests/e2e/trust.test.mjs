// Trust: what a crafted file, a crafted name or a misbehaving browser storage can do to the
// user's data and to the app's own sentences. Each test drives the built app as a person (or a
// crafted file) would, and checks that the data is intact and the right message is shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved, flushSaves, isolate } from "./harness.mjs";
import { SUPPLIER, WEEKLY_SHOPPER, CUSTOMER_SERVICE, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Runs `fn(page, env)` in a fresh guarded context that accepts downloads. */
async function withPage(fn, options = {}) {
  await withContext(browser, server.origin, { acceptDownloads: true, ...options }, async (env) => {
    const page = await env.page();
    await fn(page, env);
  });
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data);

/** Picks `text` as a file to import, from the Export menu, and waits for what it shows. */
async function pickImport(page, name, text) {
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByTestId("import-dialog").locator("[data-testid=import-preview], [data-testid=import-error]").first().waitFor();
}

/** Presses an export button of the Export menu and returns the downloaded file's text. */
async function exported(page, testid) {
  const download = page.waitForEvent("download");
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId(testid).click();
  return readFile(await (await download).path(), "utf8");
}

/** Cells of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF rows), BOM dropped. */
function parseCsv(text, sep) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\ufeff/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === sep) {
      row.push(field);
      field = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

/** Makes the browser refuse, as a full storage does, any write longer than `limit` characters. */
function quotaOf(limit) {
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (String(value).length > limit) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return set.call(this, key, value);
  };
}

/** A map file of `count` people with long notes: together far more than `quotaOf(200000)` allows. */
function hugeMap(name, count = 60) {
  const people = Array.from({ length: count }, (_, i) => ({
    ...[SUPPLIER, WEEKLY_SHOPPER, CUSTOMER_SERVICE][i % 3],
    name: `Imported ${i + 1}`,
    notes: `Note ${i + 1}: ` + "long notes about this person ".repeat(150),
  }));
  return workspace(people, { mapId: "m-huge", mapName: name });
}

// ----- CSV exports -------------------------------------------------------------------------

const FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(1)"];

test("CSV exports of a crafted file: no cell starts with = + - @, each is defused with an apostrophe", async () => {
  const people = FORMULAS.map((f, i) => ({ ...SUPPLIER, name: f, role: FORMULAS[(i + 1) % FORMULAS.length] }));
  const plan = FORMULAS.map((f, i) => ({
    id: 50 + i,
    title: f,
    stakeholders: [i + 1],
    owner: FORMULAS[(i + 1) % FORMULAS.length],
    due: FORMULAS[(i + 2) % FORMULAS.length],
    status: "todo",
    priority: 90 - i,
  }));
  const file = workspace(people, { mapId: "m-crafted", mapName: "Crafted", plan });
  await withPage(async (page) => {
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Mine");
    await saved(page);
    await pickImport(page, "crafted.json", file);
    await page.getByTestId("import-new").click();
    await page.getByTestId("current-map-name").filter({ hasText: /^Crafted$/ }).waitFor();
    // The app shows the text as it came: it is data, not something to run or to change.
    assert.deepEqual(await listNames(page), FORMULAS);

    const defused = (cell) => !/^[=+\-@\t\r＝＋－＠]/.test(cell.trimStart());
    const people_csv = parseCsv(await exported(page, "export-csv"), ",");
    const plan_csv = parseCsv(await exported(page, "export-plan-csv"), ",");
    assert.deepEqual(people_csv[0].slice(0, 2), ["Name", "Role"]);
    assert.deepEqual(plan_csv[0].slice(0, 6), ["Action", "Status", "Priority (0–100)", "Owner", "Due date", "For"]);
    assert.equal(people_csv.length, 1 + FORMULAS.length);
    assert.equal(plan_csv.length, 1 + FORMULAS.length);
    const live = [...people_csv, ...plan_csv].flat().filter((cell) => !defused(cell));
    assert.deepEqual(live, [], "cells a spreadsheet would run as formulas");
    // Every crafted value is there, kept whole, after the apostrophe.
    const quote = (f) => `'${f}`;
    assert.deepEqual(people_csv.slice(1).map((r) => r[0]), FORMULAS.map(quote), "names");
    assert.deepEqual(people_csv.slice(1).map((r) => r[1]), people.map((p) => quote(p.role)), "roles");
    const byTitle = Object.fromEntries(plan_csv.slice(1).map((r) => [r[0], r]));
    for (const item of plan) {
      const row = byTitle[quote(item.title)];
      assert.ok(row, `plan row for ${item.title}`);
      assert.equal(row[3], quote(item.owner), "owner");
      assert.equal(row[4], quote(item.due), "due date");
      assert.equal(row[5], quote(FORMULAS[item.stakeholders[0] - 1]), "who it is for");
    }
    // The user's own map is as it was.
    const data = await stored(page);
    assert.deepEqual(data.maps.map((m) => [m.name, m.stakeholders.map((s) => s.name)]), [["My map", ["Mine"]], ["Crafted", FORMULAS]]);
  });
});

// ----- Names that look like the app's own placeholders ---------------------------------------

test("a map and a stakeholder named {n} are named {n} in every sentence about them", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace([{ name: "{n}", answers: [] }, { name: "Ana", answers: [] }], { mapName: "{n}" }));
    await page.goto(server.url);
    await ready(page);
    const row = page.locator("[data-testid=stakeholder-row][data-id='1']");
    assert.equal(await row.getByTestId("stakeholder-name").textContent(), "{n}");
    assert.equal(await row.getByTestId("delete").getAttribute("aria-label"), `Delete ${isolate("{n}")}`);
    assert.equal(await row.getByTestId("rename").getAttribute("aria-label"), `Rename ${isolate("{n}")}`);
    assert.equal(await page.getByTestId("maps-menu").locator("summary").getAttribute("aria-label"), `Current map: ${isolate("{n}")}`);
    assert.equal(await page.getByTestId("current-map-name").textContent(), "{n}");

    // Rename dialog.
    await row.getByTestId("rename").click();
    const rename = page.getByTestId("rename-dialog");
    await rename.waitFor();
    assert.equal(await rename.locator(".dialog__title").textContent(), "New name for {n}");
    await page.keyboard.press("Escape");
    await rename.waitFor({ state: "hidden" });

    // A question that is not on their path.
    await page.goto(`${server.url}#/s/1/q/nonsense`);
    const notOnPath = page.getByTestId("toast").filter({ hasText: "That question isn't part of" });
    await notOnPath.waitFor();
    assert.equal(await notOnPath.locator(".toast__text").textContent(), "That question isn't part of {n}'s questionnaire.");
    await notOnPath.getByRole("button", { name: "Dismiss" }).click();
    await page.goto(`${server.url}#/`);

    // Adding one says so; deleting one says whom, and Undo brings them back.
    await addStakeholder(page, "{n}");
    await page.waitForFunction(() => document.querySelector("[data-testid=announcer]").textContent === "Added to the map: {n}");
    await row.getByTestId("delete").click();
    const deleted = page.getByTestId("toast").filter({ hasText: "Deleted" });
    await deleted.waitFor();
    assert.equal(await deleted.locator(".toast__text").textContent(), "Deleted “{n}”.");
    await deleted.getByTestId("undo").click();
    await row.waitFor();
    assert.deepEqual(await listNames(page), ["{n}", "Ana", "{n}"]);
    // The same in Spanish.
    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => document.documentElement.lang === "es");
    await row.getByTestId("delete").click();
    const borrado = page.getByTestId("toast").filter({ hasText: "Se eliminó" });
    await borrado.waitFor();
    assert.equal(await borrado.locator(".toast__text").textContent(), "Se eliminó «{n}».");
    await borrado.getByTestId("undo").click();
    await row.waitFor();
    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");

    // The delete-map confirmation names the map, and counts its people.
    await page.getByTestId("maps-menu").locator("summary").click();
    await page.getByTestId("delete-map").click();
    const confirm = page.getByTestId("delete-map-dialog");
    await confirm.waitFor();
    assert.equal(await confirm.locator(".dialog__title").textContent(), "Delete the map “{n}” with its 3 stakeholders and its plan?");
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "hidden" });
    await saved(page);
    const data = await stored(page);
    assert.deepEqual(data.maps.map((m) => [m.name, m.stakeholders.map((s) => s.name)]), [["{n}", ["{n}", "Ana", "{n}"]]]);
  });
});

// ----- Direction marks in names --------------------------------------------------------------

const RLO = "\u202e";

/** The text of `locator`, direction marks shown by their code points. */
async function shown(locator) {
  return (await locator.textContent()).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase()}>`);
}

/**
 * Whether `name` sits in a `<bdi>` of the sentence `locator`, and the sentence's own words
 * are the rest: the name cannot reorder them.
 */
async function isolatedIn(locator, name, words) {
  return locator.evaluate((el, [name, words]) => {
    const bdis = [...el.querySelectorAll("bdi")];
    const outside = el.cloneNode(true);
    outside.querySelectorAll("bdi").forEach((b) => b.replaceWith("…"));
    return bdis.some((b) => b.textContent === name) && outside.textContent === words;
  }, [name, words]);
}

test("a name with an unterminated right-to-left override stays in its own <bdi> in the app's sentences", async () => {
  const person = `Eve ${RLO}gnp.exe`;
  const mapName = `Shop ${RLO}pohs`;
  await withPage(async (page, env) => {
    await seed(env.context, workspace([{ name: person, answers: [] }, { name: "Ana", answers: [] }], { mapName }));
    await page.goto(server.url);
    await ready(page);
    const leaks = [];
    const row = page.locator("[data-testid=stakeholder-row][data-id='1']");
    assert.equal(await row.getByTestId("stakeholder-name").textContent(), person);

    // The rename dialog's title.
    await row.getByTestId("rename").click();
    const rename = page.getByTestId("rename-dialog");
    await rename.waitFor();
    if (!(await isolatedIn(rename.locator(".dialog__title"), person, "New name for …"))) {
      leaks.push(`rename dialog title, no <bdi>: ${await shown(rename.locator(".dialog__title"))}`);
    }
    await page.keyboard.press("Escape");
    await rename.waitFor({ state: "hidden" });

    // The toast after deleting them.
    await row.getByTestId("delete").click();
    const toast = page.getByTestId("toast").filter({ hasText: "Deleted" });
    await toast.waitFor();
    if (!(await isolatedIn(toast.locator(".toast__text"), person, "Deleted “…”."))) {
      leaks.push(`delete toast, no <bdi>: ${await shown(toast.locator(".toast__text"))}`);
    }
    await toast.getByTestId("undo").click();
    await row.waitFor();

    // The delete-map confirmation.
    await page.getByTestId("maps-menu").locator("summary").click();
    await page.getByTestId("delete-map").click();
    const confirm = page.getByTestId("delete-map-dialog");
    await confirm.waitFor();
    if (!(await isolatedIn(confirm.locator(".dialog__title"), mapName, "Delete the map “…” with its 2 stakeholders and its plan?"))) {
      leaks.push(`delete-map confirmation, no <bdi>: ${await shown(confirm.locator(".dialog__title"))}`);
    }
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "hidden" });
    await saved(page);
    assert.deepEqual((await stored(page)).maps[0].stakeholders.map((s) => s.name), [person, "Ana"], "the data is intact");
    assert.deepEqual(leaks, [], "sentences where the name is not isolated");
  });
});

// ----- Plurals -------------------------------------------------------------------------------

test("one stakeholder is '1 person' / '1 persona' and one map is 'one map', in both languages", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace([SUPPLIER], { mapName: "Bakery" }));
    await page.goto(`${server.url}#/summary`);
    await ready(page);
    const wrong = [];
    const check = async (what, text, good, bad) => {
      if (!good.test(text) || bad.test(text)) wrong.push(`${what}: ${JSON.stringify(text)}`);
    };
    for (const lang of ["en", "es"]) {
      const [one, many] = lang === "en"
        ? [/\b1 (person|stakeholder)\b/, /\b1 (people|persons|stakeholders)\b/]
        : [/\b1 persona\b/, /\b1 personas\b/];
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.getByTestId("summary").waitFor();
      await check(`${lang} summary count`, await page.getByTestId("placed-of-total").textContent(), one, many);
      for (const text of await page.getByTestId("top-action-for").allTextContents()) {
        await check(`${lang} top action`, text, one, many);
      }
      // The delete-map confirmation counts the map's people.
      await page.getByTestId("maps-menu").locator("summary").click();
      await page.getByTestId("delete-map").click();
      const confirm = page.getByTestId("delete-map-dialog");
      await confirm.waitFor();
      await check(`${lang} delete-map confirmation`, await confirm.locator(".dialog__title").textContent(), one, many);
      await page.keyboard.press("Escape");
      await confirm.waitFor({ state: "hidden" });
      // A file with one map of one person.
      await pickImport(page, "one.json", workspace([WEEKLY_SHOPPER], { mapId: "m-one", mapName: "One" }));
      const dialog = page.getByTestId("import-dialog");
      const preview = await dialog.innerText();
      await check(`${lang} import preview, maps`, preview, lang === "en" ? /This file holds one map:/ : /Este archivo trae un mapa:/,
        lang === "en" ? /\b1 maps\b/ : /\b1 mapas\b/);
      await check(`${lang} import preview, people`, await page.getByTestId("import-preview").innerText(), one, many);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      if (lang === "en") await page.getByTestId("lang-toggle").click();
    }
    assert.deepEqual(wrong, [], "texts with the wrong plural");
  });
});

// ----- Storage that does not do what it says ---------------------------------------------------

test("a save the browser accepts but does not keep: the dropped-save message, not 'full'; the work stays", async () => {
  await withPage(async (page, env) => {
    await env.context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        // Once the test says so, the workspace's writes are accepted and thrown away.
        if (key === "orbita.workspace" && window.__dropWrites) return;
        return set.call(this, key, value);
      };
    });
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Kept");
    await saved(page);
    const before = await page.evaluate(() => localStorage.getItem("orbita.workspace"));
    await page.evaluate(() => { window.__dropWrites = true; });
    await addStakeholder(page, "Typed after");
    const banner = page.getByTestId("banner-error");
    await banner.filter({ hasText: "The browser accepted your last save but did not keep it" }).waitFor();
    await page.waitForSelector("[data-testid=save-status][data-state=failed]");
    assert.equal(await banner.count(), 1, "one message");
    assert.doesNotMatch(await banner.innerText(), /storage is full/);
    assert.deepEqual(await listNames(page), ["Kept", "Typed after"], "the work stays on screen");
    assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), before);
  });
});

test("an import too big for storage is named as the cause; removing it lets saving work again", async () => {
  const name = `Big ${RLO}import`;
  await withPage(async (page, env) => {
    await env.context.addInitScript(quotaOf, 200000);
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Mine");
    await saved(page);
    await pickImport(page, "huge.json", hugeMap(name));
    await page.getByTestId("import-new").click();
    const banner = page.getByTestId("banner-error").filter({ hasText: "doesn't fit" });
    await banner.waitFor();
    await page.waitForSelector("[data-testid=save-status][data-state=failed]");
    const text = banner.locator(".banner__text");
    assert.ok((await text.textContent()).startsWith(`The imported map “${name}” doesn't fit`), await text.textContent());
    assert.ok(await isolatedIn(text, name, (await text.textContent()).replace(name, "…")), "the name is in its own <bdi>");
    assert.equal(await page.getByTestId("banner-error").filter({ hasText: "storage is full" }).count(), 0);
    assert.equal((await listNames(page)).length, 60, "the imported map is on screen");

    await banner.getByTestId("remove-imported").click();
    await saved(page);
    const data = await stored(page);
    assert.deepEqual(data.maps.map((m) => [m.name, m.stakeholders.map((s) => s.name)]), [["My map", ["Mine"]]]);
    assert.equal(await page.getByTestId("current-map-name").textContent(), "My map");
    assert.deepEqual(await listNames(page), ["Mine"]);
    // Saved again: the message that nothing is being saved must go with the map.
    const gone = await banner.waitFor({ state: "detached", timeout: 5000 }).then(() => true, () => false);
    // And saving goes on working.
    await addStakeholder(page, "After");
    await saved(page);
    assert.deepEqual((await stored(page)).maps[0].stakeholders.map((s) => s.name), ["Mine", "After"]);
    assert.ok(gone, "the save status says Saved, yet the banner still says nothing is being saved");
  });
});

test("unreadable saved data that cannot be backed up is left untouched, and the app says so", async () => {
  const raw = "{this is not json";
  await withPage(async (page, env) => {
    await seed(env.context, raw);
    await env.context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).startsWith("orbita.backup.")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return set.call(this, key, value);
      };
    });
    await page.goto(server.url);
    await ready(page);
    const banner = page.getByTestId("banner-error").filter({ hasText: "We couldn't read the saved data, nor make a backup of it" });
    await banner.waitFor();
    await page.waitForSelector("[data-testid=save-status][data-state=blocked]");
    await addStakeholder(page, "Added anyway");
    await flushSaves(page);
    await page.waitForSelector("[data-testid=save-status][data-state=blocked]");
    assert.deepEqual(await listNames(page), ["Added anyway"], "the work stays on screen");
    assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), raw, "the original is untouched");
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("orbita.backup."))), []);
    // The banner's button hands over the untouched original.
    const download = page.waitForEvent("download");
    await banner.getByTestId("download-backup").click();
    assert.equal(await readFile(await (await download).path(), "utf8"), raw);
  });
});

// ----- The backup reminder ---------------------------------------------------------------------

const TEN = Array.from({ length: 10 }, (_, i) => ({ ...[SUPPLIER, WEEKLY_SHOPPER][i % 2], name: `Person ${i + 1}` }));
const reminder = (page) => page.getByTestId("banner-info").filter({ has: page.getByTestId("backup-export") });

test("no backup reminder right after creating a map and adding ten people to it", async () => {
  await withPage(async (page) => {
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("maps-menu").locator("summary").click();
    await page.getByTestId("new-map").click();
    await page.getByTestId("new-map-dialog").locator("input").fill("Fresh");
    await page.getByTestId("new-map-dialog").locator("button[type=submit]").click();
    await page.getByTestId("current-map-name").filter({ hasText: /^Fresh$/ }).waitFor();
    for (const p of TEN) await addStakeholder(page, p.name);
    // Saved: the reminder's check ran for every change before this.
    await saved(page);
    assert.equal((await listNames(page)).length, 10);
    assert.equal(await page.getByTestId("backup-export").count(), 0);
  });
});

test("no backup reminder after duplicating a ten-person map that was never exported", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace(TEN, { mapName: "Recent", map: { created_at: Date.now() - 60000 } }));
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("stakeholder-name").first().waitFor();
    assert.equal(await page.getByTestId("backup-export").count(), 0, "a map made a minute ago needs no reminder");
    await page.getByTestId("maps-menu").locator("summary").click();
    await page.getByTestId("duplicate-map").click();
    await page.getByTestId("current-map-name").filter({ hasText: /^Recent \(copy\)$/ }).waitFor();
    await saved(page);
    assert.equal((await listNames(page)).length, 10);
    assert.equal(await page.getByTestId("backup-export").count(), 0);
    const maps = (await stored(page)).maps;
    assert.equal(maps.length, 2);
    assert.equal(maps[1].exported_at ?? null, null, "the copy was never exported either");
  });
});

test("the backup reminder appears for a ten-person map with no creation or export date", async () => {
  await withPage(async (page, env) => {
    await seed(env.context, workspace(TEN, { mapName: "Old" }));
    await page.goto(server.url);
    await ready(page);
    await reminder(page).waitFor();
    assert.match(await reminder(page).innerText(), /haven't saved a copy of this map/);
  });
});

// ----- Accessibility of every dialog, menu and banner, in every theme ------------------------------

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function axe(page, label) {
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }));
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) — ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`).join("\n    ")}`);
}

const THEMES = [
  ["light", { colorScheme: "light" }, null],
  ["dark (chosen)", { colorScheme: "light" }, "dark"],
  ["system dark", { colorScheme: "dark" }, null],
];

for (const [theme, options, chosen] of THEMES) {
  test(`axe finds no violations on any dialog, menu or banner (${theme})`, async () => {
    // Ten people never backed up (a reminder) and a plan status that cannot be read (a repair).
    const plan = [{ id: 60, title: "Call the supplier", stakeholders: [1], status: "blocked", priority: 70 }];
    await withPage(async (page, env) => {
      await env.context.addInitScript({ path: AXE });
      await env.context.addInitScript(quotaOf, 200000);
      await env.context.addInitScript(() => {
        // When the tab says so, the workspace's writes are accepted and thrown away.
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === "orbita.workspace" && sessionStorage.getItem("drop-writes")) return;
          return set.call(this, key, value);
        };
      });
      await seed(env.context, workspace(TEN, { mapName: "Shop", plan }));
      await page.goto(server.url);
      await ready(page);
      if (chosen) {
        await page.getByTestId("theme-toggle").click();
        await page.waitForSelector(`html[data-theme=${chosen}]`);
      }
      const problems = [];
      const run = async (label) => problems.push(...(await axe(page, label)));

      await page.getByTestId("banner-warn").filter({ hasText: "Some saved values couldn't be read" }).waitFor();
      await reminder(page).waitFor();
      await run("repaired (warn) and backup reminder (info) banners");

      for (const menu of ["maps-menu", "export-menu"]) {
        await page.getByTestId(menu).locator("summary").click();
        await page.waitForSelector(`[data-testid=${menu}][open]`);
        await run(`${menu} open`);
        await page.keyboard.press("Escape");
        await page.waitForSelector(`[data-testid=${menu}]:not([open])`);
      }
      for (const [item, dialog] of [["new-map", "new-map-dialog"], ["rename-map", "rename-map-dialog"], ["delete-map", "delete-map-dialog"]]) {
        await page.getByTestId("maps-menu").locator("summary").click();
        await page.getByTestId(item).click();
        await page.getByTestId(dialog).waitFor();
        await run(dialog);
        await page.keyboard.press("Escape");
        await page.getByTestId(dialog).waitFor({ state: "hidden" });
      }
      await page.getByTestId("share-button").click();
      await page.getByTestId("share-link").waitFor();
      await run("share dialog");
      await page.keyboard.press("Escape");
      await page.getByTestId("share-dialog").waitFor({ state: "hidden" });

      await pickImport(page, "huge.json", hugeMap("Too big"));
      await page.getByTestId("import-preview").waitFor();
      await run("import preview");
      await page.getByTestId("import-new").click();
      const tooBig = page.getByTestId("banner-error").filter({ hasText: "doesn't fit" });
      await tooBig.waitFor();
      await run("import too big (error) banner");
      await tooBig.getByTestId("remove-imported").click();
      await saved(page);

      // Data of a newer version.
      await page.evaluate(() => localStorage.setItem("orbita.workspace", '{"v":99,"data":{}}'));
      await page.reload();
      await ready(page);
      await page.getByTestId("banner-warn").filter({ hasText: "saved by a newer version" }).waitFor();
      await run("newer version (warn) banner");

      // Unreadable data, and a browser that drops what it is given.
      await page.evaluate(() => {
        localStorage.setItem("orbita.workspace", "{broken");
        sessionStorage.setItem("drop-writes", "1");
      });
      await page.reload();
      await ready(page);
      await page.getByTestId("banner-error").filter({ hasText: "We couldn't read the saved data" }).waitFor();
      await page.getByTestId("banner-error").filter({ hasText: "did not keep it" }).waitFor();
      await run("unreadable data and dropped save (error) banners");

      assert.deepEqual(problems, []);
    }, options);
  });
}

for (const [theme, options, chosen] of THEMES) {
  test(`axe finds no violations on the banner of a clash with another tab (${theme})`, async () => {
    await withPage(async (a, env) => {
      await env.context.addInitScript({ path: AXE });
      // Tab A's frames can be held, so its change stays unsaved while tab B saves another.
      await a.addInitScript(() => {
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => (window.__hold ? 0 : raf(cb));
      });
      await a.goto(server.url);
      await ready(a);
      if (chosen) {
        await a.getByTestId("theme-toggle").click();
        await a.waitForSelector(`html[data-theme=${chosen}]`);
      }
      await addStakeholder(a, "Nora");
      await saved(a);
      const b = await env.page();
      await b.goto(`${server.url}#/s/1`);
      await ready(b);
      await a.goto(`${server.url}#/s/1`);
      await a.getByTestId("sh-notes").waitFor();
      await a.evaluate(() => { window.__hold = true; });
      await a.getByTestId("sh-notes").fill("A's note");
      await b.getByTestId("sh-notes").fill("B's note");
      await saved(b);
      await a.getByTestId("banner-warn").filter({ hasText: "Another tab changed the same thing" }).waitFor();
      assert.deepEqual(await axe(a, "clash (warn) banner"), []);
    }, options);
  });
}
