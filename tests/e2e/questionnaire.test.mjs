// Guided questionnaire, results and plan, driven through the UI with the keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launch, withContext, ready, addStakeholder, saved, chooseWithKeyboard, answerAll, openStakeholder,
} from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Chooses an option with the key shown next to it (see `chooseWithKeyboard`). */
async function answerWithKeyboard(page, optionId) {
  await chooseWithKeyboard(page, optionId);
}

async function currentQuestion(page) {
  return page.getAttribute("[data-testid=questionnaire]", "data-question");
}

/** Opens the app, adds a stakeholder called `name` and opens their page. */
async function addAndOpen(page, name) {
  await page.goto(server.url);
  await ready(page);
  await addStakeholder(page, name);
  await openStakeholder(page, name);
}

test("three stakeholders of different sides, answered by keyboard, land where they should", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    for (const person of [CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER]) {
      await addStakeholder(page, person.name);
    }
    for (const person of [CUSTOMER_SERVICE, WEEKLY_SHOPPER, SUPPLIER]) {
      await openStakeholder(page, person.name);
      await page.getByTestId("start-questionnaire").focus();
      await page.keyboard.press("Enter");
      await answerAll(page, person.answers);
      // Finishing shows the result; the review of every answer is one click away.
      await page.getByTestId("review-answers").click();
      await page.getByTestId("review").waitFor();
      assert.equal(await page.getByTestId("review-item").count(), person.answers.length);
      await page.getByTestId("see-result").focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("results").waitFor();
      assert.equal(await page.getAttribute("[data-testid=result-side]", "data-side"), person.side);
      const types = (await page.getAttribute("[data-testid=result-types]", "data-types")).split(",");
      assert.equal(types[0], person.types[0], `${person.name} type`);
      assert.ok((await page.getByTestId("suggestion").count()) > 0, "suggestions are shown");
      assert.ok((await page.getByTestId("reasons").locator("li").count()) > 0, "reasons are shown");
      await page.getByTestId("tab-list").click();
    }
  });
});

test("a reload in the middle resumes at the same question; Escape leaves and keeps progress", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await addAndOpen(page, SUPPLIER.name);
    await page.getByTestId("start-questionnaire").click();
    for (const [question, option] of SUPPLIER.answers.slice(0, 4)) {
      await page.waitForSelector(`[data-testid=questionnaire][data-question="${question}"]`);
      await answerWithKeyboard(page, option);
    }
    // The fourth answer moved on to the fifth question (wait for it rather than read mid-navigation).
    const here = SUPPLIER.answers[4][0];
    await page.waitForSelector(`[data-testid=questionnaire][data-question="${here}"]`);
    assert.equal(await currentQuestion(page), here);
    await saved(page);
    await page.reload();
    await ready(page);
    assert.equal(await currentQuestion(page), here, "resumes at the same question");
    // Back shows the previous answer still chosen.
    await page.getByTestId("q-back").click();
    await page.waitForSelector(`[data-testid=option][data-option="${SUPPLIER.answers[3][1]}"] input:checked`);
    await page.keyboard.press("Escape");
    await page.getByTestId("stakeholder-title").waitFor();
    assert.match(await page.getByTestId("start-questionnaire").innerText(), /Continue questionnaire/);
    // Starting again on another day goes to the first unanswered question.
    await page.getByTestId("start-questionnaire").click();
    await page.getByTestId("questionnaire").waitFor();
    await page.waitForFunction(
      (q) => document.querySelector("[data-testid=questionnaire]")?.dataset.question === q,
      here,
      { timeout: 5000 },
    ).catch(() => {});
    assert.equal(await currentQuestion(page), here);
  });
});

test("on the 0–10 recommend question a digit picks that value, 10 and don't know have letters, and the keys shown match", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await addAndOpen(page, "Nora");
    const id = await page.evaluate(() => location.hash.match(/#\/s\/(\d+)/)[1]);
    await page.goto(`${server.url}#/s/${id}/q/recommend`);
    await page.waitForSelector("[data-testid=questionnaire][data-question=recommend]");
    const keys = await page.$$eval("[data-testid=option]", (els) =>
      els.map((e) => [e.dataset.option, e.dataset.key, e.querySelector(".option__key")?.textContent || e.querySelector(".option__label").textContent]),
    );
    assert.equal(keys.length, 12, "eleven values and I don't know");
    for (const [option, key, shown] of keys) {
      const value = option.split(".")[1];
      const want = /^[0-9]$/.test(value) ? value : value === "10" ? "a" : "d";
      assert.equal(key, want, `key of ${option}`);
      assert.equal(shown, want, `the key shown for ${option}`);
    }
    // Each key records its value and moves on; Back shows it chosen.
    for (const digit of ["8", "0", "3"]) {
      await page.locator("[data-testid=option] input").first().focus();
      await chooseWithKeyboard(page, `recommend.${digit}`);
      await page.getByTestId("q-back").click();
      await page.waitForSelector(`[data-testid=option][data-option="recommend.${digit}"] input:checked`);
    }
    for (const option of ["recommend.10", "dk"]) {
      await chooseWithKeyboard(page, option);
      await page.getByTestId("q-back").click();
      await page.waitForSelector(`[data-testid=option][data-option="${option}"] input:checked`);
    }
  });
});

test("suggestions go to the plan; status changes survive a reload; answers change the result at once", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await addAndOpen(page, WEEKLY_SHOPPER.name);
    await page.getByTestId("start-questionnaire").click();
    await answerAll(page, WEEKLY_SHOPPER.answers);

    const buttons = page.getByTestId("add-to-plan");
    const titles = await page.locator("[data-testid=suggestion] .suggestion__title").allTextContents();
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    assert.ok(await buttons.nth(0).isDisabled(), "an added suggestion says it is in the plan");

    await page.getByTestId("tab-plan").click();
    await page.getByTestId("plan").waitFor();
    assert.equal(await page.getByTestId("plan-item").count(), 2);
    const first = page.getByTestId("plan-item").first();
    await first.getByTestId("plan-open").click();
    await first.getByTestId("plan-status").selectOption("done");
    await page.getByTestId("plan-done").waitFor();
    await saved(page);
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("plan-item").count(), 2);
    assert.equal(await page.getByTestId("plan-done").getByTestId("plan-item").count(), 1);
    const planTitles = await page.locator("[data-testid=plan-item] .plan-row__title").allTextContents();
    for (const t of planTitles) assert.ok(titles.includes(t), `plan item "${t}" came from a suggestion`);

    // Change an answer in the review: the placement moves at once.
    await page.getByTestId("tab-list").click();
    await openStakeholder(page, WEEKLY_SHOPPER.name);
    const before = Number(await page.getAttribute("[data-testid=axis]", "data-axis"));
    await page.getByTestId("review-answers").click();
    await page.locator('[data-testid=review-item][data-question="meaning"] select').selectOption("meaning.workplace");
    await page.getByTestId("see-result").click();
    const after = Number(await page.getAttribute("[data-testid=axis]", "data-axis"));
    assert.ok(after > before, `axis moved inward (${before} → ${after})`);
  });
});

test("the Answers panel shows JSON and rejects invalid input naming the field", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await addAndOpen(page, "Paste test");
    await page.locator("[data-testid=answers-panel] summary").click();
    await page.getByTestId("answers-json").fill('{"questionnaire": 1, "answers": {"pays": "pays.nonsense"}}');
    await page.getByTestId("import-answers").click();
    await page.getByTestId("answers-message").waitFor();
    assert.match(await page.getByTestId("answers-message").innerText(), /answers\.pays/);
    await page.getByTestId("not-placed").waitFor();
    const good = JSON.stringify({ questionnaire: 1, answers: Object.fromEntries(SUPPLIER.answers) });
    await page.getByTestId("answers-json").fill(good);
    await page.getByTestId("import-answers").click();
    await page.getByTestId("results").locator("[data-testid=result-side]").waitFor();
    assert.equal(await page.getAttribute("[data-testid=result-side]", "data-side"), "internal");
  });
});

test("an address for someone who isn't on the map says so and leads back to the list", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await addStakeholder(page, "Nora");
    for (const hash of ["#/s/999", "#/s/999/q/pays", "#/s/999/review"]) {
      await page.goto(`${server.url}${hash}`);
      await page.getByRole("alert").filter({ hasText: "couldn't find that stakeholder" }).waitFor();
      // No bare arrow: every link on the page says where it goes.
      const names = await page.locator("main a").evaluateAll((els) => els.map((e) => e.textContent.trim()));
      assert.ok(names.every((n) => /[a-z]/i.test(n)), `${hash}: ${names.join(" | ")}`);
      await page.getByRole("link", { name: /Back to the list/ }).last().click();
      await page.getByTestId("stakeholder-name").filter({ hasText: "Nora" }).waitFor();
    }
    // A question that doesn't exist (a mistyped or outdated link): said so, and the next open
    // question is shown in its place.
    const id = await page.getByTestId("stakeholder-row").first().getAttribute("data-id");
    for (const q of ["nonsense", "pays.we_pay"]) {
      await page.goto(`${server.url}#/s/${id}/q/${q}`);
      const toast = page.getByTestId("toast").filter({ hasText: "That question isn't part of Nora's questionnaire." });
      await toast.waitFor();
      await toast.getByRole("button", { name: "Dismiss" }).click();
      await toast.waitFor({ state: "detached" });
      await page.waitForFunction((id) => location.hash === `#/s/${id}/q/pays`, id);
      assert.equal(await currentQuestion(page), "pays");
      await page.goto(`${server.url}#/`);
    }
  });
});

test("the questionnaire address of someone fully answered opens their review, on a read-only example too", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("explore-example").click();
    await page.getByTestId("open-example").first().click();
    const row = page.getByTestId("stakeholder-row").first();
    await row.waitFor();
    const id = await row.getAttribute("data-id");
    assert.match(await row.getByTestId("progress").textContent(), /^(\d+) of \1\b/, "the example's first person is fully answered");
    await page.evaluate((id) => (location.hash = `#/s/${id}/q`), id);
    await page.getByTestId("review").waitFor();
    await page.waitForFunction((id) => location.hash.endsWith(`/s/${id}/review`), id);
    assert.equal(await page.getByRole("alert").filter({ hasText: "couldn't find" }).count(), 0);
    assert.ok(await page.getByTestId("shared-banner").isVisible(), "still the read-only example");
    // The review does not promise changes a read-only map refuses.
    assert.equal(await page.getByTestId("review-intro").textContent(),
      "These are the answers on a read-only map. To change them, save it as a new map.");
    await page.getByTestId("shared-save").click();
    await page.getByTestId("shared-banner").waitFor({ state: "detached" });
    await page.evaluate((id) => (location.hash = `#/s/${id}/review`), id);
    await page.getByTestId("review-intro").filter({ hasText: "You can change any answer right here; the result updates at once." }).waitFor();
  });
});
