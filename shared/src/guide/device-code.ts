/**
 * Reading the device-code prompt Web Config shows after "Sign in with Microsoft": a verification
 * URL and a short user code, in whatever language surrounds them. The URL is the language-neutral
 * anchor (Microsoft's are microsoft.com/devicelogin, login.microsoft.com/device,
 * …/oauth2/deviceauth, and microsoft.com/link for personal accounts; an emulator keeps "device"
 * in the path too); the code is the code-shaped token nearest to it.
 */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
}

/** Microsoft's device codes live about 15 minutes (expires_in 900); the printer does not show the expiry. */
export const DEVICE_CODE_LIFETIME_MS = 15 * 60 * 1000;

// ASCII URL characters only: a Japanese or Chinese full stop right after the URL ends it. A
// screen short of room may drop the scheme of Microsoft's own addresses (microsoft.com/devicelogin).
const URL_PATTERN =
  /https?:\/\/[\w\-.~:/?#[\]@!$&*+,;=%]+|(?<![\w./@-])(?:www\.)?(?:microsoft\.com\/(?:devicelogin|link)|login\.microsoft(?:online)?\.com\/[\w\-./]*device[\w\-./]*)(?![\w/])/gi;
// RFC 8628 user codes: 6-12 characters from [A-Z0-9], at most one hyphen in the middle (WDJB-MJHT).
// Not part of a longer word, host name or path; but text read with textContent glues blocks
// together ("…sign in.K7PQ2XMNBhttps://…"), so a sentence's full stop before the code and the URL
// right after it still delimit it.
const CODE_PATTERN =
  /(?<![\w/-]|[A-Z0-9]\.)([A-Z0-9]{3,6}-[A-Z0-9]{3,6}|[A-Z0-9]{6,12})(?!(?!https?:\/\/)[\w/-]|\.\w)/g;
// Upper-case words a settings page carries that are code-shaped but never a user code.
const NOT_CODES = new Set(['STARTTLS', 'SSLTLS', 'OAUTH2', 'XOAUTH2', 'SMTPAUTH', 'OUTLOOK', 'MICROSOFT']);
/** How far from the URL (characters) a code may sit: a prompt is a sentence or two. */
const NEAR = 300;
const MARGIN = 20;

function isDeviceUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (/device/i.test(parsed.pathname)) return true;
    // Personal (Outlook.com) accounts are sent to microsoft.com/link; aka.ms short links redirect.
    const microsoft = /(^|\.)microsoft\.com$/i.test(parsed.hostname);
    return (microsoft && /^\/link\/?$/i.test(parsed.pathname)) || /^aka\.ms$/i.test(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * Microsoft's device-code verification pages, by parsed host, and the paths that are that page
 * there. A link is Microsoft's only when its host is one of these exactly (never by substring:
 * `login.microsoftonline.com.evil.example` is not Microsoft's) and its path is a device path.
 */
const TENANT_DEVICEAUTH = /^\/[\w.-]{1,64}\/oauth2\/(?:v2\.0\/)?deviceauth\/?$/i;
const LOGIN_DEVICE_PATHS = [
  /^\/device\/?$/i,
  /^\/devicelogin\/?$/i,
  /^\/oauth2\/deviceauth\/?$/i,
  TENANT_DEVICEAUTH,
];
const VERIFICATION_PAGES: Record<string, RegExp[]> = {
  'microsoft.com': [/^\/devicelogin\/?$/i, /^\/link\/?$/i],
  'www.microsoft.com': [/^\/devicelogin\/?$/i, /^\/link\/?$/i],
  'login.microsoft.com': LOGIN_DEVICE_PATHS,
  'login.microsoftonline.com': LOGIN_DEVICE_PATHS,
  'aka.ms': [/^\/devicelogin\/?$/i],
};

/**
 * Whether a sign-in link is Microsoft's own verification page, where an admin may sign in:
 * https, no user info, the default port, a host above and one of its device paths. `allowedHosts`
 * are hosts the admin configured explicitly (the agent's test-mail SMTP allow-list, where the
 * emulators' host goes): on those, any port and the same device paths count.
 */
export function isMicrosoftVerificationUri(uri: string, allowedHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const microsoft = Object.hasOwn(VERIFICATION_PAGES, host) ? VERIFICATION_PAGES[host] : undefined;
  if (microsoft) return url.port === '' && microsoft.some((path) => path.test(url.pathname));
  const allowed = allowedHosts.some((h) => h.toLowerCase().replace(/^\[(.*)\]$/, '$1') === host);
  return allowed && LOGIN_DEVICE_PATHS.some((path) => path.test(url.pathname));
}

function looksLikeCode(token: string): boolean {
  if (NOT_CODES.has(token.replace(/[-/]/g, ''))) return false;
  if (/^\d+$/.test(token.replace('-', ''))) return false; // a port, a year, a serial of digits
  return /[A-Z]/.test(token);
}

/** The device-code prompt in a text (a dialog's text, a page's messages), or null. */
export function findDeviceCode(text: string): DeviceCodePrompt | null {
  for (const urlMatch of text.matchAll(URL_PATTERN)) {
    const written = urlMatch[0].replace(/[.,;:]+$/, '');
    const verificationUri = /^https?:\/\//i.test(written) ? written : `https://${written}`;
    if (!isDeviceUrl(verificationUri)) continue;
    const urlStart = urlMatch.index ?? 0;
    const urlEnd = urlStart + urlMatch[0].length;
    let best: { code: string; distance: number } | null = null;
    // Only the text around the URL; the margin keeps a token cut at the window's edge too far to count.
    const from = Math.max(0, urlStart - NEAR - MARGIN);
    const around = text.slice(from, urlEnd + NEAR + MARGIN);
    for (const codeMatch of around.matchAll(CODE_PATTERN)) {
      const code = codeMatch[1] ?? '';
      const start = from + (codeMatch.index ?? 0);
      if (start >= urlStart && start < urlEnd) continue; // inside the URL itself
      if (!looksLikeCode(code)) continue;
      const distance = start < urlStart ? urlStart - (start + code.length) : start - urlEnd;
      if (distance > NEAR) continue;
      if (!best || distance < best.distance) best = { code, distance };
    }
    if (best) return { userCode: best.code, verificationUri };
  }
  return null;
}
