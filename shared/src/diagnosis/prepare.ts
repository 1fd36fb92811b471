/**
 * Turns an error text as it reaches us (a JSON body, a redirect URL, a log line) into text the
 * recognisers can read, and a folded copy (lower case, no accents, compatibility forms) for the
 * keyword rules, with a map back to the original so evidence is quoted as written.
 */
export interface Prepared {
  /** The text with JSON escapes and URL encoding undone. */
  text: string;
  /** `text` folded: NFKD, marks removed, lower case, dashes and quotes unified. */
  folded: string;
  /** folded index -> text index (one entry per folded code unit, plus one for the end). */
  origin: number[];
}

export function prepare(input: string): Prepared {
  const text = decodeUrlTokens(unescapeJson(input));
  const { folded, origin } = foldWithMap(text);
  return { text, folded, origin };
}

/** The original span behind a folded match. */
export function unfold(prepared: Prepared, start: number, end: number): string {
  return prepared.text.slice(prepared.origin[start], prepared.origin[end]);
}

/** Fold one term the same way as the text, so keyword tables can be written with accents. */
export function foldTerm(term: string): string {
  return foldWithMap(term).folded;
}

function unescapeJson(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, ' ')
    .replace(/\\(["'/])/g, '$1');
}

/**
 * Base64 of a JSON object (`{"`: an XOAUTH2 or OAUTHBEARER error challenge) or of an XOAUTH2 initial
 * response (`user=`): a '+' there is a digit of the encoding, not a form-encoded space.
 */
const BASE64_RUN = /((?:eyJ|dXNlcj)[A-Za-z0-9+/]{4,8192}={0,2})/;

/** Decode only tokens that look like URLs or query strings: prose with a "%" stays as written. */
function decodeUrlTokens(text: string): string {
  if (!/%[0-9A-Fa-f]{2}|\+/.test(text)) return text;
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (!/[=?]/.test(token) || !/%[0-9A-Fa-f]{2}|\+/.test(token)) return token;
      // split() with a group puts the base64 runs at the odd places: they stay as written.
      return token
        .split(BASE64_RUN)
        .map((part, i) => (i % 2 ? part : decodeFormPart(part)))
        .join('');
    })
    .join('');
}

function decodeFormPart(part: string): string {
  return part.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Non-ASCII characters folded once each (a text repeats the same few). */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let piece = foldedChars.get(char);
  if (piece === undefined) {
    piece = char
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
      .replace(/\s/g, ' ');
    if (foldedChars.size < 4096) foldedChars.set(char, piece);
  }
  return piece;
}

function foldWithMap(text: string): { folded: string; origin: number[] } {
  const pieces: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    // Runs of ASCII are folded in bulk (lower case, whitespace and backtick unified).
    let end = i;
    while (end < text.length && text.charCodeAt(end) < 0x80) end++;
    if (end > i) {
      pieces.push(
        text
          .slice(i, end)
          .toLowerCase()
          .replace(/[\t\n\v\f\r]/g, ' ')
          .replace(/`/g, "'"),
      );
      for (let k = i; k < end; k++) origin.push(k);
      i = end;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const piece = foldChar(char);
    for (let k = 0; k < piece.length; k++) origin.push(i);
    pieces.push(piece);
    i += char.length;
  }
  origin.push(text.length);
  return { folded: pieces.join(''), origin };
}
