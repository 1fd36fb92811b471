import { createRequire } from 'node:module';

type MsalNode = typeof import('@azure/msal-node');

let loaded: MsalNode | null = null;

/**
 * msal-node, loaded on the first sign-in or token request rather than at agent start (it is a
 * quarter of a second and megabytes the agent needs only then). Synchronous, so the code that
 * builds apps and errors keeps its shape; every value from msal comes through here, so its classes
 * are one copy (instanceof holds).
 */
export function msalNode(): MsalNode {
  loaded ??= createRequire(import.meta.url)('@azure/msal-node') as MsalNode;
  return loaded;
}
