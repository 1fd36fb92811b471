import { type AuthenticationResult, PublicClientApplication } from '@azure/msal-browser';
import { MICROSOFT_CLOUD_LOGIN_HOSTS } from '@wcoa/shared/diagnosis';
import { TENANT_CHECK_GRAPH_SCOPES, TENANT_CHECK_REDIRECT_PATH } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';
import type { TenantConfig } from './settings.ts';

/**
 * The narrowest delegated Graph permissions the checks need (issue 6, README "Check my tenant"); the
 * app registration `wcoa setup` makes grants exactly these.
 */
export const GRAPH_SCOPES = TENANT_CHECK_GRAPH_SCOPES;

/** Opens the sign-in page and resolves with the URL the identity provider redirected to. */
export type WebAuthFlow = (url: string) => Promise<string>;

export class SignInCancelled extends Error {}

/** browser.identity.launchWebAuthFlow: a window the browser closes when the redirect URI is reached. */
export const launchWebAuthFlow: WebAuthFlow = async (url) => {
  let responseUrl: string | undefined;
  try {
    responseUrl = await browser.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    // Chrome rejects with "The user did not approve access." when the window is closed: that is the
    // only rejection before the provider answers (its errors come back as a redirect, to MSAL).
    throw new SignInCancelled(error instanceof Error ? error.message : String(error));
  }
  if (!responseUrl) throw new SignInCancelled('no response');
  return responseUrl;
};

/** https://<extension id>.chromiumapp.org/msal in Chrome and Edge: the SPA redirect URI to register. */
export function redirectUri(): string | null {
  try {
    return browser.identity.getRedirectURL(TENANT_CHECK_REDIRECT_PATH);
  } catch {
    return null;
  }
}

/** Whether this browser offers the web auth flow (Chrome, Edge and Firefox do; some Chromium forks not). */
export function canSignIn(): boolean {
  return typeof browser.identity?.launchWebAuthFlow === 'function' && redirectUri() !== null;
}

/** MSAL keeps its interaction state in sessionStorage; a stale one blocks the next sign-in. */
function clearMsalInteraction(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('msal.')) sessionStorage.removeItem(key);
  }
}

/** The authority's host is trusted as is (MSAL otherwise only trusts Microsoft's own clouds). */
function knownAuthorities(authority: string): string[] {
  const host = new URL(authority).host;
  return MICROSOFT_CLOUD_LOGIN_HOSTS.has(host) ? [] : [host];
}

/**
 * Sign the admin in with msal-browser in an extension page (FACTS.md §5): MSAL builds the
 * authorization code + PKCE request, onRedirectNavigate hands its URL to the browser's web auth
 * flow instead of navigating this page, and the returned URL's response goes back to MSAL, which
 * redeems the code with its verifier. The token lives in this page's session storage only.
 */
export async function signIn(
  config: TenantConfig,
  flow: WebAuthFlow = launchWebAuthFlow,
  redirect: string | null = redirectUri(),
): Promise<AuthenticationResult> {
  if (!redirect) throw new Error('this browser has no identity API (browser.identity.getRedirectURL)');
  let navigateTo: string | undefined;
  const msal = new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: knownAuthorities(config.authority),
      redirectUri: redirect,
      onRedirectNavigate: (url) => {
        navigateTo = url;
        return false;
      },
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  try {
    await msal.initialize();
    await msal.acquireTokenRedirect({ scopes: GRAPH_SCOPES, prompt: 'select_account' });
    if (!navigateTo) throw new Error('MSAL did not produce a sign-in address');
    const response = new URL(await flow(navigateTo));
    const hash = response.hash || `#${response.search.slice(1)}`;
    const result = await msal.handleRedirectPromise({ hash, navigateToLoginRequestUrl: false });
    if (!result?.accessToken) throw new Error('no access token in the sign-in response');
    return result;
  } finally {
    // The token was handed to the caller; nothing of the sign-in is kept, on success or failure.
    clearMsalInteraction();
  }
}
