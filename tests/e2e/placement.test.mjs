// Placement a manager agrees with, through the interface only: people with two roles and
// people who work through another firm are flagged wherever they are shown, answers that
// pull apart lower the confidence and are named, and one health answer is not a band.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, addStakeholder, answerAll, openStakeholder } from "./harness.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// Each answered, in path order, from a one-sentence description, as a manager who knows them would.
const CASHIER = {
  name: "Lucía (cashier, shops here weekly)",
  answers: [
    ["pays", "pays.both"], ["produces", "produces.daily"], ["info", "info.team"],
    ["contact", "contact.daily"], ["meaning", "meaning.both"], ["judges", "judges.both"],
    ["ext.frequency", "ext.frequency.weekly"], ["ext.decision", "ext.decision.habit"],
    ["int.customers", "int.customers.core"], ["int.departments", "int.departments.one"],
    ["recommend", "recommend.8"], ["health.int_clarity", "health.int_clarity.mostly"],
  ],
};

const AGENT = {
  name: "Iker (call centre agent, via an agency)",
  answers: [
    ["pays", "pays.through"], ["produces", "produces.daily"], ["info", "info.some"],
    ["contact", "contact.daily"], ["meaning", "meaning.assignment"], ["judges", "judges.process"],
    ["int.customers", "int.customers.core"], ["int.departments", "int.departments.one"],
    ["int.specs", "int.specs.given"], ["recommend", "recommend.6"],
    ["health.int_clarity", "health.int_clarity.guess"], ["health.int_recognition", "health.int_recognition.big_things"],
  ],
};

// Pays for what they buy and sees only what's public, yet said to work with the team every
// day and to call the business their workplace: answers that pull apart.
const TORN = {
  name: "Marta (answers that disagree)",
  answers: [
    ["pays", "pays.they_pay"], ["produces", "produces.no"], ["info", "info.public"],
    ["contact", "contact.daily"], ["meaning", "meaning.workplace"], ["judges", "judges.result"],
    ["ext.frequency", "ext.frequency.weekly"], ["ext.decision", "ext.decision.habit"], ["ext.range", "ext.range.some"],
    ["recommend", "recommend.7"], ["health.ext_word", "health.ext_word.good"], ["health.ext_last", "health.ext_last.fine"],
  ],
};

// A regular about whom the manager knows one thing for sure: they'd recommend the shop.
const ONE_HEALTH_ANSWER = {
  name: "Pablo (one health answer)",
  answers: [
    ["pays", "pays.they_pay"], ["produces", "produces.feedback"], ["info", "info.own"],
    ["contact", "contact.rarely"], ["meaning", "meaning.brand"], ["judges", "judges.result"],
    ["ext.frequency", "ext.frequency.weekly"], ["ext.decision", "ext.decision.habit"], ["ext.range", "ext.range.many"],
    ["recommend", "recommend.9"], ["health.ext_word", "health.ext_word.nothing"], ["health.ext_last", "dk"],
  ],
};

/** Opens `person` from the list, answers their whole questionnaire and shows the result. */
async function answerAndSeeResult(page, person) {
  await openStakeholder(page, person.name);
  await page.getByTestId("start-questionnaire").click();
  await answerAll(page, person.answers);
  await page.getByTestId("result-side").waitFor();
}

async function startWith(page, people) {
  await page.goto(server.url);
  await ready(page);
  for (const p of people) await addStakeholder(page, p.name);
}

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();

test("two roles and work through another firm are flagged on the results, the list, the map table and the summary", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await startWith(page, [CASHIER, AGENT]);

    await answerAndSeeResult(page, CASHIER);
    const results = page.getByTestId("results");
    assert.equal(await page.getAttribute("[data-testid=result-role]", "data-role"), "two-roles");
    assert.equal(await text(results.getByTestId("role-flag")), "Also buys from you");
    // A type from each side, each saying which role it is about.
    assert.equal(await page.getAttribute("[data-testid=result-types]", "data-types"), "executive,loyal");
    assert.deepEqual(await results.getByTestId("type-side").allInnerTexts(), ["When working with you:", "When buying from you:"]);
    // Her two "both" answers are what is true of her, not doubt: they cost no confidence (they
    // cost 12 points when they counted as pulling against her daily work). All is answered;
    // only judging "both" result and process (70) against the rest costs a couple of points.
    assert.equal(await results.getByTestId("confidence-coverage").count(), 0, "everything is answered");
    const confidence = Number(await page.getAttribute("[data-testid=confidence]", "data-confidence"));
    assert.ok(confidence >= 95 && confidence < 100, `confidence ${confidence}`);
    await page.getByTestId("tab-list").click();

    await answerAndSeeResult(page, AGENT);
    assert.equal(await page.getAttribute("[data-testid=result-side]", "data-side"), "middle");
    const axis = Number(await page.getAttribute("[data-testid=axis]", "data-axis"));
    assert.ok(axis > 35 && axis < 65, `in the middle band: ${axis}`);
    assert.equal(await text(results.getByTestId("role-flag")), "Works for you through another firm");
    await page.getByTestId("tab-list").click();

    // The list: each row carries its flag, by name.
    const row = (name) => page.getByTestId("stakeholder-row").filter({ hasText: name });
    assert.equal(await text(row(CASHIER.name).getByTestId("role-flag")), "Also buys from you");
    assert.equal(await text(row(AGENT.name).getByTestId("role-flag")), "Works for you through another firm");

    // The map's table.
    await page.getByTestId("tab-map").click();
    await page.getByTestId("show-table").click();
    const mapRow = (name) => page.getByTestId("map-row").filter({ hasText: name });
    await mapRow(CASHIER.name).getByTestId("role-flag").filter({ hasText: "Also buys from you" }).waitFor();
    await mapRow(AGENT.name).getByTestId("role-flag").filter({ hasText: "Works for you through another firm" }).waitFor();

    // The summary counts each kind.
    await page.getByTestId("tab-summary").click();
    const ties = page.getByTestId("summary-tie");
    assert.deepEqual(await ties.allInnerTexts(), [
      "1 person works with you and also buys from you",
      "1 person works for you through another firm",
    ]);

    // The same in Spanish.
    await page.getByTestId("lang-toggle").click();
    await page.waitForSelector("html[lang=es]");
    assert.deepEqual(await ties.allInnerTexts(), [
      "1 persona trabaja contigo y además te compra",
      "1 persona trabaja para ti a través de otra empresa",
    ]);
    await page.getByTestId("tab-list").click();
    assert.equal(await text(row(CASHIER.name).getByTestId("role-flag")), "También te compra");
    await openStakeholder(page, CASHIER.name);
    assert.equal(await text(results.getByTestId("role-flag")), "También te compra");
    assert.deepEqual(await results.getByTestId("type-side").allInnerTexts(), ["Cuando trabaja contigo:", "Cuando te compra:"]);
  });
});

test("answers that pull apart lower the confidence, and each pair is named in plain words", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await startWith(page, [TORN]);
    await answerAndSeeResult(page, TORN);
    const confidence = Number(await page.getAttribute("[data-testid=confidence]", "data-confidence"));
    assert.ok(confidence < 100, `confidence ${confidence}`);
    assert.equal(await text(page.getByTestId("confidence")), `${confidence}%`);
    // Everything is answered, so what lowers it is the disagreement, said in points.
    assert.match(await text(page.getByTestId("confidence-spread")), new RegExp(`take off ${100 - confidence} more points?\\.`));
    const named = await page.getByTestId("contradiction").allInnerTexts();
    assert.ok(named.length >= 1, "at least one pair is named");
    assert.equal(
      named[0],
      "You said “They pay you for what you sell them” (Who pays), which points outside, yet “Every day” (Work with your staff), which points inside.",
    );
    await page.getByTestId("lang-toggle").click();
    await page.waitForSelector("html[lang=es]");
    assert.equal(
      (await page.getByTestId("contradiction").allInnerTexts())[0],
      "Dijiste «Te paga por lo que le vendes» (Quién paga), que apunta hacia fuera, pero también «Todos los días» (Trato con tu equipo), que apunta hacia dentro.",
    );
    assert.equal(await text(page.getByTestId("confidence")), `${confidence}\u00a0%`.replace(/\s+/g, " "));
  });
});

test("one health answer with real evidence is not enough for a band, and says how many there are", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await startWith(page, [ONE_HEALTH_ANSWER]);
    await answerAndSeeResult(page, ONE_HEALTH_ANSWER);
    const unknown = page.getByTestId("health-unknown");
    assert.equal(await text(unknown), "Not enough health answers yet (1 of 2).");
    assert.equal(await page.getByTestId("health-band").count(), 0, "no band from one answer");
    await page.getByTestId("lang-toggle").click();
    await page.waitForSelector("html[lang=es]");
    assert.equal(await text(unknown), "Aún no hay bastantes respuestas de salud (1 de 2).");
  });
});
