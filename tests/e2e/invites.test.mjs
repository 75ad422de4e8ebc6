// Hearing stakeholders themselves, with two browser profiles (the owner, and each respondent on
// a phone-sized screen), through the interface only: an invite, its QR code, answering with a
// reload mid-way, the reply link back, the preview, Add; and the replies that must be refused
// (altered, forged without the invite's secret, opened twice, for a deleted invite), each with a
// message and nothing changed; a group shows its count and needs three replies.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { startServer, launch, withContext, ready, saved } from "./harness.mjs";
import { CUSTOMER_SERVICE, WEEKLY_SHOPPER, workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer({ mount: "/team/orbita/" });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const MARTA = { ...CUSTOMER_SERVICE, name: "Marta Ruiz" };
const KITCHEN = { ...WEEKLY_SHOPPER, name: "Kitchen team" };

const stored = (page) => page.evaluate(() => localStorage.getItem("orbita.workspace"));

/** The owner's profile: one map, "Bakery", with Marta and the kitchen team, on Marta's page. */
async function ownerPage(env, who = 1) {
  await seed(env.context, workspace([MARTA, KITCHEN], { mapName: "Bakery", mapId: "m-bakery" }));
  const page = await env.page();
  await page.goto(`${server.url}#/s/${who}`);
  await ready(page);
  await page.getByTestId("invites").waitFor();
  return page;
}

/** The QR code under `testid` read back: the SVG drawn on a canvas in the page, decoded by jsQR. */
async function readQr(page, testid) {
  const image = await page.getByTestId(testid).evaluate(async (box) => {
    const svg = box.querySelector("svg");
    const img = new Image();
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg.outerHTML);
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  });
  const code = jsQR(Uint8ClampedArray.from(image.data), image.width, image.height);
  assert.ok(code, "the QR code decodes");
  return code.data;
}

/** Makes an invite from the stakeholder's page; returns its link. */
async function makeInvite(page, { group = false, business, address } = {}) {
  await page.getByTestId("ask-them").click();
  const dialog = page.getByTestId("ask-dialog");
  await dialog.waitFor();
  if (group) await dialog.getByText("A group", { exact: true }).click();
  if (business !== undefined) await dialog.getByLabel("Business name they'll see").fill(business);
  if (address !== undefined) await dialog.getByLabel("How to address them").fill(address);
  await dialog.getByRole("button", { name: "Make the link" }).click();
  const link = await dialog.getByTestId("invite-link").inputValue();
  assert.ok(link.startsWith(server.url + "#i="), link);
  assert.equal(await readQr(page, "invite-qr"), link, "the invite's QR code holds its link");
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "hidden" });
  return link;
}

/** Fits the phone's screen: nothing to scroll, across or down. */
async function fitsScreen(page) {
  const { w, h, vw, vh } = await page.evaluate(() => ({
    w: document.documentElement.scrollWidth,
    h: document.documentElement.scrollHeight,
    vw: innerWidth,
    vh: innerHeight,
  }));
  assert.ok(w <= vw && h <= vh, `page is ${w}×${h} on a ${vw}×${vh} screen (${await page.getByTestId("respondent-question").getAttribute("data-question")})`);
}

/** Answers the question on screen with its `pick`-th option, and goes on. */
async function answerOne(page, pick = 0) {
  const question = page.getByTestId("respondent-question");
  const id = await question.getAttribute("data-question");
  await fitsScreen(page);
  const options = question.locator(".resp__option");
  await options.nth(Math.min(pick, (await options.count()) - 1)).click();
  await question.getByRole("button", { name: /^(Next|Finish)$/ }).click();
  // The next question, or the end.
  await page.waitForFunction(
    (was) => document.querySelector("[data-testid=respondent-done]") || document.querySelector("[data-testid=respondent-question]")?.dataset.question !== was,
    id,
  );
}

/** Answers every remaining question; returns the reply link. */
async function answerAll(page, pick = 0) {
  while (!(await page.getByTestId("respondent-done").isVisible())) await answerOne(page, pick);
  const link = await page.getByTestId("reply-link").inputValue();
  assert.ok(link.startsWith(server.url + "#r="), link);
  return link;
}

/** A respondent's profile on a phone, with their own Órbita map in it; answers `invite`. */
async function respond(invite, { pick = 0, reloadAfter = null, checkQr = false } = {}) {
  return withContext(browser, server.origin, { ...PHONE, permissions: ["clipboard-read", "clipboard-write"] }, async (env) => {
    const theirs = workspace([WEEKLY_SHOPPER], { mapName: "My own shop", mapId: "m-theirs" });
    await seed(env.context, theirs);
    const page = await env.page();
    await page.goto(invite);
    await page.getByTestId("respondent-intro").waitFor();
    assert.equal(await page.locator(".tabs, header.header, [data-testid=share-button]").count(), 0, "no app header or tabs");
    assert.equal(await page.locator("svg.orbit, [data-testid=map]").count(), 0, "no map");
    await page.getByRole("button", { name: "Start" }).click();
    let link;
    if (reloadAfter !== null) {
      for (let i = 0; i < reloadAfter; i++) await answerOne(page, pick);
      const at = await page.getByTestId("respondent-question").getAttribute("data-question");
      const progress = await page.getByTestId("resp-progress").innerText();
      await page.reload();
      await page.getByTestId("respondent-question").waitFor();
      assert.equal(await page.getByTestId("respondent-question").getAttribute("data-question"), at, "resumes at the same question");
      assert.equal(await page.getByTestId("resp-progress").innerText(), progress);
      // The answers before it were kept: going back shows the last one chosen.
      await page.getByRole("button", { name: "Back" }).click();
      await page.locator(".resp__option input:checked").waitFor();
      await page.getByRole("button", { name: "Next" }).click();
      await page.waitForFunction((q) => document.querySelector("[data-testid=respondent-question]")?.dataset.question === q, at);
    }
    link = await answerAll(page, pick);
    if (checkQr) {
      assert.equal(await readQr(page, "reply-qr"), link, "the reply's QR code holds its link");
      await page.getByTestId("reply-copy").click();
      await page.getByTestId("reply-copied").filter({ hasText: "Link copied." }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    }
    // Their own Órbita was never read or written: the very same bytes.
    assert.equal(await stored(page), theirs, "the respondent's own workspace is untouched");
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys.filter((k) => k !== "orbita.workspace").map((k) => k.replace(/\.[^.]+$/, ".*")), ["orbita.invite.*"]);
    return link;
  });
}

/** Opens a reply link in the owner's page and waits for the preview. */
async function openReply(page, link) {
  await page.goto(link);
  const dialog = page.getByTestId("reply-preview");
  await dialog.waitFor();
  return dialog;
}

/** Opens a reply link that must be refused: the message shows, and nothing is saved. */
async function refused(page, link, message) {
  const before = await stored(page);
  const dialog = await openReply(page, link);
  await dialog.getByTestId("reply-refused").filter({ hasText: message }).waitFor();
  assert.equal(await dialog.getByTestId("reply-add").count(), 0, "no Add is offered");
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await stored(page), before, "nothing changed");
}

/** The invite link with another key in it: what someone without the secret could make. */
function withWrongKey(invite) {
  const [base, payload] = invite.split("#i=");
  const bytes = Buffer.from(payload, "base64url");
  // version, flags, id (length + bytes), questionnaire, questions, then the key's length.
  let at = 2;
  at += 1 + bytes[at];
  at += 2;
  const keyLength = bytes[at];
  for (let i = 0; i < keyLength; i++) bytes[at + 1 + i] ^= 0x5a;
  return `${base}#i=${bytes.toString("base64url")}`;
}

/** The reply link with one character of its tag changed. */
function tampered(reply) {
  const at = reply.length - 6;
  const c = reply[at] === "A" ? "B" : "A";
  return reply.slice(0, at) + c + reply.slice(at + 1);
}

test("a person answers an invite on their phone and the owner adds the reply; altered, forged and repeated replies are refused", async () => {
  await withContext(browser, server.origin, { permissions: ["clipboard-read", "clipboard-write"] }, async (owner) => {
    const page = await ownerPage(owner);
    await page.getByTestId("invites-empty").waitFor();
    // The dialog starts from the map's and the stakeholder's names.
    await page.getByTestId("ask-them").click();
    assert.equal(await page.getByLabel("Business name they'll see").inputValue(), "Bakery");
    assert.equal(await page.getByLabel("How to address them").inputValue(), "Marta Ruiz");
    await page.getByTestId("ask-dialog").getByRole("button", { name: "Cancel" }).click();
    const invite = await makeInvite(page, { address: "Marta" });
    await page.getByTestId("invite-replies").filter({ hasText: "0 replies" }).waitFor();
    await saved(page);

    const reply = await respond(invite, { reloadAfter: 3, checkQr: true });

    // The owner opens it: a preview first, then Add.
    const dialog = await openReply(page, reply);
    await dialog.getByTestId("reply-for").filter({ hasText: "For Marta Ruiz, on the map Bakery." }).waitFor();
    assert.match(await dialog.getByTestId("reply-answers").innerText(), /^It brings \d+ answers to the questions\.$/);
    await dialog.getByRole("button", { name: "Add to Marta Ruiz" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("stakeholder-title").filter({ hasText: "Marta Ruiz" }).waitFor();
    await page.getByTestId("invite-replies").filter({ hasText: "1 reply" }).waitFor();
    await saved(page);
    const ws = JSON.parse(await stored(page)).data;
    assert.equal(ws.maps[0].replies.length, 1);
    assert.ok(Object.keys(ws.maps[0].replies[0].answers).length >= 8);

    // The same reply again, the reply altered, and one made without the invite's secret.
    await refused(page, reply, "This reply was already added. Nothing changed.");
    await refused(page, tampered(reply), "This reply doesn't match its invite");
    const forged = await respond(withWrongKey(invite));
    await refused(page, forged, "This reply doesn't match its invite");
    await page.goto(`${server.url}#/s/1`);
    await page.getByTestId("invite-replies").filter({ hasText: "1 reply" }).waitFor();

    // A damaged link says so; a reply for a deleted invite too.
    await refused(page, reply.slice(0, reply.length - 30), "This reply link is incomplete or damaged.");
    await page.goto(`${server.url}#/s/1`);
    await page.getByTestId("invite-delete").click();
    await page.getByTestId("confirm-delete-invite").getByRole("button", { name: "Delete invite" }).click();
    await page.getByTestId("invites-empty").waitFor();
    await saved(page);
    await refused(page, reply, "This reply answers an invite that isn't in your maps");
  });
});

test("a group's replies are only counted, and the group shows from three replies on", async () => {
  await withContext(browser, server.origin, async (owner) => {
    const page = await ownerPage(owner, 2);
    const invite = await makeInvite(page, { group: true, address: "" });
    const replies = [];
    for (const pick of [0, 1, 0]) replies.push(await respond(invite, { pick }));
    for (const [i, reply] of replies.entries()) {
      const dialog = await openReply(page, reply);
      await dialog.getByText("Group invite: the reply is added to the group's count and not kept on its own.").waitFor();
      await dialog.getByRole("button", { name: "Add to Kitchen team" }).click();
      await dialog.waitFor({ state: "hidden" });
      const count = i === 0 ? "1 reply" : `${i + 1} replies`;
      await page.getByTestId("invite-replies").filter({ hasText: count }).waitFor();
      const waiting = page.getByTestId("invite").getByText("The group shows from 3 replies on.");
      assert.equal(await waiting.count(), i + 1 < 3 ? 1 : 0, `after ${count}`);
    }
    await saved(page);
    const map = JSON.parse(await stored(page)).data.maps[0];
    assert.deepEqual(map.replies ?? [], [], "no single reply of a group is kept");
    assert.equal(map.tallies.length, 1);
    assert.equal(map.tallies[0].replies.length, 3);
    const pays = Object.values(map.tallies[0].answers.pays).reduce((a, b) => a + b, 0);
    assert.equal(pays, 3, "each reply counted once");
    await refused(page, replies[1], "This reply was already added. Nothing changed.");
  });
});
