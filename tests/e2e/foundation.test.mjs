// Foundation: the skeleton works in a real browser, persists, undoes, and runs under a sub-path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved, isolate } from "./harness.mjs";
import { seed, workspace } from "./fixtures.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const mount of ["/", "/some/sub/path/"]) {
  test(`add three, reload, delete with Undo — served at ${mount}`, async () => {
    const server = await startServer({ mount });
    try {
      await withContext(browser, server.origin, async (env) => {
        const page = await env.page();
        await page.goto(server.url);
        await ready(page);
        assert.equal(await page.title(), "Órbita — internal and external customers");
        await page.getByTestId("welcome").waitFor();

        for (const [name, role] of [["Ana Pérez", "Cashier"], ["Sun Bakery", "Supplier"], ["Luis", "Regular customer"]]) {
          await addStakeholder(page, name, role);
        }
        await saved(page);
        await page.reload();
        await ready(page);
        assert.deepEqual(await listNames(page), ["Ana Pérez", "Sun Bakery", "Luis"]);

        // Delete one, then Undo: it comes back in the same place.
        await page.getByRole("button", { name: `Delete ${isolate("Sun Bakery")}` }).click();
        assert.deepEqual(await listNames(page), ["Ana Pérez", "Luis"]);
        // Focus moves to the name of the row that took its place: the keyboard keeps its spot,
        // and pressing Enter again opens Luis rather than deleting him.
        await page.waitForFunction(() => document.activeElement?.matches("a[data-action=open]"));
        assert.equal(await page.evaluate(() => document.activeElement.textContent.includes("Luis")), true);
        await page.getByTestId("undo").click();
        assert.deepEqual(await listNames(page), ["Ana Pérez", "Sun Bakery", "Luis"]);

        // Rename, and the new name survives a reload.
        await page.getByRole("button", { name: `Rename ${isolate("Luis")}` }).click();
        const dialog = page.getByRole("dialog", { name: "New name for Luis" });
        await dialog.getByLabel("Name").fill("Luis García");
        await dialog.getByRole("button", { name: "Save name" }).click();
        await dialog.waitFor({ state: "hidden" });
        // Focus goes back to the renamed row's button (once the rebuilt row is drawn).
        await page.waitForFunction(() => document.activeElement?.matches("[data-action=rename]"));
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), `Rename ${isolate("Luis García")}`);
        await saved(page);
        await page.reload();
        await ready(page);
        assert.deepEqual(await listNames(page), ["Ana Pérez", "Sun Bakery", "Luis García"]);
      });
    } finally {
      await server.stop();
    }
  });
}

test("an empty name is refused with a clear message", async () => {
  const server = await startServer();
  try {
    await withContext(browser, server.origin, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      await page.getByTestId("add-button").click();
      await page.getByRole("alert").filter({ hasText: "Type a name" }).waitFor();
      assert.equal(await page.getByTestId("stakeholder-row").count(), 0);
    });
  } finally {
    await server.stop();
  }
});

test("saved data is a versioned envelope", async () => {
  const server = await startServer();
  try {
    await withContext(browser, server.origin, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      await addStakeholder(page, "Marta");
      await saved(page);
      const raw = await page.evaluate(() => localStorage.getItem("orbita.workspace"));
      const env1 = JSON.parse(raw);
      assert.equal(typeof env1.v, "number");
      assert.equal(env1.data.maps[0].stakeholders[0].name, "Marta");
    });
  } finally {
    await server.stop();
  }
});

test("the theme button always switches the look, is remembered, and follows the system again", async () => {
  const server = await startServer();
  try {
    await withContext(browser, server.origin, { colorScheme: "dark" }, async (env) => {
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const themeAttr = () => page.evaluate(() => document.documentElement.getAttribute("data-theme"));
      const systemDark = await background();
      await page.getByRole("button", { name: "Switch to light theme" }).click();
      assert.equal(await themeAttr(), "light");
      const light = await background();
      assert.notEqual(light, systemDark);
      await page.reload();
      await ready(page);
      assert.equal(await background(), light, "the choice is remembered");
      // Picking dark on a dark system changes the look and follows the system again.
      await page.getByRole("button", { name: "Switch to dark theme" }).click();
      assert.equal(await themeAttr(), null);
      assert.equal(await background(), systemDark);
      // When the system changes, the app follows and the button says what it will do now.
      await page.emulateMedia({ colorScheme: "light" });
      await page.getByRole("button", { name: "Switch to dark theme" }).waitFor();
      assert.equal(await background(), light);
    });
  } finally {
    await server.stop();
  }
});

test("the list filter ignores case in any script and says when nothing matches", async () => {
  const server = await startServer();
  try {
    await withContext(browser, server.origin, async (env) => {
      const names = ["ÑANDÚ Pérez", "Mariana", "ANA", "Élodie", "Олег", "Sun Bakery", "Luis", "Bea", "Cris"];
      const people = names.map((name) => ({ name, role: name === "Luis" ? "Proveedor de ÑAME" : "", answers: [] }));
      await seed(env.context, workspace(people));
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      const filter = page.getByRole("searchbox", { name: "Search the list" });
      const shown = async (expected) => {
        await page.waitForFunction(
          (n) => document.querySelectorAll("[data-testid=stakeholder-row]").length === n,
          expected.length,
        );
        assert.deepEqual(await listNames(page), expected);
      };
      await filter.fill("ñandú");
      await shown(["ÑANDÚ Pérez"]);
      await filter.fill("ana");
      await shown(["Mariana", "ANA"]);
      await filter.fill("ÉLO");
      await shown(["Élodie"]);
      await filter.fill("олег");
      await shown(["Олег"]);
      await filter.fill("ñame");
      await shown(["Luis"]);
      await filter.fill("nobody");
      await shown([]);
      await page.getByText("No one matches the search.").waitFor();
    });
  } finally {
    await server.stop();
  }
});

// Holds the page's wasm back (what a slow line shows before it arrives); returns the release.
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("while the app downloads the page shows its name and what it is for, in the app's language, and says so plainly if it cannot start", async () => {
  const server = await startServer();
  try {
    const splashes = [
      // locale: what the browser prefers; prefs: what the user picked on an earlier visit;
      // lang: the language the splash and then the app should speak; other: its twin, hidden.
      { locale: "en-US", prefs: null, lang: "en", title: "Your map of internal and external customers", other: "Tu mapa de clientes internos y externos" },
      { locale: "es-ES", prefs: null, lang: "es", title: "Tu mapa de clientes internos y externos", other: "Your map of internal and external customers" },
      { locale: "es-ES", prefs: { lang: "en", theme: "dark" }, lang: "en", title: "Your map of internal and external customers", other: "Tu mapa de clientes internos y externos" },
    ];
    for (const { locale, prefs, lang, title, other } of splashes) {
      await withContext(browser, server.origin, { locale, colorScheme: "light" }, async (env) => {
        if (prefs) {
          // Saved by an earlier visit (about:blank, which has no storage, is left alone).
          const save = (p) => location.protocol.startsWith("http") && localStorage.setItem("orbita.prefs", p);
          await env.context.addInitScript(save, JSON.stringify(prefs));
        }
        const page = await env.page();
        const release = await holdWasm(page);
        await page.goto(server.url, { waitUntil: "domcontentloaded" });
        const boot = page.locator("#boot");
        await boot.getByText("Órbita", { exact: true }).waitFor();
        assert.equal(await page.locator("#boot img").evaluate((img) => img.complete && img.naturalWidth > 0), true);
        await boot.getByText(title, { exact: true }).waitFor();
        assert.equal(await boot.getByText(other, { exact: true }).isVisible(), false, `only one language (${locale})`);
        assert.equal(await page.locator("html").getAttribute("lang"), lang);
        const theme = await page.locator("html").getAttribute("data-theme");
        assert.equal(theme, prefs?.theme ?? null, "the splash wears the theme the user picked");
        if (theme === "dark") {
          // The page behind the splash follows the picked theme, not the system's light one.
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r, g, b] = bg.match(/\d+/g).map(Number);
          assert.ok(r + g + b < 200, `a dark page behind the splash, got ${bg}`);
        }
        release();
        await ready(page);
        assert.equal(await boot.count(), 0, "the placeholder is gone once the app is up");
        // The app opens in the language the splash spoke.
        await page.getByTestId("welcome").getByRole("heading", { name: title }).waitFor();
        assert.equal(await page.locator("html").getAttribute("lang"), lang);
        assert.equal(await page.locator("html").getAttribute("data-splash"), null);
      });
    }
    const failures = [
      { locale: "en-US", says: "Órbita could not start in this browser." },
      { locale: "es-ES", says: "Órbita no pudo arrancar en este navegador." },
    ];
    for (const { locale, says } of failures) {
      await withContext(browser, server.origin, { locale, allow: [/console error: Failed to load resource/] }, async (env) => {
        const page = await env.page();
        await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
        await page.goto(server.url);
        const alert = page.getByRole("alert");
        await alert.filter({ hasText: says }).waitFor();
        assert.equal((await alert.textContent()).trim(), says, "one plain sentence, in the browser's language");
      });
    }
  } finally {
    await server.stop();
  }
});
