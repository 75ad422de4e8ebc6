// The plan you can scan: one line per action with its overdue or due-soon mark in words,
// filters by status, owner and stakeholder, sorting by priority or due date (kept over a
// reload and followed by the printed plan), and the editor opening in place.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, AXE, axe } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The local date `days` from today, as YYYY-MM-DD (what the due-date field holds). */
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const PLAN = [
  { id: 60, title: "Call the supplier", stakeholders: [3], status: "todo", priority: 30, owner: "Marta", due: dayFromToday(-3) },
  { id: 61, title: "Thank regulars", stakeholders: [2], status: "todo", priority: 90, owner: "Luis", due: dayFromToday(20) },
  { id: 62, title: "Fix the till", stakeholders: [1], status: "doing", priority: 60, owner: "marta ", due: dayFromToday(1) },
  { id: 63, title: "Old and done", stakeholders: [1], status: "done", priority: 50, owner: "Luis", due: dayFromToday(-40) },
  { id: 64, title: "Someday", stakeholders: [], status: "todo", priority: 70, owner: "", due: "" },
];
const PEOPLE = [CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER];

async function openPlan(env) {
  const page = await env.page();
  await seed(env.context, workspace(PEOPLE, { plan: PLAN }));
  await page.goto(`${server.url}#/plan`);
  await ready(page);
  await page.getByTestId("plan-item").first().waitFor();
  return page;
}

const order = (page) => page.getByTestId("plan-item").evaluateAll((els) => els.map((e) => Number(e.dataset.id)));
const markOf = (page, id) => page.locator(`[data-testid=plan-item][data-id="${id}"] [data-testid=due-mark]`);

for (const [locale, overdue, soon] of [
  ["en-US", "Overdue · 3 days", "Due tomorrow"],
  ["es-ES", "Vencida · hace 3 días", "Vence mañana"],
]) {
  test(`overdue and due-soon actions say so in words (${locale})`, async () => {
    await withContext(browser, server.origin, { locale }, async (env) => {
      const page = await openPlan(env);
      assert.equal((await markOf(page, 60).textContent()).trim(), overdue);
      assert.equal((await markOf(page, 62).textContent()).trim(), soon);
      assert.equal(await markOf(page, 61).count(), 0, "twenty days away is not soon");
      assert.equal(await markOf(page, 63).count(), 0, "a done action is never overdue");
      assert.equal(await markOf(page, 64).count(), 0, "no date, no mark");
      // One line per action, title first, with its owner and priority on it.
      const line = page.locator("[data-testid=plan-item][data-id='60'] [data-testid=plan-open]");
      const text = await line.textContent();
      assert.ok(text.startsWith("Call the supplier") && text.includes("Marta") && text.includes("30"), text);
      assert.equal(await page.getByTestId("plan-editor").count(), 0, "editors start closed");
    });
  });
}

test("filters and sort change what is shown and in which order; a reload and the printed plan keep them", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await openPlan(env);
    // Grouped by status, highest priority first.
    assert.deepEqual(await order(page), [61, 64, 60, 62, 63]);
    // By due date: soonest first, no date last.
    await page.getByTestId("plan-sort").selectOption("due");
    await page.waitForFunction(() => document.querySelector("[data-testid=plan-item]")?.dataset.id === "60");
    assert.deepEqual(await order(page), [60, 61, 64, 62, 63]);
    // An owner, whatever the case or spaces it was written with.
    await page.getByTestId("filter-owner").selectOption({ label: "Marta" });
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=plan-item]").length === 2);
    assert.deepEqual(await order(page), [60, 62]);
    assert.equal(await page.getByTestId("plan-showing").textContent(), "2 of 5 actions");
    // A status on top.
    await page.getByTestId("filter-status").selectOption("doing");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=plan-item]").length === 1);
    assert.deepEqual(await order(page), [62]);
    // A reload keeps the choice.
    await page.reload();
    await ready(page);
    await page.getByTestId("plan-item").first().waitFor();
    assert.deepEqual(await order(page), [62]);
    assert.equal(await page.getByTestId("filter-status").inputValue(), "doing");
    assert.equal(await page.getByTestId("plan-sort").inputValue(), "due");
    // Nothing matches: say so, and offer to clear the filters (the sort stays).
    await page.getByTestId("filter-status").selectOption("done");
    await page.getByTestId("plan-no-matches").waitFor();
    await page.getByTestId("plan-no-matches").getByRole("button").click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=plan-item]").length === 5);
    assert.deepEqual(await order(page), [60, 61, 64, 62, 63]);
    // A stakeholder.
    await page.getByTestId("filter-person").selectOption({ label: CUSTOMER_SERVICE.name });
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=plan-item]").length === 2);
    assert.deepEqual(await order(page), [62, 63]);
    await page.getByTestId("filter-person").selectOption("");

    // The printed plan follows the same order.
    await page.getByTestId("tab-summary").click();
    await page.getByTestId("summary").waitFor();
    const printed = await page.locator("[data-testid=report] .report-plan-item .plan-item__title").allTextContents();
    assert.deepEqual(printed, ["Call the supplier", "Thank regulars", "Someday", "Fix the till", "Old and done"]);
  });
});

test("a click opens an action's editor in place; edits save; Escape closes it", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await openPlan(env);
    const row = page.locator("[data-testid=plan-item][data-id='64']");
    await row.getByTestId("plan-open").click();
    assert.equal(await row.getByTestId("plan-open").getAttribute("aria-expanded"), "true");
    await page.fill("#owner-64", "Ana");
    await page.fill("#due-64", dayFromToday(-1));
    await page.waitForFunction(() => document.querySelector("[data-id='64'] [data-testid=due-mark]")?.textContent.trim() === "Overdue · 1 day");
    assert.ok((await row.getByTestId("plan-open").textContent()).includes("Ana"));
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.id === "plan-open-64");
    assert.equal(await page.getByTestId("plan-editor").count(), 0);
    await page.waitForSelector("[data-testid=save-status][data-state=saved]");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].plan);
    assert.equal(stored.find((p) => p.id === 64).owner, "Ana");
  });
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on the plan with filters, marks and an open editor (${colorScheme})`, async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      await withContext(browser, server.origin, { colorScheme, viewport }, async (env) => {
        await env.context.addInitScript({ path: AXE });
        const page = await openPlan(env);
        await page.locator("[data-testid=plan-item][data-id='60'] [data-testid=plan-open]").click();
        await page.getByTestId("plan-editor").waitFor();
        assert.deepEqual(await axe(page, `plan ${viewport.width}`), []);
      });
    }
  });
}
