// Languages and first visit: the browser's language on first visit, a remembered switch,
// and example maps to explore and copy in both languages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, listNames, saved } from "./harness.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the language follows the browser, switches without losing anything, and is remembered", async () => {
  await withContext(browser, server.origin, { locale: "es-MX" }, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal(await page.title(), "Órbita — clientes internos y externos");
    assert.equal(await page.getByTestId("add-button").innerText(), "Añadir");
    await page.getByTestId("new-name").fill("Lucía");
    await page.getByTestId("lang-toggle").click();
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.title(), "Órbita — internal and external customers");
    assert.equal(await page.getByTestId("add-button").innerText(), "Add");
    assert.equal(await page.getByTestId("new-name").inputValue(), "Lucía", "typing survives the switch");
    // The untouched starting map takes the new language's default name.
    assert.equal(await page.getByTestId("current-map-name").textContent(), "My map");
    await page.getByTestId("add-button").click();
    await saved(page);
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.deepEqual(await listNames(page), ["Lucía"]);
    assert.equal(await page.getByTestId("current-map-name").textContent(), "My map", "the new name is saved");
    // A name of the user's own is theirs: switching back leaves it alone.
    await page.getByTestId("maps-menu").locator("summary").click();
    await page.getByTestId("rename-map").click();
    await page.getByTestId("rename-map-dialog").locator("input").fill("Bakery");
    await page.getByTestId("rename-map-dialog").locator("input").press("Enter");
    await page.getByTestId("toast").filter({ hasText: /Map renamed: \W?Bakery/ }).waitFor();
    await page.getByTestId("lang-toggle").click();
    assert.equal(await page.getByTestId("current-map-name").textContent(), "Bakery");
  });
});

for (const [locale, lang] of [["en-GB", "en"], ["es-ES", "es"]]) {
  test(`a first-time visitor can explore an example map and copy it (${lang})`, async () => {
    await withContext(browser, server.origin, { locale }, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      await page.getByTestId("explore-example").click();
      const examples = page.getByTestId("open-example");
      assert.equal(await examples.count(), 3);
      // Each button names its example, in the language shown.
      const labels = await examples.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      assert.equal(new Set(labels).size, 3);
      const open = lang === "es" ? "Abrir ejemplo: " : "Open example: ";
      assert.ok(labels.every((l) => l.startsWith(open)), labels.join(" | "));
      await examples.first().click();
      await page.getByTestId("shared-banner").waitFor();
      const names = await listNames(page);
      assert.ok(names.length >= 7, "the example has people");
      await page.getByTestId("tab-map").click();
      await page.getByTestId("marker").first().waitFor();
      await page.getByTestId("shared-save").click();
      await page.getByTestId("shared-banner").waitFor({ state: "detached" });
      await page.getByTestId("tab-list").click();
      assert.deepEqual(await listNames(page), names, "the copy holds the same people");
      await saved(page);
      const maps = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps.length);
      assert.equal(maps, 1, "the copy takes the place of the empty starting map");
    });
  });
}
