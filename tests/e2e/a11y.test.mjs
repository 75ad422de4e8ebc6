// Accessibility: axe-core on every screen in both themes, and a keyboard-only journey.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, saved, chooseWithKeyboard, AXE, axe } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, TOURIST, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});


const PEOPLE = [CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, TOURIST, { name: "Nora (not assessed)", answers: [] }];
const PLAN = [{ id: 60, title: "Thank regular customers in person", stakeholders: [2], status: "doing", priority: 80, owner: "Marta", due: "2027-01-15" }];

for (const scheme of ["light", "dark"]) {
  for (const lang of ["en-US", "es-ES"]) {
    test(`axe finds no violations on any screen (${scheme}, ${lang})`, async () => {
      await withContext(browser, server.origin, { colorScheme: scheme, locale: lang }, async (env) => {
        const problems = [];
        await env.context.addInitScript({ path: AXE });
        const page = await env.page();
        // Empty app: welcome and examples.
        await page.goto(server.url);
        await ready(page);
        await page.getByTestId("explore-example").click();
        await page.getByTestId("open-example").first().waitFor();
        problems.push(...(await axe(page, "welcome")));
        // A map with people.
        await page.evaluate((raw) => localStorage.setItem("orbita.workspace", raw), workspace(PEOPLE, { plan: PLAN }));
        // Each screen, and the element that says it has rendered.
        const screens = [["list", "#/", "stakeholder-list"], ["questionnaire", "#/s/5/q", "questionnaire"],
          ["results", "#/s/2", "results"], ["review", "#/s/1/review", "review"], ["map", "#/map", "orbit-map"],
          ["plan", "#/plan", "plan"], ["summary", "#/summary", "summary"]];
        for (const [name, hash, shown] of screens) {
          await page.goto(server.url + hash);
          await page.reload();
          await ready(page);
          await page.getByTestId(shown).waitFor();
          problems.push(...(await axe(page, name)));
        }
        await page.goto(server.url + "#/");
        await page.getByTestId("share-button").click();
        await page.getByTestId("share-dialog").waitFor();
        problems.push(...(await axe(page, "share dialog")));
        await page.keyboard.press("Escape");
        await page.getByTestId("maps-menu").locator("summary").click();
        problems.push(...(await axe(page, "maps menu")));
        // Error banners.
        await page.evaluate(() => localStorage.setItem("orbita.workspace", "{broken"));
        await page.reload();
        await ready(page);
        await page.getByTestId("banner-error").waitFor();
        problems.push(...(await axe(page, "error banner")));
        assert.deepEqual(problems, []);
      });
    });
  }
}

/** Presses Tab until the focused element matches `selector` (keyboard only, bounded). */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("keyboard only: create a map, add a stakeholder, answer, read results, add to plan", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await tabTo(page, "[data-testid=maps-menu] summary");
    await page.keyboard.press("Enter");
    await tabTo(page, "[data-testid=new-map]");
    await page.keyboard.press("Enter");
    await page.getByTestId("new-map-dialog").waitFor();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Keyboard map");
    await page.keyboard.press("Enter");
    await page.getByTestId("current-map-name").filter({ hasText: "Keyboard map" }).waitFor();

    await tabTo(page, "#new-name");
    await page.keyboard.type("Kim");
    await page.keyboard.press("Enter");
    await page.getByTestId("stakeholder-name").filter({ hasText: "Kim" }).waitFor();
    await tabTo(page, "a.stakeholder-row__main");
    await page.keyboard.press("Enter");
    await tabTo(page, "[data-testid=start-questionnaire]");
    await page.keyboard.press("Enter");
    for (const [question, option] of CUSTOMER_SERVICE.answers) {
      await page.waitForSelector(`[data-testid=questionnaire][data-question="${question}"]`);
      await chooseWithKeyboard(page, option);
    }
    // The last answer shows the result.
    await page.getByTestId("result-side").waitFor();
    assert.equal(await page.getAttribute("[data-testid=result-side]", "data-side"), "internal");
    await tabTo(page, "[data-testid=add-to-plan]", 200);
    await page.keyboard.press("Enter");
    await tabTo(page, "[data-testid=tab-plan]", 200);
    await page.keyboard.press("Enter");
    await page.getByTestId("plan-item").waitFor();
    assert.equal(await page.getByTestId("plan-item").count(), 1);
  });
});

test("focus stays where the keyboard user is: plan edits, status changes, Add to plan", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    const plan = [
      { id: 60, title: "Thank regulars", stakeholders: [2], status: "todo", priority: 80 },
      { id: 61, title: "Fix the till", stakeholders: [], status: "todo", priority: 30 },
    ];
    await seed(env.context, workspace([CUSTOMER_SERVICE, WEEKLY_SHOPPER], { plan }));
    await page.goto(`${server.url}#/plan`);
    await ready(page);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    // Enter on an action's line opens its editor there, at its title; Escape closes it and
    // gives focus back to the line.
    const openEditor = async (id) => {
      await page.focus(`#plan-open-${id}`);
      await page.keyboard.press("Enter");
      await page.waitForFunction((id) => document.activeElement?.id === `title-${id}`, id);
    };
    await openEditor(60);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.id === "plan-open-60");
    assert.equal(await page.getByTestId("plan-editor").count(), 0);
    await openEditor(60);
    // Typing an owner and pressing Tab saves it and lands on the date field of the same item.
    await page.focus("#owner-60");
    await page.keyboard.type("Marta");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.activeElement?.id === "due-60");
    assert.equal(await page.inputValue("#owner-60"), "Marta");
    // A new status moves the item to its group; focus follows it.
    await page.focus("#status-60");
    await page.selectOption("#status-60", "doing");
    await page.locator("[data-testid=plan-doing] [data-id='60']").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "status-60");
    assert.equal(await page.inputValue("#owner-60"), "Marta", "the moved item keeps its owner");
    // A higher priority puts an item first in its group; focus stays on the priority.
    const todoOrder = () => page.locator("[data-testid=plan-todo] [data-testid=plan-item]")
      .evaluateAll((els) => els.map((e) => e.dataset.id));
    await page.selectOption("#status-60", "todo");
    await page.locator("[data-testid=plan-todo] [data-id='60']").waitFor();
    assert.deepEqual(await todoOrder(), ["60", "61"]);
    await openEditor(61);
    await page.fill("#priority-61", "95");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.querySelector("[data-testid=plan-todo] [data-testid=plan-item]")?.dataset.id === "61");
    assert.deepEqual(await todoOrder(), ["61", "60"]);
    await openEditor(60);
    // Out of range is brought into range; not a number puts the last value back.
    await page.fill("#priority-60", "250");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.querySelector("#priority-60").value === "100");
    await page.fill("#priority-60", "");
    await page.keyboard.press("Tab");
    await page.waitForFunction(() => document.querySelector("#priority-60").value === "100");
    await saved(page);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].plan);
    assert.deepEqual(stored.map((p) => [p.id, p.priority]).sort(), [[60, 100], [61, 95]]);

    // Add to plan keeps focus on its button, which now says it is in the plan.
    await page.goto(`${server.url}#/s/1`);
    const add = page.getByTestId("add-to-plan").first();
    await add.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-disabled") === "true");
    assert.equal(await focused(), "BUTTON");
    const label = await add.getAttribute("aria-label");
    assert.ok(label.startsWith("In the plan: "), label);
    assert.ok(label.includes((await add.textContent()).trim()), "visible text is part of the name");
    // Pressing it again adds nothing.
    const planLength = async () => {
      await saved(page);
      return page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].plan.length);
    };
    assert.equal(await planLength(), 3);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    assert.equal(await planLength(), 3);
  });
});

test("header menus: Escape returns focus to the menu's button; leaving or pressing outside closes them", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    const isOpen = (id) => page.getByTestId(id).evaluate((d) => d.open);
    for (const id of ["maps-menu", "export-menu"]) {
      await page.getByTestId(id).locator("summary").focus();
      await page.keyboard.press("Enter");
      assert.equal(await isOpen(id), true);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Escape");
      assert.equal(await isOpen(id), false);
      assert.equal(await page.evaluate((id) => document.activeElement === document.querySelector(`[data-testid=${id}] summary`), id), true);
    }
    // Tabbing out of the last item closes the menu.
    await page.getByTestId("export-menu").locator("summary").click();
    const items = await page.getByTestId("export-menu").locator("button, input, summary").count();
    for (let i = 0; i < items + 2 && (await isOpen("export-menu")); i++) await page.keyboard.press("Tab");
    assert.equal(await isOpen("export-menu"), false);
    // Pressing anywhere outside closes an open menu.
    await page.getByTestId("maps-menu").locator("summary").click();
    assert.equal(await isOpen("maps-menu"), true);
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    assert.equal(await isOpen("maps-menu"), false);
  });
});

test("a new page starts at the top with focus on its heading; Back returns to where the list was", async () => {
  const people = Array.from({ length: 40 }, (_, i) => ({ ...[SUPPLIER, WEEKLY_SHOPPER][i % 2], name: `Person ${i + 1}` }));
  await withContext(browser, server.origin, { viewport: { width: 1000, height: 700 } }, async (env) => {
    await seed(env.context, workspace(people));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    const activeHeading = () => page.evaluate(() => {
      const el = document.activeElement;
      return /^H[1-6]$/.test(el.tagName) ? el.textContent : `${el.tagName}: ${el.textContent.slice(0, 40)}`;
    });
    // Keyboard: open a person far down the list.
    const link = page.locator("a[data-action=open]").filter({ hasText: "Person 30" });
    await link.focus();
    const listY = await page.evaluate(() => scrollY);
    assert.ok(listY > 400, `the list is scrolled (${listY})`);
    await page.keyboard.press("Enter");
    await page.getByTestId("stakeholder-title").filter({ hasText: "Person 30" }).waitFor();
    await page.waitForFunction(() => scrollY === 0 && document.activeElement.tagName === "H2");
    assert.equal(await activeHeading(), "Person 30");
    await page.keyboard.press("Tab");
    assert.notEqual(await page.evaluate(() => document.activeElement.tagName), "BODY");

    // The review page's "See the result", pressed far down the page, opens the result at its top.
    await page.goto(`${server.url}#/s/30/review`);
    await page.getByTestId("review").waitFor();
    const see = page.getByTestId("see-result");
    await see.scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => scrollY) > 0);
    await see.click();
    await page.getByTestId("result-side").waitFor();
    await page.waitForFunction(() => scrollY === 0);

    // Back to the list: where it was.
    await page.goto(`${server.url}#/`);
    await page.getByTestId("stakeholder-row").nth(39).scrollIntoViewIfNeeded();
    // The position is kept in the history entry once scrolling pauses: wait until it is there.
    await page.waitForFunction(() => scrollY > 0 && history.state === scrollY);
    const before = await page.evaluate(() => scrollY);
    await page.locator("a[data-action=open]").filter({ hasText: "Person 40" }).click();
    await page.waitForFunction(() => scrollY === 0 && location.hash === "#/s/40");
    await page.goBack();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, before);
    // …with focus on the person just visited, so Tab goes on from there.
    await page.waitForFunction(() => document.activeElement.matches("a[data-action=open]"));
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim().split("\n")[0]), "Person 40");
    assert.ok(Math.abs(await page.evaluate(() => scrollY) - before) < 2, "focusing it did not scroll");
  });
});

test("map dialogs: the suggested name is replaced by typing, and focus comes back to the maps menu", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    const menu = page.getByTestId("maps-menu");
    const focusedIsMenuButton = () => page.evaluate(() =>
      document.activeElement.matches("[data-testid=maps-menu] > summary"));
    // Keyboard: open the menu, pick New map, type a name, Enter.
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await menu.getByTestId("new-map").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("new-map-dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid=new-map-dialog]") && document.activeElement.tagName === "INPUT");
    await page.keyboard.type("Second map");
    await page.keyboard.press("Enter");
    await page.getByTestId("current-map-name").filter({ hasText: /^Second map$/ }).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    // Rename: the same.
    await menu.locator("summary").focus();
    await page.keyboard.press("Enter");
    await menu.getByTestId("rename-map").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("rename-map-dialog").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("[data-testid=rename-map-dialog]") && document.activeElement.tagName === "INPUT");
    await page.keyboard.type("Renamed");
    await page.keyboard.press("Enter");
    await page.getByTestId("current-map-name").filter({ hasText: /^Renamed$/ }).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    assert.ok(await focusedIsMenuButton(), "focus on the maps menu's button");
    // Duplicate acts in place: focus stays on the menu's button.
    await page.keyboard.press("Enter");
    await menu.getByTestId("duplicate-map").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("orbita.workspace") || "{}")?.data?.maps?.length === 3);
    assert.ok(await focusedIsMenuButton(), "focus on the maps menu's button after Duplicate");
  });
});

test("on a 320 px phone the header is one row and the four tabs fit, in both languages", async () => {
  for (const locale of ["es-ES", "en-US"]) {
    await withContext(browser, server.origin, { viewport: { width: 320, height: 640 }, locale }, async (env) => {
      await seed(env.context, workspace([CUSTOMER_SERVICE], { mapName: "Panadería Sol" }));
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      const layout = await page.evaluate(() => {
        const header = document.querySelector(".app-header").getBoundingClientRect();
        const controls = [...document.querySelectorAll(".app-header__tools > *")]
          .filter((e) => e.getClientRects().length)
          .map((e) => e.getBoundingClientRect());
        const tabs = [...document.querySelectorAll(".tabs__tab")].map((t) => t.getBoundingClientRect());
        return {
          height: header.height,
          controlsRight: Math.max(...controls.map((r) => r.right)),
          tabsRight: Math.max(...tabs.map((r) => r.right)),
          tabs: tabs.length,
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      assert.ok(layout.height <= 56, `${locale}: the header is one row (${layout.height}px)`);
      assert.ok(layout.controlsRight <= 320, `${locale}: the header's last control ends at ${layout.controlsRight}px`);
      assert.equal(layout.tabs, 4);
      assert.ok(layout.tabsRight <= 320, `${locale}: the last tab ends at ${layout.tabsRight}px`);
      assert.ok(layout.pageWidth <= 320, `${locale}: no sideways scrolling (${layout.pageWidth}px)`);
      // Share, export, language and theme are in the "⋯" menu.
      await page.getByTestId("header-more").locator(":scope > summary").click();
      for (const id of ["share-button", "export-menu", "lang-toggle", "theme-toggle"]) {
        assert.ok(await page.getByTestId(id).isVisible(), `${locale}: ${id} in the menu`);
      }
    });
  }
});
