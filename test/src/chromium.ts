import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A Chromium for the end-to-end tests: Playwright's own build if one was installed, else Debian's
 * (/usr/bin/chromium) or any `chromium` on PATH. Never downloads one.
 */
export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium found. Install it: sudo apt-get install -y chromium');
    this.name = 'NoChromiumError';
  }
}

function playwrightsOwn(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function onPath(name: string): string | null {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

export function findChromium(): string {
  const candidates = [
    process.env.WCOA_CHROMIUM,
    playwrightsOwn(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    onPath('chromium'),
    onPath('chromium-browser'),
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new NoChromiumError();
}
