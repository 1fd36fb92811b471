// Preloaded (`node --import`) by cli-locales.test.ts: prints to stderr each of the built CLI's
// locale files (dist/locales/<lang>.json) the process reads, so a test can tell which languages a
// command loaded. The build reads them with node:fs's readFileSync, imported by name: the patched
// function reaches that binding through syncBuiltinESMExports.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const readFileSync = fs.readFileSync;
fs.readFileSync = function tracedReadFileSync(path, ...rest) {
  const name = String(path instanceof URL ? path.pathname : path);
  const locale = /[\\/]locales[\\/]([\w-]+)\.json$/.exec(name);
  if (locale) process.stderr.write(`locale-read ${locale[1]}\n`);
  return readFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
