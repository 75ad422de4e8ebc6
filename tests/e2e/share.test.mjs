// Sharing a whole map through a URL: read-only view in a fresh profile, save as new, bad links.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved } from "./harness.mjs";
import { SUPPLIER, WEEKLY_SHOPPER, CUSTOMER_SERVICE, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer({ mount: "/team/orbita/" });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function makeLink(people, opts = {}) {
  return withContext(browser, server.origin, { permissions: ["clipboard-read", "clipboard-write"] }, async (env) => {
    await seed(env.context, workspace(people, opts));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("share-button").click();
    const link = await page.getByTestId("share-link").inputValue();
    assert.ok(link.startsWith(server.url + "#s="), link.slice(0, 80));
    assert.match(await page.getByTestId("share-length").innerText(), new RegExp(String(link.length).replace(/\B(?=(\d{3})+$)/g, ",")));
    await page.getByTestId("copy-link").click();
    await page.getByTestId("share-copied").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    return link;
  });
}

test("a shared link opens read-only in a fresh profile and saves as a new map without touching local ones", async () => {
  const link = await makeLink([SUPPLIER, WEEKLY_SHOPPER, CUSTOMER_SERVICE], { mapName: "Consultancy client", mapId: "m-shared" });
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "My own person");
    await saved(page);
    const mine = await page.evaluate(() => localStorage.getItem("orbita.workspace"));

    await page.goto(link);
    await page.getByTestId("shared-banner").waitFor();
    assert.deepEqual(await listNames(page), [SUPPLIER.name, WEEKLY_SHOPPER.name, CUSTOMER_SERVICE.name]);
    assert.equal(await page.getByTestId("add-form").count(), 0, "read-only: no add form");
    assert.equal(await page.getByTestId("save-status").innerText(), "Read only", "nothing of it is being saved");
    assert.equal(await page.getByTestId("delete").count(), 0, "read-only: no delete buttons");
    const panels = await page.locator("main .panel").evaluateAll((els) => els.map((e) => e.innerText.trim()));
    assert.ok(panels.every((t) => t.length > 0), "read-only: no empty panel");
    // Results of a shared stakeholder are readable.
    await page.getByRole("link", { name: SUPPLIER.name }).click();
    await page.getByTestId("result-side").waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), mine, "opening a link changes nothing");

    // The maps menu shows the shared map's name and marks none of the user's maps as current;
    // picking one leaves the shared map.
    assert.equal(await page.getByTestId("current-map-name").innerText(), "Consultancy client");
    await page.getByTestId("maps-menu").locator("summary").click();
    assert.equal(await page.getByTestId("maps-menu").locator("[aria-current]").count(), 0);
    await page.getByTestId("maps-menu").getByRole("button", { name: "My map" }).click();
    await page.getByTestId("shared-banner").waitFor({ state: "detached" });
    assert.deepEqual(await listNames(page), ["My own person"]);
    await page.goBack();
    await page.getByTestId("shared-banner").waitFor();

    await page.getByTestId("shared-save").click();
    await page.getByTestId("shared-banner").waitFor({ state: "detached" });
    const ws = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data);
    assert.equal(ws.maps.length, 2);
    assert.deepEqual(ws.maps[0].stakeholders.map((s) => s.name), ["My own person"], "local map untouched");
    assert.equal(ws.maps[1].name, "Consultancy client");

    // Opening the same link again: the user is told before saving anything, and chooses.
    await page.goto(link);
    await page.getByTestId("shared-banner").waitFor();
    await page.getByTestId("shared-exists").filter({ hasText: "You already have this map saved as “Consultancy client”" }).waitFor();
    assert.equal(await page.getByTestId("shared-save").count(), 0, "no plain Save that would only then say so");
    await page.getByTestId("shared-open-saved").click();
    await page.getByTestId("current-map-name").filter({ hasText: "Consultancy client" }).waitFor();
    const count = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.length);
    assert.equal(count, 2, "no silent duplicate");
  });
});

test("a first visit through a shared link saves it as the only map, not beside an empty one", async () => {
  const link = await makeLink([SUPPLIER, WEEKLY_SHOPPER], { mapName: "Consultancy client", mapId: "m-shared" });
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(link);
    await page.getByTestId("shared-banner").waitFor();
    await page.getByTestId("shared-save").click();
    await page.getByTestId("shared-banner").waitFor({ state: "detached" });
    await saved(page);
    const ws = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data);
    assert.deepEqual(ws.maps.map((m) => m.name), ["Consultancy client"]);
    assert.equal(ws.current, ws.maps[0].id);
  });
});

test("truncated, tampered and future links get a plain message; local maps stay intact", async () => {
  const link = await makeLink([SUPPLIER, WEEKLY_SHOPPER]);
  const [base, payload] = link.split("#s=");
  const cases = [
    [`${base}#s=${payload.slice(0, Math.floor(payload.length / 2))}`, /cut off/],
    [`${base}#s=${payload.slice(0, -6)}${payload.slice(-6).split("").reverse().join("")}`, /damaged|cut off/],
    [`${base}#s=9.${payload.slice(2)}`, /newer version/],
    [`${base}#s=hello-there`, /doesn't look like|damaged|cut off/],
  ];
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Local one");
    await saved(page);
    const mine = await page.evaluate(() => localStorage.getItem("orbita.workspace"));
    for (const [bad, message] of cases) {
      await page.goto("about:blank");
      await page.goto(bad);
      await ready(page);
      const banner = page.getByTestId("banner-error");
      await banner.waitFor();
      assert.match(await banner.innerText(), message, bad.slice(-20));
      assert.deepEqual(await listNames(page), ["Local one"]);
      assert.equal(await page.evaluate(() => localStorage.getItem("orbita.workspace")), mine);
    }
  });
});

test("sharing without notes and plan leaves them out", async () => {
  const withNotes = { ...SUPPLIER, notes: "Private note about prices" };
  await withContext(browser, server.origin, async (env) => {
    await seed(env.context, workspace([withNotes], { plan: [{ id: 50, title: "Secret action", stakeholders: [1], status: "todo", priority: 60 }] }));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("share-button").click();
    const full = await page.getByTestId("share-link").inputValue();
    await page.getByTestId("share-without-notes").check();
    await page.waitForFunction((prev) => document.querySelector("[data-testid=share-link]").value !== prev, full);
    const lean = await page.getByTestId("share-link").inputValue();
    assert.ok(lean.length < full.length);
    const other = await env.page();
    await other.goto(lean);
    await other.getByTestId("shared-banner").waitFor();
    await other.getByTestId("tab-plan").click();
    await other.getByTestId("plan-empty").waitFor();
  });
});
