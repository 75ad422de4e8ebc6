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

// Real questionnaire ids (src/domain/questionnaire.rs), options from least to most involved.
const POSITION = {
  pays: ["pays.they_pay", "pays.both", "pays.we_pay", "pays.profit_share"],
  produces: ["produces.no", "produces.feedback", "produces.sometimes", "produces.regular", "produces.daily"],
  info: ["info.public", "info.own", "info.some", "info.team", "info.full"],
  contact: ["contact.rarely", "contact.yearly", "contact.monthly", "contact.weekly", "contact.daily"],
  meaning: ["meaning.shop", "meaning.brand", "meaning.both", "meaning.client", "meaning.project", "meaning.workplace"],
  judges: ["judges.result", "judges.deal", "judges.both", "judges.process"],
};
const OUTSIDE_TYPES = [
  ["ext.decision", "ext.decision.impulse"],
  ["ext.frequency", "ext.frequency.weekly"],
  ["ext.decision", "ext.decision.need"],
];
const INSIDE_TYPES = [
  ["int.departments", "int.departments.most"],
  ["int.specs", "int.specs.given"],
  ["int.customers", "int.customers.core"],
];

/** Someone placed around `level` (0–100), with a type unless `typed` is false. */
export function person(name, level, i, { typed = true, recommend = i % 11 } = {}) {
  const answers = Object.entries(POSITION).map(([q, opts]) => [q, opts[Math.round((level * (opts.length - 1)) / 100)]]);
  if (typed) {
    const pool = level >= 50 ? INSIDE_TYPES : OUTSIDE_TYPES;
    const [q, o] = pool[i % pool.length];
    answers.push([q, o]);
    if (q.endsWith("decision")) answers.push(["ext.range", "ext.range.one"]);
    if (q === "int.specs") answers.push(["int.customers", "int.customers.never"]);
  }
  if (recommend !== null) answers.push(["recommend", `recommend.${recommend}`]);
  return { name, role: `Role ${i}`, answers };
}

const FIRST = ["Ana", "Luis", "Marta", "Jorge", "Carla", "Noah", "Grace", "Íñigo", "Lucía", "Omar", "Zoe", "Raúl"];
const LAST = ["García", "Pérez", "Smith", "Núñez", "Brown", "Ortega", "Walker", "Díaz", "Evans", "Ruiz"];

/**
 * `n` people with different names, placed all over the map (levels and types spread the way
 * a real list spreads them, many near the centre), for maps of a given size.
 */
export function crowd(n) {
  return Array.from({ length: n }, (_, i) => {
    const level = [95, 88, 70, 60, 45, 30, 15, 5, 100, 80, 52, 20][i % 12] - (Math.floor(i / 12) * 3) % 10;
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return person(name, Math.max(0, level), i, { recommend: (i * 7) % 11 });
  });
}

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
