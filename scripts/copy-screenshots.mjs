// Copies the e2e screenshots shown in docs/gallery.md from test-output/screenshots/ (written
// by `npx vitest run test/e2e`) to docs/screenshots/. Run: npm run screenshots
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const FROM = "test-output/screenshots";
const TO = "docs/screenshots";
/** The screenshots the gallery shows; keep the set small (a few hundred KB in all). */
const SHOWN = [
  "technique-note-reading-light",
  "technique-note-reading-dark",
  "technique-note-live-preview-light",
  "broken-query-dark",
  "hostile-vault-light",
  "coverage-view-light",
  "coverage-view-dark",
  "graph-panel-light",
  "graph-panel-dark",
  "hover-preview-web-link-light",
  "hover-preview-bare-identifier-dark",
];

mkdirSync(TO, { recursive: true });
const missing = SHOWN.filter((name) => !existsSync(join(FROM, `${name}.png`)));
if (missing.length > 0) {
  console.error(
    `screenshots missing in ${FROM}: ${missing.join(", ")}; run npx vitest run test/e2e first`,
  );
  process.exit(1);
}
for (const name of SHOWN) copyFileSync(join(FROM, `${name}.png`), join(TO, `${name}.png`));
console.log(`copied ${SHOWN.length} screenshots to ${TO}`);
