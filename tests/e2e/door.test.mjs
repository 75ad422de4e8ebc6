// The one door: a map shown read-only (a share link) can never write the user's own data,
// whatever control or crafted route is used; and each tab keeps its own open map.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer({ mount: "/door/" });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const stored = (page) => page.evaluate(() => localStorage.getItem("orbita.workspace"));

/** A share link to a map with the same id and stakeholder id as the user's own. */
async function linkToLookalike() {
  return withContext(browser, server.origin, async (env) => {
    await seed(env.context, workspace([WEEKLY_SHOPPER], { mapId: "m-same", mapName: "Their map" }));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("share-button").click();
    const link = await page.getByTestId("share-link").inputValue();
    return link;
  });
}

/** Waits for the notice saying the shown map is read-only, then clears it. */
async function refused(page) {
  const toast = page.getByTestId("toast").filter({ hasText: "read only, so nothing was changed" });
  await toast.first().waitFor();
}

test("a shared link that carries a stakeholder route never writes the user's own map", async () => {
  const link = await linkToLookalike();
  await withContext(browser, server.origin, async (env) => {
    await seed(env.context, workspace([CUSTOMER_SERVICE], { mapId: "m-same", mapName: "My map" }));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    const mine = await stored(page);
    assert.ok(mine.includes(CUSTOMER_SERVICE.name));

    // A click on an option of the shared person's question.
    await page.goto(`${link}&/s/1/q/pays`);
    await page.getByTestId("shared-banner").waitFor();
    const checked = () => page.locator("[data-testid=option] input:checked").getAttribute("value");
    assert.equal(await checked(), "pays.they_pay");
    await page.locator('[data-testid=option][data-option="pays.we_pay"]').click();
    await refused(page);
    assert.equal(await checked(), "pays.they_pay", "the shown answer stays the shared map's");
    assert.equal(await stored(page), mine);

    // Digit keys on the same question: each is refused and said so in a new notice.
    for (const key of ["1", "2"]) {
      await page.getByTestId("toast").evaluateAll((els) => els.forEach((e) => e.setAttribute("data-seen", "")));
      await page.keyboard.press(key);
      await page.locator("[data-testid=toast]:not([data-seen])", { hasText: "read only" }).waitFor();
      assert.equal(await checked(), "pays.they_pay");
    }
    assert.equal(await stored(page), mine);

    // A change in the review's selects.
    await page.goto(`${link}&/s/1/review`);
    await page.getByTestId("review").waitFor();
    const select = page.locator("[data-question=pays] [data-testid=review-select]");
    await select.selectOption("pays.we_pay");
    await refused(page);
    assert.equal(await select.inputValue(), "pays.they_pay", "the select shows the answer kept");
    assert.equal(await stored(page), mine);

    // Import → Replace the current map, while the shared map is shown.
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("import-file").setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(workspace([SUPPLIER], { mapId: "m-file", mapName: "From a file" })),
    });
    await page.getByTestId("import-replace").click();
    await refused(page);
    assert.equal(await stored(page), mine);

    // Back on the user's own map, everything is as it was.
    await page.getByTestId("shared-close").click();
    await page.getByTestId("shared-banner").waitFor({ state: "detached" });
    assert.deepEqual(await listNames(page), [CUSTOMER_SERVICE.name]);
    await page.reload();
    await ready(page);
    assert.deepEqual(await listNames(page), [CUSTOMER_SERVICE.name]);
    assert.equal(await stored(page), mine);
  });
});

test("Duplicate in one tab leaves the other tab's open map and its edits where they were", async () => {
  await withContext(browser, server.origin, async (env) => {
    await seed(env.context, workspace([SUPPLIER], { mapId: "m-bakery", mapName: "Bakery" }));
    const left = await env.page();
    await left.goto(server.url);
    await ready(left);
    const right = await env.page();
    await right.goto(server.url);
    await ready(right);

    await left.getByTestId("maps-menu").locator("summary").click();
    await left.getByTestId("duplicate-map").click();
    await left.getByTestId("current-map-name").filter({ hasText: "Bakery (copy)" }).waitFor();
    await saved(left);
    // The right tab has heard of the copy but stays on Bakery.
    await right.getByTestId("maps-menu").locator(".menu__item", { hasText: "Bakery (copy)" }).waitFor({ state: "attached" });
    assert.equal(await right.getByTestId("current-map-name").innerText(), "Bakery");

    // What the right tab adds goes to Bakery, not to the copy.
    await addStakeholder(right, "Added on the right");
    await saved(right);
    const data = JSON.parse(await stored(right)).data;
    const byName = Object.fromEntries(data.maps.map((m) => [m.name, m.stakeholders.map((s) => s.name)]));
    assert.deepEqual(byName["Bakery"], [SUPPLIER.name, "Added on the right"]);
    assert.deepEqual(byName["Bakery (copy)"], [SUPPLIER.name]);

    // Each tab still shows its own map, also after a reload.
    await left.getByTestId("stakeholder-name").first().waitFor();
    assert.equal(await left.getByTestId("current-map-name").innerText(), "Bakery (copy)");
    assert.deepEqual(await listNames(left), [SUPPLIER.name]);
    await right.reload();
    await ready(right);
    assert.equal(await right.getByTestId("current-map-name").innerText(), "Bakery");
    assert.deepEqual(await listNames(right), [SUPPLIER.name, "Added on the right"]);
  });
});
