/**
 * Terminal control from untrusted text (articles, pages, feeds, questions): escape sequences, C0 controls
 * other than newline and tab, DEL and C1 controls. A terminal obeys them, so an article could clear the
 * screen or rename the window; they carry no meaning in news text, so they are removed. Ordinary unicode
 * (letters, punctuation, emoji, other scripts) is kept.
 */

// why: a whole sequence goes, not only its ESC, or "[2J" and "]0;title" would remain as visible junk.
const ESCAPE_SEQUENCE = new RegExp(
  [
    "\\u001b\\[[0-?]*[ -/]*[@-~]", // CSI: colours, cursor moves, clear screen
    "\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)", // OSC: window title, hyperlinks (ended by BEL or ST)
    "\\u001b[P^_X][^\\u001b]*\\u001b\\\\", // DCS, PM, APC, SOS strings (ended by ST)
    "\\u001b[ -/]*[0-~]", // two-byte and nF escapes
    "\\u009b[0-?]*[ -/]*[@-~]", // 8-bit CSI
  ].join("|"),
  "g",
);
// why: vertical tab, form feed and NEL separate lines in the text they came from; a newline keeps words apart.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const LINE_LIKE = /\r\n?|[\u000b\u000c\u0085]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Text without escape sequences or control characters; line breaks (\r\n, \r, VT, FF, NEL) become \n. */
export function stripControlChars(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, "").replace(LINE_LIKE, "\n").replace(CONTROL, "");
}

/** True when `text` holds a control character other than newline and tab (what tests assert never reaches a terminal). */
export function hasControlChars(text: string): boolean {
  return ANY_CONTROL.test(text);
}
