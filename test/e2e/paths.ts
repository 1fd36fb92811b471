import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '../..');
export const EXTENSION_ROOT = resolve(REPO_ROOT, 'extension');
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'test-results/e2e');
export const AGENT_BIN = resolve(REPO_ROOT, 'agent/bin/wcoa.js');
