// Two tabs on the same data: edits made at nearly the same moment all survive, a true clash
// keeps both versions until the user picks (always from what is there now), and a newer
// version of the app in another tab is never written over.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, addStakeholder, listNames, saved } from "./harness.mjs";
import { SUPPLIER, WEEKLY_SHOPPER, CUSTOMER_SERVICE, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const people = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders);

/** Two tabs of one browser profile, both on the seeded map. */
async function twoTabs(env, seeded) {
  await seed(env.context, seeded);
  const a = await env.page();
  await a.goto(server.url);
  await ready(a);
  const b = await env.page();
  await b.goto(server.url);
  await ready(b);
  return [a, b];
}

/** Runs `first` and, `gapMs` later, `second`: two people acting at nearly the same moment. */
function atOnce(first, second, gapMs) {
  return Promise.all([first(), new Promise((go) => setTimeout(go, gapMs)).then(second)]);
}

/** Waits until the stored people's notes are `notes`, in order. */
async function notesStored(page, notes) {
  await page.waitForFunction(
    (want) => JSON.stringify(JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders.map((s) => s.notes)) === JSON.stringify(want),
    notes,
    { timeout: 10000 },
  );
}

/** Waits until every one of `names` is stored. */
async function namesStored(page, names) {
  await page.waitForFunction(
    (want) => {
      const have = JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders.map((s) => s.name);
      return want.every((n) => have.includes(n));
    },
    names,
    { timeout: 10000 },
  );
}

test("edits to different people made 0–10 ms apart in two tabs are all kept", async () => {
  await withContext(browser, server.origin, async (env) => {
    const [a, b] = await twoTabs(env, workspace([SUPPLIER, WEEKLY_SHOPPER], { mapId: "m1" }));
    await a.goto(`${server.url}#/s/1`);
    await a.getByTestId("sh-notes").waitFor();
    await b.goto(`${server.url}#/s/2`);
    await b.getByTestId("sh-notes").waitFor();
    for (const gap of [0, 1, 2, 3, 5, 7, 10, 0]) {
      const [na, nb] = [`A at ${gap}`, `B at ${gap}`];
      await atOnce(() => a.getByTestId("sh-notes").fill(na), () => b.getByTestId("sh-notes").fill(nb), gap);
      await notesStored(a, [na, nb]);
      await saved(a);
      await saved(b);
      // Each tab still shows its own text, and knows the other's.
      assert.equal(await a.getByTestId("sh-notes").inputValue(), na);
      assert.equal(await b.getByTestId("sh-notes").inputValue(), nb);
    }
    const stored = await people(a);
    assert.deepEqual(stored.map((s) => s.notes), ["A at 0", "B at 0"]);
  });
});

test("two people added at once in two tabs are both kept", async () => {
  await withContext(browser, server.origin, async (env) => {
    const [a, b] = await twoTabs(env, workspace([SUPPLIER], { mapId: "m1" }));
    for (const [i, gap] of [[1, 0], [2, 3], [3, 8]]) {
      await atOnce(() => addStakeholder(a, `Ana ${i}`), () => addStakeholder(b, `Bruno ${i}`), gap);
    }
    const all = [SUPPLIER.name, "Ana 1", "Bruno 1", "Ana 2", "Bruno 2", "Ana 3", "Bruno 3"];
    await namesStored(a, all);
    await saved(a);
    await saved(b);
    for (const page of [a, b]) {
      await page.getByTestId("stakeholder-name").filter({ hasText: "Bruno 3" }).first().waitFor();
      await page.getByTestId("stakeholder-name").filter({ hasText: "Ana 3" }).first().waitFor();
      assert.deepEqual([...(await listNames(page))].sort(), [...all].sort());
    }
    const ids = (await people(a)).map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, "every person has an id of their own");
  });
});

test("typing at the same time in two tabs, in different people's notes, garbles neither", async () => {
  await withContext(browser, server.origin, async (env) => {
    const [a, b] = await twoTabs(env, workspace([SUPPLIER, WEEKLY_SHOPPER], { mapId: "m1" }));
    await a.goto(`${server.url}#/s/1`);
    await b.goto(`${server.url}#/s/2`);
    await a.getByTestId("sh-notes").click();
    await b.getByTestId("sh-notes").click();
    const ta = "Delivers on Tuesdays, asks for invoices by email.";
    const tb = "Comes every Saturday with the kids; loves the rye bread.";
    await Promise.all([a.keyboard.type(ta, { delay: 15 }), b.keyboard.type(tb, { delay: 11 })]);
    await notesStored(a, [ta, tb]);
    await saved(a);
    await saved(b);
    assert.equal(await a.getByTestId("sh-notes").inputValue(), ta);
    assert.equal(await b.getByTestId("sh-notes").inputValue(), tb);
  });
});

/** Holds a tab's frames, so a change it shows stays unsaved until released. */
async function holdable(page) {
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.__held = [];
    window.requestAnimationFrame = (cb) => (window.__hold ? (window.__held.push(cb), 0) : raf(cb));
    window.__release = () => { window.__hold = false; window.__held.splice(0).forEach((cb) => raf(cb)); };
  });
}

test("a clash keeps both versions, and its banner always offers what is there now", async () => {
  await withContext(browser, server.origin, async (env) => {
    await seed(env.context, workspace([CUSTOMER_SERVICE], { mapId: "m1", mapName: "Shop" }));
    const a = await env.page();
    await holdable(a);
    await a.goto(`${server.url}#/s/1`);
    await ready(a);
    const b = await env.page();
    await b.goto(`${server.url}#/s/1`);
    await ready(b);
    const banner = a.getByTestId("banner-warn").filter({ hasText: "Another tab changed the same thing" });

    // The same note, changed both ways. A has no save on its way before its frames are held
    // (one already scheduled would still run, and write A's note first).
    await saved(a);
    await a.evaluate(() => { window.__hold = true; });
    await a.getByTestId("sh-notes").fill("A's note");
    await b.getByTestId("sh-notes").fill("B's note");
    await saved(b);
    await banner.waitFor();
    assert.match(await banner.getByTestId("conflict-maps").innerText(), /Shop/);
    await a.evaluate(() => window.__release());
    await a.waitForSelector("[data-testid=save-status][data-state=blocked]");
    assert.equal((await people(a))[0].notes, "B's note", "nothing written over B's save");

    // B goes on editing: the banner now offers B's newest version, not the one that is gone.
    await b.getByTestId("sh-notes").fill("B's later note");
    await saved(b);
    await a.waitForFunction(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders[0].notes === "B's later note");
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "A's note", "A's version is still here to keep");
    await banner.getByTestId("conflict-theirs").click();
    await banner.waitFor({ state: "detached" });
    assert.equal(await a.getByTestId("sh-notes").inputValue(), "B's later note");

    // Keep both: theirs stays, and this tab's version is saved beside it as a copy. Again A's
    // save after taking theirs is done before its frames are held.
    await saved(a);
    await a.evaluate(() => { window.__hold = true; });
    await a.getByTestId("sh-notes").fill("A again");
    await b.getByTestId("sh-notes").fill("B again");
    await saved(b);
    await banner.waitFor();
    await a.evaluate(() => window.__release());
    await banner.getByTestId("conflict-both").click();
    await saved(a);
    const maps = await a.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps);
    assert.deepEqual(maps.map((m) => [m.name, m.stakeholders[0].notes]), [["Shop", "B again"], ["Shop (this tab)", "A again"]]);
    await b.getByTestId("maps-menu").locator(".menu__item", { hasText: "Shop (this tab)" }).waitFor({ state: "attached" });
  });
});

test("a newer version of the app saving in another tab is never written over from here", async () => {
  await withContext(browser, server.origin, async (env) => {
    const [a, b] = await twoTabs(env, workspace([SUPPLIER], { mapId: "m1" }));
    const newer = JSON.stringify({ v: 99, data: { maps: [], future: true } });
    // The other tab stands for a newer build: it saves a format this one cannot read.
    await b.evaluate((raw) => localStorage.setItem("orbita.workspace", raw), newer);
    await a.getByTestId("banner-warn").filter({ hasText: "A newer version of Órbita is open in another tab" }).waitFor();
    await a.waitForSelector("[data-testid=save-status][data-state=blocked]");
    await addStakeholder(a, "Typed after the newer save");
    await a.waitForSelector("[data-testid=save-status][data-state=blocked]");
    assert.equal(await a.evaluate(() => localStorage.getItem("orbita.workspace")), newer);
    assert.equal(await a.getByTestId("conflict-mine").count(), 0, "no button here can write over it");
    // Leaving with that change asks first.
    const dialog = new Promise((ok) => a.once("dialog", (d) => { ok(d.type()); d.dismiss(); }));
    await a.close({ runBeforeUnload: true });
    assert.equal(await dialog, "beforeunload");
    assert.equal(await b.evaluate(() => localStorage.getItem("orbita.workspace")), newer);
  });
});
