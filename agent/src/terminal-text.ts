/**
 * Text bound for a terminal, made inert. A printer's model name, an SMTP server's reply, a page's
 * field or an agent's error message can carry escape sequences that clear the screen, rewrite the
 * title, move the cursor over earlier lines or write the clipboard (OSC 52). The program's own
 * output has no control characters, so every line the CLI prints goes through this: whatever is
 * a control was not ours.
 *
 * Removed: ESC sequences whole (CSI, OSC, DCS/SOS/PM/APC strings with their terminator, and
 * two-character escapes), their 8-bit C1 forms, every other C0/C1 control and DEL, and the
 * Unicode bidi overrides that reorder what a line appears to say. Kept: tab and line feed.
 * Each pattern is a run of disjoint classes: linear time on any input.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    // CSI: ESC [ or 8-bit CSI, parameter bytes, intermediate bytes, one final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    // OSC, DCS, SOS, PM, APC (7- and 8-bit introducers): a string up to BEL or ST, or the end.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Any other escape: intermediates and one final byte (ESC c resets the terminal).
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching controls is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with escape sequences and control characters removed (tab and line feed kept). */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** One line of it: line breaks and tabs become spaces (a cell of a table, a name in a sentence). */
export function terminalLine(text: string): string {
  return terminalSafe(text).replace(/[\t\n]/g, ' ');
}
