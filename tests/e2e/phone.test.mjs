// Phone-first questionnaire: on a 360×740 phone and a 1280×800 desktop, light and dark, in
// Spanish and English, every question of every path shows its options and the way on without
// scrolling; a tap moves on; Back, the browser's Back and a swipe go back; the header is one
// row on the phone; axe finds nothing on the questionnaire and the result.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, AXE, axe } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

// Three paths that between them ask every live question: someone inside, someone outside, and
// someone with two roles (pays "both", means "both"), whose other answers are the first offered.
const PATHS = [
  { name: "Inside", answers: Object.fromEntries(CUSTOMER_SERVICE.answers) },
  { name: "Outside", answers: Object.fromEntries(WEEKLY_SHOPPER.answers) },
  { name: "Two roles", answers: { pays: "pays.both", meaning: "meaning.both" } },
];

/** What of the question on screen lies outside the viewport, and how far the page is scrolled. */
function offScreen(page) {
  return page.evaluate(() => {
    const parts = [
      ...[...document.querySelectorAll("[data-testid=option]")].map((e) => [e.dataset.option, e]),
      ["prompt", document.querySelector("[data-testid=q-prompt]")],
      ["next", document.querySelector("[data-testid=q-next]")],
      ["back", document.querySelector("[data-testid=q-back]")],
    ];
    const out = parts
      .filter(([, e]) => {
        const r = e.getBoundingClientRect();
        return r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;
      })
      .map(([name, e]) => `${name} (${Math.round(e.getBoundingClientRect().bottom)}px)`);
    return { out, scrollY, width: document.documentElement.scrollWidth };
  });
}

/** The question on screen, or null when there is none (the result is shown). */
async function question(page) {
  return page.evaluate(() => document.querySelector("[data-testid=questionnaire]")?.dataset.question ?? null);
}

/** Waits until the question on screen is no longer `from`. */
async function movedOn(page, from) {
  await page.waitForFunction((q) => document.querySelector("[data-testid=questionnaire]")?.dataset.question !== q, from);
}

/** A finger swipe across the question, `dx` pixels sideways (positive: to the right). */
async function swipe(page, dx) {
  const cdp = await page.context().newCDPSession(page);
  const y = 420;
  const x0 = dx > 0 ? 40 : 320;
  const point = (x) => [{ x, y, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(x0) });
  for (let i = 1; i <= 6; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x0 + (dx * i) / 6) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** A mouse drag across the question, `dx` pixels sideways: the same gesture with a pointer. */
async function drag(page, dx) {
  const box = await page.getByTestId("q-prompt").boundingBox();
  const y = box.y + box.height / 2;
  const x0 = box.x + (dx > 0 ? 10 : Math.min(box.width, 400));
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x0 + dx, y, { steps: 6 });
  await page.mouse.up();
}

for (const [size, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  for (const scheme of ["light", "dark"]) {
    for (const locale of ["es-ES", "en-US"]) {
      test(`every question fits the first screen and a tap moves on (${size}, ${scheme}, ${locale})`, async () => {
        const people = PATHS.map((p) => ({ name: p.name, answers: [] }));
        await withContext(browser, server.origin, { ...device, colorScheme: scheme, locale }, async (env) => {
          await seed(env.context, workspace(people));
          const page = await env.page();
          const seen = new Set();
          for (const [i, path] of PATHS.entries()) {
            await page.goto(`${server.url}#/s/${i + 1}/q`);
            await ready(page);
            await page.getByTestId("questionnaire").waitFor();
            for (let step = 0; step < 20; step++) {
              const q = await question(page);
              if (!q) break;
              seen.add(q);
              const where = await offScreen(page);
              const label = `${path.name}, ${q}`;
              assert.deepEqual(where.out, [], `${label}: all of it on the first screen`);
              assert.equal(where.scrollY, 0, `${label}: nothing scrolled`);
              assert.ok(where.width <= device.viewport.width, `${label}: no sideways scrolling (${where.width}px)`);
              const option = path.answers[q] ?? (await page.getAttribute("[data-testid=option]", "data-option"));
              const target = page.locator(`[data-testid=option][data-option="${option}"]`);
              if (device.hasTouch) await target.tap();
              else await target.click();
              await movedOn(page, q);
            }
            // The last answer shows the result, with the review one click away.
            await page.getByTestId("results").waitFor();
            await page.getByTestId("review-answers").waitFor();
            assert.equal(await page.evaluate(() => scrollY), 0, `${path.name}: the result starts at the top`);
          }
          // Between them the paths ask every kind of question, the 0–10 scale included.
          for (const q of ["pays", "meaning", "recommend", "ext.frequency", "int.customers", "health.ext_word", "health.int_clarity"]) {
            assert.ok(seen.has(q), `${q} was asked`);
          }
        });
      });
    }
  }

  test(`Back, the browser's Back and a swipe bring the previous question back (${size})`, async () => {
    await withContext(browser, server.origin, { ...device, locale: "en-US" }, async (env) => {
      await seed(env.context, workspace([{ name: "Nora", answers: [] }]));
      const page = await env.page();
      await page.goto(`${server.url}#/s/1/q`);
      await ready(page);
      await page.waitForSelector("[data-testid=questionnaire][data-question=pays]");
      const tap = (sel) => (device.hasTouch ? page.locator(sel).tap() : page.locator(sel).click());
      await tap('[data-option="pays.we_pay"]');
      await movedOn(page, "pays");
      assert.equal(await question(page), "produces");
      await tap('[data-option="produces.daily"]');
      await movedOn(page, "produces");
      assert.equal(await question(page), "info");
      // The page did not jump: still at the top, with focus on the new question.
      await page.waitForFunction(() => document.activeElement?.closest("[data-testid=questionnaire]") !== null);
      assert.equal(await page.evaluate(() => scrollY), 0);

      await page.getByTestId("q-back").click();
      await page.waitForSelector("[data-testid=questionnaire][data-question=produces]");
      await page.waitForSelector('[data-option="produces.daily"] input:checked');
      await page.goBack();
      await page.waitForSelector("[data-testid=questionnaire][data-question=info]");
      await page.goBack();
      await page.waitForSelector("[data-testid=questionnaire][data-question=produces]");
      await page.goBack();
      await page.waitForSelector("[data-testid=questionnaire][data-question=pays]");
      await page.goForward();
      await page.waitForSelector("[data-testid=questionnaire][data-question=produces]");

      // A swipe to the right goes back; it chooses nothing on its way.
      if (device.hasTouch) await swipe(page, 200);
      else await drag(page, 200);
      await page.waitForSelector("[data-testid=questionnaire][data-question=pays]");
      await page.waitForSelector('[data-option="pays.we_pay"] input:checked');
      // And one to the left goes on again, the answer kept.
      if (device.hasTouch) await swipe(page, -200);
      else await drag(page, -200);
      await page.waitForSelector("[data-testid=questionnaire][data-question=produces]");
      const answers = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders[0].answers);
      assert.deepEqual(answers, { pays: "pays.we_pay", produces: "produces.daily" });
    });
  });

  test(`axe finds nothing on the questionnaire, the scale and the result (${size})`, async () => {
    for (const scheme of ["light", "dark"]) {
      for (const locale of ["es-ES", "en-US"]) {
        await withContext(browser, server.origin, { ...device, colorScheme: scheme, locale }, async (env) => {
          await env.context.addInitScript({ path: AXE });
          await seed(env.context, workspace([CUSTOMER_SERVICE, { name: "Nora", answers: [] }]));
          const page = await env.page();
          const problems = [];
          await page.goto(`${server.url}#/s/2/q/pays`);
          await ready(page);
          await page.waitForSelector("[data-testid=questionnaire][data-question=pays]");
          problems.push(...(await axe(page, `${scheme} ${locale} question`)));
          await page.goto(`${server.url}#/s/2/q/recommend`);
          await page.waitForSelector("[data-testid=questionnaire][data-question=recommend]");
          problems.push(...(await axe(page, `${scheme} ${locale} scale`)));
          await page.goto(`${server.url}#/s/1`);
          await page.getByTestId("result-side").waitFor();
          problems.push(...(await axe(page, `${scheme} ${locale} result`)));
          if (device.hasTouch) {
            await page.getByTestId("header-more").locator(":scope > summary").click();
            await page.getByTestId("lang-toggle").waitFor();
            // The open menu covers the tabs below it, which is what a menu does: check the menu.
            problems.push(...(await axe(page, `${scheme} ${locale} header menu`, ".app-header")));
          }
          assert.deepEqual(problems, []);
        });
      }
    }
  });
}

test("on a phone the header is one row, with share, export, language, theme in its ⋯ menu", async () => {
  for (const locale of ["es-ES", "en-US"]) {
    await withContext(browser, server.origin, { ...PHONE, locale }, async (env) => {
      await seed(env.context, workspace([CUSTOMER_SERVICE], { mapName: "Panadería del barrio de Santa Cruz" }));
      const page = await env.page();
      await page.goto(server.url);
      await ready(page);
      const header = await page.locator(".app-header").boundingBox();
      assert.ok(header.height <= 56, `${locale}: one row (${header.height}px)`);
      assert.ok(!(await page.getByTestId("lang-toggle").isVisible()), "language is in the menu");
      const more = page.getByTestId("header-more").locator(":scope > summary");
      await more.tap();
      for (const id of ["share-button", "export-menu", "lang-toggle", "theme-toggle"]) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${locale}: ${id} shown inside the screen`);
      }
      // A tap elsewhere closes it.
      await page.locator(".app-header__title").tap();
      await page.getByTestId("lang-toggle").waitFor({ state: "hidden" });
      // With a keyboard: Enter opens it, Escape closes it and gives focus back to its button.
      await more.focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("lang-toggle").waitFor();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Escape");
      await page.getByTestId("lang-toggle").waitFor({ state: "hidden" });
      assert.ok(await page.evaluate(() => document.activeElement?.matches("[data-testid=header-more] > summary")));
    });
  }
});

test("on a phone a result's scores fit, three suggestions lead, and the raw answers wait under Advanced", async () => {
  for (const locale of ["es-ES", "en-US"]) {
    await withContext(browser, server.origin, { ...PHONE, locale }, async (env) => {
      await seed(env.context, workspace([CUSTOMER_SERVICE]));
      const page = await env.page();
      await page.goto(`${server.url}#/s/1`);
      await ready(page);
      await page.getByTestId("result-side").waitFor();
      // The score reads on one line.
      const value = await page.getByTestId("axis-value").boundingBox();
      const line = await page.getByTestId("axis-value").evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
      assert.ok(value.height <= line + 1, `${locale}: the score is one line (${value.height}px)`);
      assert.ok(value.x + value.width <= 360);
      // Three suggestions, the rest behind "Show N more".
      assert.equal(await page.getByTestId("suggestion").count(), 3);
      const more = page.getByTestId("more-suggestions");
      const text = await more.innerText();
      const n = Number(text.match(/\d+/)[0]);
      assert.match(text, locale === "es-ES" ? (n === 1 ? /^Ver 1 sugerencia más$/ : /^Ver \d+ sugerencias más$/) : n === 1 ? /^Show 1 more suggestion$/ : /^Show \d+ more suggestions$/);
      await more.tap();
      assert.equal(await page.getByTestId("suggestion").count(), 3 + n);
      // The answers' JSON is closed under "Advanced".
      const panel = page.getByTestId("answers-panel");
      assert.equal(await panel.evaluate((d) => d.tagName === "DETAILS" && !d.open), true);
      assert.ok(!(await page.getByTestId("answers-json").isVisible()));
      assert.ok(!(await page.getByTestId("import-answers").isVisible()));
      assert.match(await panel.locator("summary").innerText(), locale === "es-ES" ? /^Avanzado/ : /^Advanced/);
    });
  }
});

test("after adding someone, Enter starts their questionnaire", async () => {
  await withContext(browser, server.origin, { locale: "en-US" }, async (env) => {
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("new-name").fill("Marta");
    await page.getByTestId("new-name").press("Enter");
    await page.waitForFunction(() => document.activeElement?.matches("[data-testid=answer-questions]"));
    assert.match(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), /Answer questions: .*Marta/);
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-testid=questionnaire][data-question=pays]");
  });
});

test("duplicating a map says which map is open now; banners fold to one line and stay folded", async () => {
  await withContext(browser, server.origin, { ...PHONE, locale: "en-US" }, async (env) => {
    await seed(env.context, workspace([CUSTOMER_SERVICE], { mapName: "Bakery" }));
    const page = await env.page();
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId("maps-menu").locator("summary").tap();
    await page.getByTestId("duplicate-map").tap();
    await page.getByTestId("toast").filter({ hasText: /Copy made\. \W?Bakery \(copy\)\W? is open now\./ }).waitFor();
    assert.match(await page.getByTestId("current-map-name").textContent(), /Bakery \(copy\)/);

    // An example's banner folds to a strip, and stays folded after a reload.
    await page.goto(`${server.url}#/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await page.getByTestId("explore-example").tap();
    await page.getByTestId("open-example").first().tap();
    const banner = page.getByTestId("shared-banner");
    await banner.waitFor();
    assert.equal(await page.evaluate(() => scrollY), 0, "the example opens at its top");
    const open = (await banner.boundingBox()).height;
    await page.getByTestId("shared-fold").tap();
    const folded = (await banner.boundingBox()).height;
    assert.ok(folded <= 56 && folded < open, `folded to one line (${open} → ${folded}px)`);
    assert.equal(await page.getByTestId("shared-fold").getAttribute("aria-expanded"), "false");
    assert.ok(await page.getByTestId("shared-save").isVisible(), "saving stays one tap away");
    await page.getByTestId("shared-fold").tap();
    assert.equal(await page.getByTestId("shared-fold").getAttribute("aria-expanded"), "true");
  });
});
