import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Whether the module at `moduleUrl` is the script node was started with (not imported by a test). */
export const isMain = (moduleUrl: string) =>
  process.argv[1] !== undefined && fileURLToPath(moduleUrl) === process.argv[1];

/** Writes a generated file when its text differs from `source`, and says which it was. */
export function writeGenerated(file: string, source: string): void {
  let before = '';
  try {
    before = readFileSync(file, 'utf8');
  } catch {}
  if (before === source) {
    console.log(`${file}: up to date`);
  } else {
    writeFileSync(file, source);
    console.log(`${file}: written`);
  }
}
