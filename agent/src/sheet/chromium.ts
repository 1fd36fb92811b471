import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEFAULT_LANG, format, type Lang, messagesFor } from '@wcoa/shared/i18n';

/**
 * The one Chromium finder, for the product (the sheet's PDF) and the end-to-end tests alike:
 * WCOA_CHROMIUM when set (and then only that), else Playwright's own build if one was installed,
 * else Debian's /usr/bin/chromium or any chromium on PATH. Never downloads one.
 */
export class NoChromiumError extends Error {
  constructor(
    readonly lang: Lang = DEFAULT_LANG,
    readonly configured?: string,
  ) {
    const m = messagesFor(lang).sheet.errors;
    super(configured ? format(m.chromiumMissing, { path: configured }) : m.noChromium);
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

export function findChromium(env: NodeJS.ProcessEnv = process.env, lang: Lang = DEFAULT_LANG): string {
  const configured = env.WCOA_CHROMIUM?.trim();
  if (configured) {
    // An explicit choice that is wrong is an error to fix, not a cue to pick another browser.
    if (!existsSync(configured)) throw new NoChromiumError(lang, configured);
    return configured;
  }
  const candidates = [
    playwrightsOwn(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    onPath('chromium'),
    onPath('chromium-browser'),
    onPath('google-chrome'),
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  throw new NoChromiumError(lang);
}
