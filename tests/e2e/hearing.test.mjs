// You think / they say: a person's reply and groups of 2 and 3 replies, seeded into a saved
// workspace. The panel shows the gaps biggest first, a group of 2 shows nothing of the group
// and a group of 3 shows it, the map draws a line to where they place themselves, the table
// has a "They say" column, the summary names the widest disagreement, and axe is clean.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startServer, launch, withContext, ready } from "./harness.mjs";
import { WEEKLY_SHOPPER, CUSTOMER_SERVICE, workspace, seed } from "./fixtures.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// Ana in her own words: she uses the team's internal tools, works with staff every week and
// would not recommend the business; the rest as the manager thinks.
const ANA_SAYS = Object.fromEntries(WEEKLY_SHOPPER.answers);
Object.assign(ANA_SAYS, {
  info: "info.team",
  contact: "contact.weekly",
  recommend: "recommend.4",
  "health.ext_last": "health.ext_last.bad",
  judges: "dk",
});
// The kitchen team's replies: all the same, far from the manager's view on recognition.
const KITCHEN_SAYS = { ...Object.fromEntries(CUSTOMER_SERVICE.answers), "health.int_recognition": "health.int_recognition.never" };

/** Counts of `replies` answer sets, as a group's tally keeps them. */
function tally(invite, replies) {
  const answers = {};
  for (const r of replies) {
    for (const [q, o] of Object.entries(r)) {
      answers[q] ??= {};
      answers[q][o] = (answers[q][o] || 0) + 1;
    }
  }
  return { invite, replies: replies.map((_, i) => `${invite}-r${i}`), answers, unread: 0 };
}

function heardWorkspace() {
  const people = [
    { ...WEEKLY_SHOPPER, name: "Ana (front desk)" },
    { ...CUSTOMER_SERVICE, name: "Kitchen team" },
    { ...CUSTOMER_SERVICE, name: "Shop floor" },
    { ...CUSTOMER_SERVICE, name: "Carla (not asked)" },
  ];
  const ws = JSON.parse(workspace(people));
  ws.v = 3;
  const invite = (id, stakeholder, group) => ({ id, stakeholder, group, key: `secret-${id}`, business: "Bakery", address: "", created_at: 1 });
  Object.assign(ws.data.maps[0], {
    invites: [invite("i-ana", 1, false), invite("i-kitchen", 2, true), invite("i-floor", 3, true)],
    replies: [{ id: "r-ana", invite: "i-ana", answers: ANA_SAYS, questionnaire: 2, unread: 0, payload: "", received_at: 5 }],
    tallies: [tally("i-kitchen", [KITCHEN_SAYS, KITCHEN_SAYS]), tally("i-floor", [KITCHEN_SAYS, KITCHEN_SAYS, KITCHEN_SAYS])],
  });
  return JSON.stringify(ws);
}

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(view, { axe = false, ...options }, fn) {
  await withContext(browser, server.origin, options, async (env) => {
    const page = await env.page();
    await seed(env.context, heardWorkspace());
    if (axe) await env.context.addInitScript({ path: AXE });
    await page.goto(`${server.url}#/${view}`);
    await ready(page);
    await fn(page);
  });
}

const gaps = (page) =>
  page.getByTestId("gap").evaluateAll((els) =>
    els.map((e) => ({ q: e.dataset.question, gap: e.dataset.gap === "" ? null : Number(e.dataset.gap), text: e.textContent })));

test("a person's reply: both views side by side, then the gaps biggest first in plain words", async () => {
  await open("s/1", {}, async (page) => {
    const panel = page.getByTestId("hearing");
    await panel.waitFor();
    assert.equal(await panel.getByRole("heading", { level: 2 }).textContent(), "You think / they say");
    assert.equal(await panel.getByTestId("hearing-who").count(), 0, "a person has no group line");
    // You think: outside; she says: further in.
    const mine = Number((await panel.getByTestId("hearing-mine").getByTestId("hearing-axis").textContent()).split(" ")[0]);
    const theirs = Number((await panel.getByTestId("hearing-theirs").getByTestId("hearing-axis").textContent()).split(" ")[0]);
    assert.ok(theirs > mine, `${theirs} > ${mine}`);
    assert.equal(await panel.getByTestId("hearing-mine").locator("[data-side]").getAttribute("data-side"), "external");
    const list = await gaps(page);
    assert.ok(list.length >= 5);
    // Biggest first; questions with no gap claimed ("don't know") at the end.
    const claimed = list.filter((g) => g.gap !== null).map((g) => g.gap);
    assert.deepEqual(claimed, [...claimed].sort((a, b) => b - a));
    assert.equal(list.at(-1).q, "judges");
    assert.equal(list.at(-1).gap, null);
    assert.match(list.at(-1).text, /Not compared.*you think “.*”; they say they don't know\./);
    assert.equal(list[0].q, "health.ext_last");
    assert.equal(list[0].gap, 100);
    assert.match(list[0].text, /^Far apart.*: you think “.+”; they say “.+”\.$/);
    // Suggestions listen: her poor experience raises the recovery lever, and says why.
    const recovery = page.locator('[data-testid="suggestion"][data-lever="service_recovery"]');
    await recovery.waitFor();
    assert.match(await recovery.locator(".suggestion__why").textContent(), /^They say their experience with you is poor/);
    // In Spanish too.
    await page.getByTestId("lang-toggle").click();
    await panel.getByRole("heading", { name: "Lo que tú crees y lo que dice" }).waitFor();
    assert.match((await gaps(page))[0].text, /para ti, «.+»; según su respuesta, «.+»\./);
  });
});

test("a group of 2 shows nothing of the group; a group of 3 shows the group's view", async () => {
  await open("s/2", {}, async (page) => {
    const panel = page.getByTestId("hearing");
    await panel.waitFor();
    assert.equal(await panel.getByTestId("hearing-who").textContent(), "Kitchen team · 2 replies");
    assert.equal(
      await panel.getByTestId("hearing-pending").textContent(),
      "2 replies so far — the group's view shows from 3, so no one can be singled out.",
    );
    assert.equal(await page.getByTestId("gap").count(), 0);
    assert.equal(await panel.getByTestId("hearing-theirs").count(), 0);
    assert.doesNotMatch(await panel.textContent(), /Rarely|Hardly ever|most of them/);
    // The manager's own suggestions: nothing raised by the two replies.
    assert.equal(await page.locator(".suggestion__why", { hasText: /say/ }).count(), 0);

    await page.evaluate(() => { location.hash = "#/s/3"; });
    await panel.getByTestId("hearing-who").filter({ hasText: "Shop floor · 3 replies" }).waitFor();
    assert.equal(await panel.getByTestId("hearing-pending").count(), 0);
    await panel.getByTestId("hearing-theirs").waitFor();
    const list = await gaps(page);
    assert.equal(list[0].q, "health.int_recognition");
    assert.match(list[0].text, /you think “.+”; most of them say “Hardly ever”\./);
  });
});

test("the map draws a line to where they place themselves, and the table says it", async () => {
  await open("map", {}, async (page) => {
    await page.getByTestId("orbit-map").waitFor();
    const lines = await page.getByTestId("heard-line").evaluateAll((els) =>
      els.map((e) => ({ id: Number(e.dataset.id), axis: Number(e.dataset.axis), role: e.getAttribute("role"), label: e.getAttribute("aria-label"), dash: getComputedStyle(e.querySelector("line")).strokeDasharray })));
    assert.deepEqual(lines.map((l) => l.id).sort(), [1, 3], "Ana and the group of 3; never the group of 2");
    const ana = lines.find((l) => l.id === 1);
    assert.equal(ana.role, "img");
    assert.match(ana.label, /^\u2068Ana \(front desk\)\u2069: you place them at \d+ of 100; they say \d+ of 100$/);
    assert.notEqual(ana.dash, "none", "dashed");
    assert.match(lines.find((l) => l.id === 3).label, /the group says \d+ of 100$/);
    // The line starts at the manager's marker.
    const marker = await page.locator('[data-testid="marker"][data-id="1"]').getAttribute("transform");
    const [, mx, my] = marker.match(/translate\((-?[\d.]+) (-?[\d.]+)\)/);
    const line = page.locator('[data-testid="heard-line"][data-id="1"] line');
    assert.equal(await line.getAttribute("x1"), mx);
    assert.equal(await line.getAttribute("y1"), my);

    await page.getByTestId("show-table").click();
    await page.getByTestId("map-table").waitFor();
    await page.getByRole("columnheader", { name: "They say" }).waitFor();
    const row = (id) => page.locator(`[data-testid="map-row"][data-id="${id}"] [data-testid="they-say"]`);
    assert.equal(Number(await row(1).textContent()), ana.axis);
    assert.equal(await row(2).textContent(), "—");
  });
});

test("the summary names where the two views disagree most", async () => {
  await open("summary", {}, async (page) => {
    const card = page.getByTestId("disagreements");
    await card.waitFor();
    assert.equal(await card.getByRole("heading").textContent(), "Where the two views disagree most");
    const items = card.getByTestId("disagreement");
    assert.deepEqual(await items.evaluateAll((els) => els.map((e) => Number(e.dataset.id))), [1, 3]);
    assert.match(await items.first().textContent(), /^Ana \(front desk\).*Their last experience: you think “.+”; they say “.+”\./);
    assert.match(await items.nth(1).textContent(), /Shop floor · 3 replies/);
    assert.doesNotMatch(await card.textContent(), /Kitchen team/);
    await items.first().getByRole("link").click();
    await page.getByTestId("hearing").waitFor();
  });
});

test("a share link carries their replies only when the owner ticks the option", async () => {
  let without, withReplies;
  await open("map", {}, async (page) => {
    await page.getByTestId("share-button").click();
    const option = page.getByRole("checkbox", { name: "Include their replies" });
    assert.equal(await option.isChecked(), false, "off by default");
    const link = page.getByTestId("share-link");
    await page.waitForFunction(() => document.querySelector("[data-testid=share-link]").value.includes("#s="));
    without = await link.inputValue();
    await option.check();
    await page.waitForFunction((old) => {
      const v = document.querySelector("[data-testid=share-link]").value;
      return v.includes("#s=") && v !== old;
    }, without);
    withReplies = await link.inputValue();
  });
  const openLink = (link, fn) => withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(link);
    await page.getByTestId("shared-banner").waitFor();
    await fn(page);
  });
  await openLink(without, async (page) => {
    await page.getByRole("link", { name: "Ana (front desk)" }).click();
    await page.getByTestId("results").waitFor();
    assert.equal(await page.getByTestId("hearing").count(), 0, "no replies travel by default");
  });
  await openLink(withReplies, async (page) => {
    await page.getByRole("link", { name: "Ana (front desk)" }).click();
    await page.getByTestId("hearing").waitFor();
    assert.equal((await gaps(page))[0].q, "health.ext_last");
    await page.getByTestId("tab-list").click();
    await page.getByRole("link", { name: "Kitchen team" }).click();
    await page.getByTestId("results").waitFor();
    assert.equal(await page.getByTestId("hearing").count(), 0, "the group of 2 stays home");
  });
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on the panel and the summary card (${colorScheme})`, async () => {
    await open("s/1", { colorScheme, axe: true }, async (page) => {
      await page.getByTestId("hearing").waitFor();
      const check = async (label) => {
        const result = await page.evaluate(() =>
          // eslint-disable-next-line no-undef
          axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }));
        return result.violations.map((v) => `${label}: ${v.id} — ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      };
      const problems = await check("panel");
      await page.evaluate(() => { location.hash = "#/s/2"; });
      await page.getByTestId("hearing-pending").waitFor();
      problems.push(...(await check("group of 2")));
      await page.evaluate(() => { location.hash = "#/summary"; });
      await page.getByTestId("disagreements").waitFor();
      problems.push(...(await check("summary")));
      await page.evaluate(() => { location.hash = "#/map"; });
      await page.getByTestId("heard-line").first().waitFor();
      problems.push(...(await check("map")));
      assert.deepEqual(problems, []);
    });
  });
}
