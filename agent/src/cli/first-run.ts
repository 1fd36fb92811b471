import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { format, type Messages } from '@wcoa/shared/i18n';

/**
 * What `wcoa start` prints after its `listening on` line when a person is watching (a terminal, or
 * WCOA_GUIDE=1): where the extension is and how to load it, a fresh pairing code, whether the app
 * registration is set up. Scripts and services (no terminal) get the one contract line only.
 */

/** The unpacked Chrome build next to this agent when it runs from the repository, else null. */
export function extensionBuildDir(binPath = process.argv[1] ?? ''): { dir: string; built: boolean } | null {
  // bin/wcoa.js → agent/ → the repository, whose extension/ holds the build.
  const repo = resolve(dirname(binPath), '..', '..');
  if (!existsSync(join(repo, 'extension', 'package.json'))) return null;
  const dir = join(repo, 'extension', '.output', 'chrome-mv3');
  return { dir, built: existsSync(join(dir, 'manifest.json')) };
}

export function shouldGuide(
  env: NodeJS.ProcessEnv = process.env,
  isTTY = Boolean(process.stdout.isTTY),
): boolean {
  if (env.WCOA_GUIDE === '0') return false;
  return env.WCOA_GUIDE === '1' || isTTY;
}

export function firstRunLines(
  m: Messages['install']['firstRun'],
  facts: {
    extension: { dir: string; built: boolean } | null;
    pairingCode: string;
    clientId: string | undefined;
  },
): string[] {
  const { extension } = facts;
  return [
    '',
    m.heading,
    extension === null
      ? m.extensionPacked
      : format(extension.built ? m.extension : m.extensionNotBuilt, { dir: extension.dir }),
    format(m.pairing, { code: facts.pairingCode }),
    facts.clientId ? format(m.appReady, { clientId: facts.clientId }) : m.appMissing,
    m.more,
  ];
}
