import { cleanText } from "../safety/mentions.ts";

// why: Discord markdown: emphasis, strike, code, spoilers, masked links and escapes themselves.
const INLINE = /[\\*_~`|[\]()<>]/g;
// why: at the start of a line `>` quotes, `#` titles, `-`/`+`/`1.` start lists and `-#` makes subtext.
const LINE_START = /^(\s*)([>#+-])/gm;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;

/** Text for Discord content, embed descriptions and field values: markdown escaped, mentions defused. */
export function escapeDiscord(plain: string): string {
  return cleanText(plain).replace(INLINE, "\\$&").replace(LINE_START, "$1\\$2").replace(NUMBERED, "$1\\.");
}

/** Text for embed titles, field names and footers, where Discord renders little markdown: defuse only. */
export function plainDiscord(plain: string): string {
  return cleanText(plain);
}
