/**
 * Turning what an admin types ("192.168.1.20", "printer.local", "https://10.0.0.5:8443/PRESENTATION/…")
 * into the printer's origin and the match pattern the browser grants. Match patterns carry no port,
 * so the origin (with its port) is what the service worker keeps and checks.
 */
export type AddressError = 'empty' | 'scheme' | 'invalid';

export type ParsedAddress =
  | { ok: true; origin: string; pattern: string; host: string }
  | { ok: false; error: AddressError };

const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
const DOTTED_NUMBERS = /^[0-9.]+$/;

function validHost(hostname: string): boolean {
  if (hostname.startsWith('[') && hostname.endsWith(']')) return true; // IPv6, already checked by URL
  if (DOTTED_NUMBERS.test(hostname)) {
    const parts = hostname.split('.');
    return parts.length === 4 && parts.every((part) => part !== '' && Number(part) <= 255);
  }
  return hostname.split('.').every((label) => HOST_LABEL.test(label));
}

export function parsePrinterAddress(input: string): ParsedAddress {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (schemeMatch && !/^https?$/i.test(schemeMatch[1] ?? '')) return { ok: false, error: 'scheme' };
  if (/\s/.test(text)) return { ok: false, error: 'invalid' };
  // The URL parser quietly rewrites "10.1.2" to "10.1.0.2": look at the host as typed first.
  const typedHost = (schemeMatch ? text.slice(schemeMatch[0].length) : text).split(/[/:?#]/)[0] ?? '';
  if (!typedHost.startsWith('[') && !validHost(typedHost)) return { ok: false, error: 'invalid' };
  let url: URL;
  try {
    url = new URL(schemeMatch ? text : `http://${text}`);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.username || url.password || !validHost(url.hostname)) return { ok: false, error: 'invalid' };
  return {
    ok: true,
    origin: url.origin,
    pattern: originPattern(url.origin),
    host: url.host,
  };
}

/** The match pattern for an origin: the browser's patterns ignore ports. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
