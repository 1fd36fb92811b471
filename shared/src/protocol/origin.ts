/**
 * The origin (scheme://host:port) of an http(s) URL, or null for anything else: how the extension
 * names a printer, and how the agent checks the origin a page report names.
 */
export function httpOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
