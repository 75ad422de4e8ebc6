import { readdirSync } from "node:fs";
// Answer sets for end-to-end tests, in questionnaire path order (the same ones the native
// worked-examples tests use), and a helper that injects a ready-made workspace.
export const CUSTOMER_SERVICE = {
  name: "Carla (customer service)",
  side: "internal",
  types: ["executive"],
  answers: [
    ["pays", "pays.we_pay"], ["produces", "produces.daily"], ["info", "info.team"],
    ["contact", "contact.daily"], ["meaning", "meaning.workplace"], ["judges", "judges.process"],
    ["int.customers", "int.customers.core"], ["int.departments", "int.departments.few"],
    ["int.specs", "int.specs.adapts"], ["recommend", "recommend.8"],
    ["health.int_clarity", "health.int_clarity.mostly"], ["health.int_recognition", "health.int_recognition.often"],
  ],
};

export const WEEKLY_SHOPPER = {
  name: "Jorge (weekly shopper)",
  side: "external",
  types: ["loyal"],
  answers: [
    ["pays", "pays.they_pay"], ["produces", "produces.feedback"], ["info", "info.own"],
    ["contact", "contact.rarely"], ["meaning", "meaning.brand"], ["judges", "judges.result"],
    ["ext.frequency", "ext.frequency.weekly"], ["ext.decision", "ext.decision.habit"],
    ["ext.range", "ext.range.many"], ["recommend", "recommend.10"],
    ["health.ext_word", "health.ext_word.champion"], ["health.ext_last", "health.ext_last.great"],
  ],
};

export const SUPPLIER = {
  name: "Panadería Sol (supplier)",
  side: "internal",
  types: ["operative"],
  answers: [
    ["pays", "pays.we_pay"], ["produces", "produces.regular"], ["info", "info.some"],
    ["contact", "contact.weekly"], ["meaning", "meaning.client"], ["judges", "judges.deal"],
    ["int.customers", "int.customers.never"], ["int.departments", "int.departments.one"],
    ["int.specs", "int.specs.given"], ["recommend", "recommend.8"],
    ["health.int_clarity", "health.int_clarity.clear"], ["health.int_recognition", "health.int_recognition.big_things"],
  ],
};

export const TOURIST = {
  name: "Tourist refunded for a delay",
  side: "external",
  types: ["need_based"],
  answers: [
    ["pays", "pays.they_pay"], ["produces", "produces.no"], ["info", "info.own"],
    ["contact", "contact.rarely"], ["meaning", "meaning.shop"], ["judges", "judges.result"],
    ["ext.frequency", "ext.frequency.once"], ["ext.decision", "ext.decision.need"],
    ["ext.range", "ext.range.one"], ["recommend", "recommend.5"],
    ["health.ext_word", "health.ext_word.nothing"], ["health.ext_last", "health.ext_last.bumpy"],
  ],
};

/**
 * The saved format this build writes: the newest frozen fixture (tests/fixtures/storage-vN.json)
 * is kept at the current version by a native test, so this follows it.
 */
export const SCHEMA = Math.max(
  ...readdirSync(new URL("../fixtures/", import.meta.url))
    .map((f) => /^storage-v(\d+)\.json$/.exec(f)?.[1])
    .filter(Boolean)
    .map(Number),
);

/**
 * A workspace envelope holding one map with the given stakeholders fully answered; `map` adds
 * fields to the map (e.g. `created_at`).
 */
export function workspace(people, { mapId = "m-test", mapName = "Test map", plan = [], map = {} } = {}) {
  return JSON.stringify({
    v: SCHEMA,
    data: {
      current: mapId,
      maps: [{
        id: mapId,
        name: mapName,
        next_id: people.length + 100,
        plan,
        stakeholders: people.map((p, i) => ({
          id: i + 1, name: p.name, role: p.role || "", notes: p.notes || "",
          answers: Object.fromEntries(p.answers),
        })),
        ...map,
      }],
    },
  });
}

/** Seeds localStorage before the app starts (first navigation of a fresh context only). */
export async function seed(context, raw) {
  await context.addInitScript((value) => {
    if (!location.protocol.startsWith("http")) return;
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("orbita.workspace", value);
      sessionStorage.setItem("seeded", "1");
    }
  }, raw);
}
