// Every name on the map can be read: on a wide screen as a label beside its marker that
// overlaps no other label and no zone name (or, where a crowd leaves no room, in the name
// list); on a phone in the name list under the map, ordered by position. A tap on a list
// entry rings its marker, a tap on a marker marks its entry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, AXE, axe } from "./harness.mjs";
import { workspace, seed, crowd } from "./fixtures.mjs";

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
const DESK = { viewport: { width: 1280, height: 800 } };

async function openMap(env, n) {
  const page = await env.page();
  await seed(env.context, workspace(crowd(n)));
  await page.goto(`${server.url}#/map`);
  await ready(page);
  await page.getByTestId("orbit-map").waitFor();
  return page;
}

/** What the map shows: markers (id, axis, shape box), labels (id, box), zone-name boxes, list entries. */
const snapshot = (page) =>
  page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, w: r.width, h: r.height };
    };
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    return {
      markers: [...document.querySelectorAll("[data-testid=marker]")].map((m) => ({
        id: m.dataset.id,
        axis: Number(m.dataset.axis),
        shape: box(m.querySelector(".shape")),
      })),
      labels: [...document.querySelectorAll("[data-testid=marker-label]")].filter(shown)
        .map((l) => ({ id: l.dataset.id, text: l.textContent, box: box(l) })),
      zones: [...document.querySelectorAll(".orbit-map__zone-label")].map(box),
      entries: [...document.querySelectorAll("[data-testid=name-entry]")].map((e) => ({
        id: e.dataset.id,
        name: e.querySelector("bdi").textContent,
        fontSize: parseFloat(getComputedStyle(e).fontSize),
        visible: shown(e),
      })),
    };
  });

const overlap = (a, b) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

for (const n of [12, 40]) {
  test(`a map of ${n} people on a wide screen: names beside their markers, none overlapping`, async () => {
    await withContext(browser, server.origin, DESK, async (env) => {
      const page = await openMap(env, n);
      const s = await snapshot(page);
      assert.equal(s.markers.length, n);
      for (const [i, a] of s.labels.entries()) {
        assert.ok(a.box.w > 0 && a.text.trim(), `label ${a.id} is drawn`);
        for (const b of s.labels.slice(i + 1)) assert.ok(!overlap(a.box, b.box), `${a.text} overlaps ${b.text}`);
        for (const z of s.zones) assert.ok(!overlap(a.box, z), `${a.text} covers a zone name`);
      }
      // Markers keep off the zone names too.
      for (const m of s.markers) for (const z of s.zones) assert.ok(!overlap(m.shape, z), `marker ${m.id} covers a zone name`);
      const labelled = new Set(s.labels.map((l) => l.id));
      const listed = new Set(s.entries.map((e) => e.id));
      for (const m of s.markers) assert.ok(labelled.has(m.id) || listed.has(m.id), `marker ${m.id} has no name`);
      // A dozen: every one named right on the map; forty, with a crowd near the centre:
      // nearly all, and the list beside the map has everyone.
      if (n === 12) assert.equal(labelled.size, n);
      else assert.ok(labelled.size >= n * 0.85, `${labelled.size} of ${n} labelled`);
      assert.equal(listed.size, n);
      // Labels are big enough to read (at least 11 px high).
      for (const l of s.labels) assert.ok(l.box.h >= 11, `${l.text}: ${l.box.h}px`);
    });
  });

  test(`a map of ${n} people on a phone: a readable name list by position, tap list ↔ marker`, async () => {
    await withContext(browser, server.origin, PHONE, async (env) => {
      const page = await openMap(env, n);
      const s = await snapshot(page);
      assert.equal(s.markers.length, n);
      // Every marker's name is in the list, readable, most inside first.
      assert.deepEqual(new Set(s.entries.map((e) => e.id)), new Set(s.markers.map((m) => m.id)));
      for (const e of s.entries) assert.ok(e.fontSize >= 14, `${e.name}: ${e.fontSize}px`);
      const axisOf = Object.fromEntries(s.markers.map((m) => [m.id, m.axis]));
      const axes = s.entries.map((e) => axisOf[e.id]);
      assert.deepEqual(axes, [...axes].sort((a, b) => b - a), "ordered by position on the axis");
      // The page does not scroll sideways.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));

      // A tap on an entry far down the list rings its marker and brings it into view.
      const last = s.entries[s.entries.length - 1];
      // Picking marks markers; it does not draw them all again (the same nodes stay).
      await page.evaluate(() => document.querySelectorAll("[data-testid=marker]").forEach((m) => { m.__drawn = true; }));
      const entry = page.locator(`[data-testid=name-entry][data-id="${last.id}"]`);
      await entry.scrollIntoViewIfNeeded();
      await entry.tap();
      const marker = page.locator(`[data-testid=marker][data-id="${last.id}"]`);
      await page.waitForSelector(`[data-testid=marker][data-id="${last.id}"][aria-current=true]`);
      assert.equal(await entry.getAttribute("aria-current"), "true");
      assert.equal(await page.locator("[data-testid=marker][aria-current=true]").count(), 1);
      assert.ok(await page.evaluate(() => [...document.querySelectorAll("[data-testid=marker]")].every((m) => m.__drawn)));
      await page.waitForFunction((id) => {
        const r = document.querySelector(`[data-testid=marker][data-id="${id}"]`).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, last.id);
      // Its ring is visible: the picked marker draws an ink outline.
      const stroke = await marker.locator(".orbit-map__hit").evaluate((c) => getComputedStyle(c).strokeWidth);
      assert.notEqual(stroke, "0px");
      // Its details show in the card.
      assert.equal(await page.getByTestId("marker-card-name").textContent(), last.name);

      // A tap on another marker marks its entry and brings it into view in the list.
      const first = s.entries[0];
      await page.locator(`[data-testid=marker][data-id="${first.id}"]`).tap();
      const firstEntry = page.locator(`[data-testid=name-entry][data-id="${first.id}"]`);
      await page.waitForSelector(`[data-testid=name-entry][data-id="${first.id}"][aria-current=true]`);
      assert.equal(await entry.getAttribute("aria-current"), null, "only one entry is current");
      await page.waitForSelector(`[data-testid=marker][data-id="${first.id}"][aria-current=true]`);
      assert.equal(await marker.getAttribute("aria-current"), null, "only one marker is current");
      assert.equal(await page.locator(".orbit-map__marker--picked").count(), 1);
      assert.ok(await page.evaluate(() => [...document.querySelectorAll("[data-testid=marker]")].every((m) => m.__drawn)));
      await page.waitForFunction((id) => {
        const e = document.querySelector(`[data-testid=name-entry][data-id="${id}"]`).getBoundingClientRect();
        const list = document.querySelector(".names__list").getBoundingClientRect();
        return e.top >= list.top - 1 && e.bottom <= list.bottom + 1;
      }, first.id);
      assert.ok(await firstEntry.isVisible());
    });
  });
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on the map with its name list (${colorScheme}, phone and desktop)`, async () => {
    for (const size of [PHONE, DESK]) {
      await withContext(browser, server.origin, { ...size, colorScheme }, async (env) => {
        await env.context.addInitScript({ path: AXE });
        const page = await openMap(env, 40);
        await page.locator("[data-testid=name-entry]").nth(3).click();
        await page.waitForSelector("[data-testid=marker][aria-current=true]");
        assert.deepEqual(await axe(page, `map ${size.viewport.width}`), []);
      });
    }
  });
}
