// Bring your list: several lines pasted into the name field, or a CSV file, open a preview
// where repeated names are flagged and left unticked; "Add N people" adds exactly the ticked
// ones, in one step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, withContext, ready, saved, listNames, AXE, axe } from "./harness.mjs";
import { workspace, seed } from "./fixtures.mjs";

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const EXISTING = [{ name: "José Pérez", role: "Cook", answers: [] }];

async function openList(env) {
  const page = await env.page();
  await seed(env.context, workspace(EXISTING));
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId("stakeholder-list").waitFor();
  return page;
}

/** Pastes `text` into the name field, as Ctrl+V does from a spreadsheet. */
async function paste(page, text) {
  await page.getByTestId("new-name").focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const rows = (page) =>
  page.getByTestId("list-row").evaluateAll((els) =>
    els.map((e) => ({
      name: e.querySelector(".list-preview__name").textContent,
      ticked: e.querySelector("input").checked,
      flag: e.querySelector("[data-testid=list-dup]")?.textContent ?? null,
    })),
  );

test("a pasted list opens a preview; repeats are flagged and unticked; Add adds exactly the ticked ones", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await openList(env);
    await paste(page, "Ana García\tCashier\njose perez\tCook\nLuis\n\nANA GARCÍA\tAgain\nMarta\tBaker\n");
    const dialog = page.getByTestId("list-preview");
    await dialog.waitFor();
    assert.deepEqual(await rows(page), [
      { name: "Ana García", ticked: true, flag: null },
      { name: "jose perez", ticked: false, flag: "Already on the map" },
      { name: "Luis", ticked: true, flag: null },
      { name: "ANA GARCÍA", ticked: false, flag: "Twice in the list" },
      { name: "Marta", ticked: true, flag: null },
    ]);
    assert.equal(await page.getByTestId("new-name").inputValue(), "", "the paste did not land in the field");
    const add = page.getByTestId("list-add");
    assert.equal((await add.textContent()).trim(), "Add 3 people");
    // Untick one; the button follows.
    await page.getByTestId("list-row").filter({ hasText: "Luis" }).locator("input").uncheck();
    assert.equal((await add.textContent()).trim(), "Add 2 people");
    await page.getByTestId("list-row").filter({ hasText: "Luis" }).locator("input").check();
    await page.getByTestId("list-row").filter({ hasText: "Marta" }).locator("input").uncheck();
    await page.getByTestId("list-row").filter({ hasText: "Ana García" }).first().locator("input").uncheck();
    assert.equal((await add.textContent()).trim(), "Add 1 person");
    await page.getByTestId("list-row").filter({ hasText: "Ana García" }).first().locator("input").check();
    await add.click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("stakeholder-name").filter({ hasText: "Luis" }).waitFor();
    assert.deepEqual(await listNames(page), ["José Pérez", "Ana García", "Luis"]);
    await saved(page);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("orbita.workspace")).data.maps[0].stakeholders);
    assert.deepEqual(stored.map((s) => [s.name, s.role]), [["José Pérez", "Cook"], ["Ana García", "Cashier"], ["Luis", ""]]);
    // Cancel adds nothing.
    await paste(page, "Zoe\nYan");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    assert.equal((await listNames(page)).length, 3);
  });
});

test("a CSV file from a Spanish spreadsheet (BOM, semicolons, header, quotes) is previewed and added", async () => {
  await withContext(browser, server.origin, { locale: "es-ES" }, async (env) => {
    const page = await openList(env);
    const csv = "\ufeffNombre;Rol\r\n\"Pérez; Juan\";Jefe de sala\r\nJOSÉ PÉREZ;Cocinero\r\nLucía;\r\n";
    await page.getByTestId("import-list-file").setInputFiles({ name: "equipo.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("list-preview").waitFor();
    assert.deepEqual(await rows(page), [
      { name: "Pérez; Juan", ticked: true, flag: null },
      { name: "JOSÉ PÉREZ", ticked: false, flag: "Ya está en el mapa" },
      { name: "Lucía", ticked: true, flag: null },
    ]);
    assert.equal((await page.getByTestId("list-add").textContent()).trim(), "Añadir 2 personas");
    assert.equal(await page.getByTestId("list-encoding").count(), 0, "a UTF-8 file needs no check");
    await page.getByTestId("list-add").click();
    await page.getByTestId("stakeholder-name").filter({ hasText: "Lucía" }).waitFor();
    assert.deepEqual(await listNames(page), ["José Pérez", "Pérez; Juan", "Lucía"]);
  });
});

test("a CSV saved in the Windows code page or as Unicode text keeps its accents; a guessed encoding asks to check them", async () => {
  await withContext(browser, server.origin, { locale: "es-ES" }, async (env) => {
    const page = await openList(env);
    const dialog = page.getByTestId("list-preview");
    const roles = () => page.locator(".list-preview__role").allTextContents();
    // Excel's "CSV (delimitado por comas)" on a Spanish Windows: ñ, é and ë are one byte each
    // (Latin-1), the euro sign is 0x80 (Windows-1252 only).
    const ansi = Buffer.concat([
      Buffer.from("Nombre;Rol\r\nMuñoz;Compras\r\nZoë Béjar;Caja de 100 ", "latin1"),
      Buffer.from([0x80]),
      Buffer.from("\r\n", "latin1"),
    ]);
    await page.getByTestId("import-list-file").setInputFiles({ name: "equipo.csv", mimeType: "text/csv", buffer: ansi });
    await dialog.waitFor();
    assert.deepEqual((await rows(page)).map((r) => r.name), ["Muñoz", "Zoë Béjar"]);
    assert.deepEqual(await roles(page), ["Compras", "Caja de 100 €"]);
    const notice = page.getByTestId("list-encoding");
    assert.match(await notice.textContent(), /^Este archivo no estaba guardado en UTF-8.*Windows-1252/);
    await dialog.getByRole("button", { name: "Cancelar" }).click();
    await dialog.waitFor({ state: "hidden" });

    // Excel's "Texto Unicode": UTF-16 (little-endian, with its byte-order mark), tab-separated.
    const unicode = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Nombre\tRol\r\nÑuño Díaz\tSocio\r\n", "utf16le")]);
    await page.getByTestId("import-list-file").setInputFiles({ name: "equipo.txt", mimeType: "text/plain", buffer: unicode });
    await dialog.waitFor();
    assert.deepEqual((await rows(page)).map((r) => r.name), ["Ñuño Díaz"]);
    assert.deepEqual(await roles(page), ["Socio"]);
    assert.equal(await notice.count(), 0, "the file said its encoding: nothing to check");
    await page.getByTestId("list-add").click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("stakeholder-name").filter({ hasText: "Ñuño Díaz" }).waitFor();

    // The guess belonged to that file: a paste afterwards does not ask again.
    await page.getByTestId("import-list-file").setInputFiles({ name: "equipo.csv", mimeType: "text/csv", buffer: ansi });
    await notice.waitFor();
    await dialog.getByRole("button", { name: "Cancelar" }).click();
    await dialog.waitFor({ state: "hidden" });
    await paste(page, "Ana\nLuis");
    await dialog.waitFor();
    assert.deepEqual((await rows(page)).map((r) => r.name), ["Ana", "Luis"]);
    assert.equal(await notice.count(), 0);
  });
});

test("a file with no names says what to put in it", async () => {
  await withContext(browser, server.origin, async (env) => {
    const page = await openList(env);
    await page.getByTestId("import-list-file").setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("name,role\r\n,\r\n , \r\n") });
    await page.getByTestId("list-empty").waitFor();
    assert.ok(await page.getByTestId("list-add").isDisabled());
  });
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing in the list preview (${colorScheme})`, async () => {
    await withContext(browser, server.origin, { colorScheme, viewport: { width: 360, height: 740 } }, async (env) => {
      await env.context.addInitScript({ path: AXE });
      const page = await openList(env);
      await paste(page, "Ana\njosé pérez\nAna");
      await page.getByTestId("list-preview").waitFor();
      assert.deepEqual(await axe(page, "list preview"), []);
    });
  });
}
