/**
 * Copies the screenshots docs/install.md shows from the last e2e run (test-results/e2e/) into
 * docs/screenshots/, so the guide's pictures are what the tests saw: `npm run docs:screenshots`
 * after `npx vitest run --project e2e`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FROM = join(ROOT, 'test-results/e2e');
const TO = join(ROOT, 'docs/screenshots');
const SHOWN = ['options-en-paired.png', 'overlay-en-test-mail.png'];

mkdirSync(TO, { recursive: true });
const missing = SHOWN.filter((name) => !existsSync(join(FROM, name)));
if (missing.length) {
  console.error(`not in ${FROM} (run the e2e specs first): ${missing.join(', ')}`);
  process.exit(1);
}
for (const name of SHOWN) copyFileSync(join(FROM, name), join(TO, name));
console.log(`copied ${SHOWN.length} screenshots to ${TO}`);
