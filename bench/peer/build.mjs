// Copies the peer page and only the SurveyJS files it loads into bench/peer/dist/.
// Run after `npm ci` in bench/peer (scripts/bench does both).
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
const files = [
  ["index.html", "index.html"],
  ["main.js", "main.js"],
  ["node_modules/survey-core/survey.core.min.js", "survey.core.min.js"],
  // The fontless stylesheet: the default one pulls Open Sans from a font CDN.
  ["node_modules/survey-core/survey-core.fontless.min.css", "survey-core.fontless.min.css"],
  ["node_modules/survey-js-ui/survey-js-ui.min.js", "survey-js-ui.min.js"],
];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [from, to] of files) copyFileSync(join(here, from), join(out, to));
console.log(`peer: ${files.length} files in bench/peer/dist`);
