// Map and Summary: markers sit where their axis says, filters and keyboard work, the table
// matches the map and sorts, and the summary proposes actions that go into the plan.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, AXE, axe } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, TOURIST, workspace, seed, person } from "./fixtures.mjs";

// Same geometry as `radius_for` in src/features/map/orbit.rs: axis 100 at the core, 0 at the edge.
const CORE_R = 68;
const R_MAX = 430;
const radiusFor = (axis) => CORE_R + ((R_MAX - CORE_R) * (100 - axis)) / 100;

/** 12 placed people across the axis (one without type, two without health) and 2 not placed. */
function people() {
  const list = [CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER, TOURIST];
  const levels = [0, 12, 30, 45, 55, 70, 88, 100];
  levels.forEach((level, i) => {
    list.push(person(`Person ${String.fromCharCode(65 + i)}`, level, i, {
      typed: i !== 3,
      recommend: i === 1 || i === 6 ? null : (i * 3) % 11,
    }));
  });
  list.push({ name: "Not asked yet", answers: [] }, { name: "Also not asked", answers: [] });
  return list;
}

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await server?.stop();
  await browser?.close();
});

/**
 * Opens `view` (the map unless given) of the seeded workspace `raw` in a fresh guarded context,
 * with context `options` if given, and runs the last argument, `fn({ env, page })`.
 */
async function open(raw, ...rest) {
  const fn = rest.pop();
  const [view = "map", options = {}] = rest;
  await withContext(browser, server.origin, options, async (env) => {
    const page = await env.page();
    await seed(env.context, raw);
    await page.goto(`${server.url}#/${view}`);
    await ready(page);
    await fn({ env, page });
  });
}

/** The name a marker's label starts with, isolated between FSI and PDI as all user text in attributes. */
const nameOf = (label) => /^\u2068([^]*?)\u2069:/.exec(label)?.[1];
const markers = (page) =>
  page.getByTestId("marker").evaluateAll((els) =>
    els.map((e) => {
      // Where the marker is drawn: its transform is "translate(x y)", plus a scale on dense maps.
      const [, cx, cy] = e.getAttribute("transform").match(/^translate\((-?[\d.]+) (-?[\d.]+)\)/);
      return {
        id: Number(e.dataset.id),
        axis: Number(e.dataset.axis),
        cx: Number(cx),
        cy: Number(cy),
        side: e.dataset.side,
        types: e.dataset.types,
        band: e.dataset.band,
        label: e.getAttribute("aria-label"),
      };
    }),
  );

test("one marker per placed stakeholder, at the distance its axis gives", async () => {
  await open(workspace(people()), async ({ env, page }) => {
    await page.getByTestId("orbit-map").waitFor();
    const all = await markers(page);
    assert.equal(all.length, 12);
    assert.equal(new Set(all.map((m) => m.id)).size, 12);
    assert.equal(await page.getByTestId("showing").textContent(), "Showing 12 of 12");
    assert.equal(await page.getByTestId("unplaced").textContent(), "2 not placed yet");
    for (const m of all) {
      const dist = Math.hypot(m.cx, m.cy);
      assert.ok(Math.abs(dist - radiusFor(m.axis)) <= 1, `marker ${m.id}: ${dist} vs axis ${m.axis}`);
      const side = m.axis <= 35 ? "external" : m.axis >= 65 ? "internal" : "middle";
      assert.equal(m.side, side, `marker ${m.id} at ${m.axis}`);
      assert.match(m.label, /position \d+ of 100, health /);
    }
    // Inside people sit nearer the centre than outside people.
    const inside = all.filter((m) => m.side === "internal").map((m) => Math.hypot(m.cx, m.cy));
    const outside = all.filter((m) => m.side === "external").map((m) => Math.hypot(m.cx, m.cy));
    assert.ok(inside.length && outside.length);
    assert.ok(Math.max(...inside) < Math.min(...outside));
    // Internal types on the right half, external ones on the left.
    for (const m of all.filter((m) => m.types)) {
      const main = m.types.split(" ")[0];
      const internalType = ["executive", "commercial", "operative"].includes(main);
      assert.equal(m.cx > 0, internalType, `marker ${m.id} (${main}) at x=${m.cx}`);
    }
    // Few markers: names are written next to them.
    assert.ok((await page.locator(".orbit-map__label").count()) > 0);
    await page.getByTestId("legend").waitFor();
  });
});

test("names with markup are drawn on the map as plain text", async () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    "</text><script>window.__pwned=2</script>",
    `Tom & "Jerry" 'Ltd'`,
  ];
  const list = hostile.map((name, i) => person(name, 20 + 30 * i, i));
  await open(workspace(list), async ({ env, page }) => {
    await page.getByTestId("orbit-map").waitFor();
    const all = await markers(page);
    assert.equal(all.length, 3);
    for (const name of hostile) {
      assert.ok(all.some((m) => nameOf(m.label) === name), `marker label for ${name}`);
    }
    const labels = await page.locator(".orbit-map__label").allTextContents();
    assert.deepEqual([...labels].sort(), hostile.map((n) => (n.length > 20 ? `${n.slice(0, 19).trimEnd()}…` : n)).sort());
    assert.equal(await page.locator("[data-testid=orbit-map] img, [data-testid=orbit-map] script").count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
});

test("filters hide and show the right markers", async () => {
  await open(workspace(people()), async ({ env, page }) => {
    const all = await markers(page);
    const count = () => page.getByTestId("marker").count();

    await page.getByTestId("filter-external").uncheck();
    assert.equal(await count(), all.filter((m) => m.side !== "external").length);
    assert.equal((await markers(page)).filter((m) => m.side === "external").length, 0);
    assert.equal(
      await page.getByTestId("showing").textContent(),
      `Showing ${all.filter((m) => m.side !== "external").length} of 12`,
    );
    await page.getByTestId("filter-external").check();
    assert.equal(await count(), 12);

    await page.getByTestId("filter-no-type").uncheck();
    const typed = all.filter((m) => m.types !== "");
    assert.ok(typed.length < all.length);
    assert.equal(await count(), typed.length);
    await page.getByTestId("filter-no-type").check();

    for (const t of ["loyal", "impulsive", "need_based"]) await page.getByTestId(`filter-${t}`).uncheck();
    const left = await markers(page);
    assert.ok(left.length > 0 && left.length < 12);
    for (const m of left) {
      assert.ok(m.types === "" || m.types.split(" ").some((t) => ["executive", "commercial", "operative"].includes(t)), m.types);
    }
    await page.getByRole("button", { name: "All", exact: true }).nth(1).click();
    assert.equal(await count(), 12);

    await page.getByTestId("filter-no-health").uncheck();
    assert.equal(await count(), all.filter((m) => m.band !== "unknown").length);
    for (const b of ["thriving", "fine", "at_risk"]) await page.getByTestId(`filter-${b}`).uncheck();
    assert.equal(await count(), 0);
    await page.getByTestId("no-matches").waitFor();
    await page.getByRole("button", { name: "Show everyone" }).click();
    assert.equal(await count(), 12);
  });
});

test("Tab reaches the markers, focus shows the card, Enter opens the stakeholder", async () => {
  await open(workspace(people()), async ({ env, page }) => {
    await page.getByTestId("show-map").focus();
    let active = null;
    for (let i = 0; i < 80 && !active; i++) {
      await page.keyboard.press("Tab");
      active = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.dataset?.testid === "marker" ? { id: el.dataset.id, label: el.getAttribute("aria-label") } : null;
      });
    }
    assert.ok(active, "a marker takes focus");
    const name = nameOf(active.label);
    assert.equal(await page.getByTestId("marker-card-name").textContent(), name);

    // The map is one Tab stop: the arrow keys move between markers and update the card.
    const focused = () => page.evaluate(() => ({
      id: document.activeElement.dataset?.testid === "marker" ? document.activeElement.dataset.id : null,
      label: document.activeElement.getAttribute("aria-label"),
    }));
    const ids = await page.getByTestId("marker").evaluateAll((ms) => ms.map((m) => m.dataset.id));
    assert.equal(active.id, ids[0], "Tab lands on the first marker");
    await page.keyboard.press("ArrowRight");
    const next = await focused();
    assert.equal(next.id, ids[1]);
    assert.equal(await page.getByTestId("marker-card-name").textContent(), nameOf(next.label));
    await page.keyboard.press("End");
    assert.equal((await focused()).id, ids.at(-1));
    await page.keyboard.press("ArrowDown");
    assert.equal((await focused()).id, ids[0], "the arrows wrap around");
    await page.keyboard.press("ArrowLeft");
    assert.equal((await focused()).id, ids.at(-1));
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    const second = nameOf((await focused()).label);
    await page.keyboard.press("Tab");
    assert.equal((await focused()).id, null, "Tab leaves the map from any marker");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), `Open ${second}`,
      "…to the Open link of the card it was showing, which stays");
    await page.keyboard.press("Shift+Tab");
    assert.equal((await focused()).id, ids[1], "Shift+Tab comes back to the marker last in hand");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => location.hash === `#/s/${id}`, active.id);
    await page.getByRole("heading", { name }).first().waitFor();

    // Back on the map, Space opens too, and hovering shows the card.
    await page.goBack();
    await page.waitForFunction(() => location.hash === "#/map");
    await page.getByTestId("orbit-map").waitFor();
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, active.id);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "marker",
      "Back puts focus on the marker that was opened, not the page heading");
    const marker = page.getByTestId("marker").first();
    await marker.hover();
    const hovered = nameOf(await marker.getAttribute("aria-label"));
    assert.equal(await page.getByTestId("marker-card-name").textContent(), hovered);
    const id = await marker.getAttribute("data-id");
    await marker.focus();
    await page.keyboard.press("Space");
    await page.waitForFunction((id) => location.hash === `#/s/${id}`, id);
  });
});

test("on a touch screen the first tap shows a marker's card and a second tap opens it", async () => {
  await open(workspace(people()), "map", {
    viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true,
  }, async ({ env, page }) => {
    const first = page.getByTestId("marker").first();
    const id = await first.getAttribute("data-id");
    await first.tap();
    await page.locator(`.marker-card__body[data-id="${id}"]`).waitFor();
    assert.match(await page.evaluate(() => location.hash), /^#\/map/, "the first tap stays on the map");
    await first.tap();
    await page.waitForFunction((id) => location.hash === `#/s/${id}`, id);
  });
});

test("the table lists the same people and sorts by position", async () => {
  await open(workspace(people()), async ({ env, page }) => {
    const ids = (await markers(page)).map((m) => m.id).sort((a, b) => a - b);
    await page.getByTestId("show-table").click();
    assert.equal(await page.getByTestId("show-table").getAttribute("aria-pressed"), "true");
    const table = page.getByTestId("map-table");
    await table.waitFor();
    const rowIds = await page.getByTestId("map-row").evaluateAll((rs) => rs.map((r) => Number(r.dataset.id)));
    assert.deepEqual([...rowIds].sort((a, b) => a - b), ids);

    const axes = () => page.getByTestId("map-row").evaluateAll((rs) => rs.map((r) => Number(r.dataset.axis)));
    const axisHeader = page.locator("th", { has: page.getByTestId("sort-axis") });
    await page.getByTestId("sort-axis").click();
    assert.equal(await axisHeader.getAttribute("aria-sort"), "ascending");
    const up = await axes();
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    await page.getByTestId("sort-axis").click();
    assert.equal(await axisHeader.getAttribute("aria-sort"), "descending");
    const down = await axes();
    assert.deepEqual(down, [...up].sort((a, b) => b - a));

    // Filters apply to the table too, and stay when switching between map and table.
    await page.getByTestId("filter-internal").uncheck();
    const filtered = await page.getByTestId("map-row").count();
    assert.ok(filtered < ids.length);
    const entries = await page.evaluate(() => history.length);
    await page.getByTestId("show-map").click();
    assert.equal(await page.getByTestId("marker").count(), filtered);
    await page.getByTestId("show-table").click();
    assert.equal(await page.getByTestId("map-row").count(), filtered);
    await page.getByTestId("filter-internal").check();

    // The table is in the address, so a reload (or a shared address) keeps it; switching adds
    // no history entry, so Back leaves the tab.
    assert.equal(await page.evaluate(() => location.hash), "#/map/table");
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.reload();
    await ready(page);
    await page.getByTestId("map-table").waitFor();
    assert.equal(await page.getByTestId("tab-map").getAttribute("aria-current"), "page");
    assert.equal(await page.getByTestId("show-table").getAttribute("aria-pressed"), "true");

    // Names link to the stakeholder.
    const first = page.getByTestId("map-row").first();
    const id = await first.getAttribute("data-id");
    await first.getByRole("link").click();
    await page.waitForFunction((id) => location.hash === `#/s/${id}`, id);
  });
});

test("an empty map says what to do next", async () => {
  await open(workspace([{ name: "Not asked yet", answers: [] }]), async ({ env, page }) => {
    await page.getByTestId("map-empty").waitFor();
    assert.match(await page.getByTestId("map-empty").textContent(), /Once you answer someone's questionnaire/);
    assert.equal(await page.getByTestId("marker").count(), 0);
    await page.getByRole("link", { name: "Go to the stakeholder list" }).click();
    await page.getByTestId("stakeholder-list").waitFor();
    // The summary says the same instead of a page of zeros, and offers no empty report.
    await page.getByTestId("tab-summary").click();
    await page.getByTestId("summary-empty").waitFor();
    assert.equal(await page.getByTestId("placed-of-total").textContent(), "0 of 1 stakeholder placed");
    assert.equal(await page.getByTestId("top-actions").count(), 0);
    assert.equal(await page.getByTestId("summary-print").count(), 0);
    await page.getByTestId("summary-empty").getByRole("link", { name: "Go to the stakeholder list" }).click();
    await page.getByTestId("stakeholder-list").waitFor();
  });
});

test("a big map stays readable: small markers, names in the list beside it", async () => {
  const many = Array.from({ length: 400 }, (_, i) => person(`Member ${i + 1}`, (i * 37) % 101, i));
  await open(workspace(many), async ({ env, page }) => {
    await page.getByTestId("orbit-map").waitFor();
    assert.equal(await page.getByTestId("marker").count(), 400);
    assert.match(await page.getByTestId("orbit-map").getAttribute("class"), /orbit-map--(dense|crowded)/);
    assert.equal(await page.locator(".orbit-map__label").count(), 0);
    // The list comes a hundred names at a time; "Show more" brings the next hundred.
    const entries = page.getByTestId("name-entry");
    assert.equal(await entries.count(), 100);
    assert.equal(await page.getByTestId("names-showing").textContent(), "Showing 100 of 400");
    await page.getByTestId("names-more").click();
    await page.getByTestId("names-showing").filter({ hasText: "Showing 200 of 400" }).waitFor();
    assert.equal(await entries.count(), 200);
    // A marker picked on the map whose name is further down shows enough of the list to mark
    // it: the outermost person is the last name. A tap, as on a phone: the first one shows its
    // card and picks it, without opening it.
    // (Light markers carry only their id: the position is read from what they say.)
    const axis = (m) => Number(/position (\d+) of 100/.exec(m.getAttribute("aria-label"))[1]);
    const outermost = await page.evaluate(`[...document.querySelectorAll("[data-testid=marker]")]
      .sort((a, b) => (${axis})(a) - (${axis})(b))[0].dataset.id`);
    const marker = page.locator(`[data-testid=marker][data-id="${outermost}"]`);
    await marker.dispatchEvent("pointerdown", { pointerType: "touch", bubbles: true });
    await marker.dispatchEvent("click");
    await page.locator(`[data-testid=name-entry][data-id="${outermost}"][aria-current=true]`).waitFor();
    assert.equal(await entries.count(), 400);
    assert.equal(await page.getByTestId("names-more").count(), 0);
    const listed = await page.locator("[data-testid=name-entry] bdi").allTextContents();
    assert.equal(new Set(listed).size, 400, "every name is in the list, once");
    // Light markers: the shape sits right in the marker, which still says what it is.
    assert.equal(await page.locator(".orbit-map__hit").count(), 0);
    const first = page.getByTestId("marker").first();
    assert.match(await first.getAttribute("transform"), /^translate\(-?[\d.]+ -?[\d.]+\) scale\(0\.\d+\)$/);
    assert.equal(await first.locator(".shape").count(), 1);
    const sizeOf = () => first.locator(".shape").evaluate((e) => e.getBoundingClientRect().width);
    const small = await sizeOf();
    await first.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    assert.match(await page.getByTestId("marker-card").textContent(), /Member \d+/);
    assert.ok((await sizeOf()) > small * 1.5, "the focused marker grows so it stands out");

    // The table shows 100 rows at a time; sorting covers everyone, printing shows everyone.
    await page.getByTestId("show-table").click();
    await page.getByTestId("map-table").waitFor();
    assert.equal(await page.getByTestId("map-row").count(), 100);
    assert.equal(await page.getByTestId("table-showing").textContent(), "Showing 100 of 400");
    await page.getByTestId("sort-axis").click();
    const axes = await page.getByTestId("map-row").evaluateAll((rows) => rows.map((r) => Number(r.dataset.axis)));
    assert.equal(axes[0], 0, "the lowest position of all 400 comes first");
    await page.getByTestId("table-show-more").click();
    assert.equal(await page.getByTestId("map-row").count(), 200);
    await page.getByTestId("show-map").click();

    // On a big map the printed report is built when printing starts.
    await page.getByTestId("tab-summary").click();
    await page.getByTestId("summary").waitFor();
    assert.equal(await page.getByTestId("report-card").count(), 0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.getByTestId("report-card").first().waitFor({ state: "attached" });
    assert.equal(await page.getByTestId("report-card").count(), 400);
    assert.equal(await page.locator("[data-testid=report-table] [data-testid=map-row]").count(), 400);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.waitForFunction(() => !document.querySelector("[data-testid=report-card]"));
  });
});

test("adding a lever someone else already has in the plan joins that action and says so", async () => {
  const list = people();
  await open(workspace(list), "summary", async ({ env, page }) => {
    // A proposed action that serves several people, and two of them.
    const shared = await page.getByTestId("top-action").evaluateAll((els) =>
      els.map((e) => ({ lever: e.dataset.lever, text: e.querySelector("[data-testid=top-action-for]").textContent }))
        .find((a) => /^\d+ people/.test(a.text)),
    );
    assert.ok(shared, "some action serves several people");
    const ids = list
      .map((p, i) => ({ name: p.name, id: i + 1 }))
      .filter((p) => shared.text.includes(p.name))
      .slice(0, 2);
    assert.equal(ids.length, 2, shared.text);
    const toastFor = async (id) => {
      await page.goto(`${server.url}#/s/${id}`);
      const add = page.locator(`[data-testid=suggestion][data-lever="${shared.lever}"] [data-testid=add-to-plan]`);
      await add.click();
      return page.getByTestId("toast").last().locator(".toast__text").textContent();
    };
    assert.match(await toastFor(ids[0].id), /^Added to the plan: /);
    // The summary's action serves more people than the plan item yet: it still offers to add
    // them, rather than saying "In the plan".
    await page.getByTestId("tab-summary").click();
    const summaryAdd = page.locator(`[data-testid=top-action][data-lever="${shared.lever}"] [data-testid=top-action-add]`);
    assert.equal(await summaryAdd.textContent(), "Add to plan");
    assert.equal(await summaryAdd.getAttribute("aria-disabled"), null);
    const joined = await toastFor(ids[1].id);
    assert.match(joined, /^“.+” was already in the plan; now it is for .+ too\.$/);
    assert.ok(joined.includes(ids[1].name), joined);
    await page.getByTestId("tab-plan").click();
    assert.equal(await page.getByTestId("plan-item").count(), 1, "one action, not two");
    const serves = await page.getByTestId("plan-item").textContent();
    assert.ok(serves.includes(ids[0].name) && serves.includes(ids[1].name), serves);
    // Its editor (opened from its line) says how to do it, as the suggestion did.
    await page.getByTestId("plan-open").click();
    await page.getByTestId("plan-item").locator(".plan-item__how").waitFor();
    // From the summary, Add to plan brings in everyone else it serves; then it is in the plan.
    await page.getByTestId("tab-summary").click();
    await summaryAdd.click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === "In the plan",
      `[data-testid=top-action][data-lever="${shared.lever}"] [data-testid=top-action-add]`);
    await page.getByTestId("tab-plan").click();
    assert.equal(await page.getByTestId("plan-item").count(), 1, "still one action");
    await page.getByTestId("plan-open").click();
    const all = await page.getByTestId("plan-item").locator(".plan-item__for").textContent();
    const servedCount = Number(shared.text.match(/^(\d+) people/)[1]);
    assert.equal(all.split(":")[1].split(",").length, servedCount, all);
    // The suggestion's own title follows the interface language; a title the user writes stays.
    const titleBox = page.getByTestId("plan-item").locator("textarea.plan-item__title");
    const en = await titleBox.inputValue();
    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => document.documentElement.lang === "es");
    const es = await titleBox.inputValue();
    assert.ok(es && es !== en, `the title is in Spanish now: ${es}`);
    await titleBox.fill("Llamar a los dos esta semana");
    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    assert.equal(await titleBox.inputValue(), "Llamar a los dos esta semana");
  });
});

test("summary: counts, health inside and outside, top actions into the plan, printable report", async () => {
  await open(workspace(people(), { mapName: "Corner Bakery" }), "summary", async ({ env, page }) => {
    await page.getByTestId("summary").waitFor();
    assert.equal(await page.getByTestId("placed-of-total").textContent(), "12 of 14 stakeholders placed");
    const sides = await page.getByTestId("side-count-n").allTextContents();
    assert.equal(sides.map(Number).reduce((a, b) => a + b, 0), 12);
    assert.match(await page.getByTestId("health-inside").textContent(), /\d+ \/ 100/);
    assert.match(await page.getByTestId("health-outside").textContent(), /\d+ \/ 100/);
    assert.ok((await page.getByTestId("chain-message").textContent()).length > 20);

    const actions = page.getByTestId("top-action");
    assert.equal(await actions.count(), 5);
    const first = actions.first();
    const add = first.getByTestId("top-action-add");
    assert.equal(await add.textContent(), "Add to plan");
    await add.click();
    assert.equal(await add.textContent(), "In the plan");
    assert.ok(await add.isDisabled());
    await page.getByTestId("tab-plan").click();
    // count() does not wait: let the plan page render first.
    await page.getByTestId("plan-item").first().waitFor();
    assert.equal(await page.getByTestId("plan-item").count(), 1);
    await page.getByTestId("tab-summary").click();

    // The report is only for print: hidden on screen, shown (without buttons) when printing.
    const report = page.getByTestId("report");
    assert.equal(await report.isVisible(), false);
    await page.emulateMedia({ media: "print" });
    assert.equal(await report.isVisible(), true);
    assert.equal(await page.getByTestId("report-card").count(), 12);
    assert.equal(await page.getByTestId("report-marker").count(), 12);
    assert.equal(await page.getByTestId("summary-print").isVisible(), false);
    assert.match(await page.locator(".report-head__title").textContent(), /Órbita report: Corner Bakery/);
    await page.emulateMedia({ media: "screen" });

    // "Print report" opens the browser's print dialog.
    await page.evaluate(() => {
      window.print = () => {
        window.printed = true;
      };
    });
    await page.getByTestId("summary-print").click();
    await page.waitForFunction(() => window.printed === true);
  });
});

for (const scheme of ["light", "dark"]) {
  test(`axe: the details card, the table and filters that match no one (${scheme})`, async () => {
    await withContext(browser, server.origin, { colorScheme: scheme }, async (env) => {
      await env.context.addInitScript({ path: AXE });
      const page = await env.page();
      await seed(env.context, workspace(people()));
      await page.goto(`${server.url}#/map`);
      await ready(page);
      const check = (label) => axe(page, label);
      const problems = [];
      await page.getByTestId("marker").first().focus();
      await page.getByTestId("marker-card-name").waitFor();
      problems.push(...(await check("map with card")));
      await page.getByTestId("filter-no-health").uncheck();
      await page.getByTestId("show-table").click();
      await page.getByTestId("sort-health").click();
      problems.push(...(await check("table")));
      for (const b of ["thriving", "fine", "at_risk"]) await page.getByTestId(`filter-${b}`).uncheck();
      await page.getByTestId("no-matches").waitFor();
      problems.push(...(await check("no matches")));
      assert.deepEqual(problems, []);
    });
  });
}
