import type { Formatter } from "../units.ts";
import { escapeSlack } from "./escape.ts";

// why: inside `<url|label>` the URL's own `&` must be an entity too; safeUrl already encoded `|` and `>`.
const href = (url: string) => url.replace(/&/g, "&amp;");

export const slackFormatter: Formatter = {
  text: escapeSlack,
  bold: (s) => `*${s}*`,
  italic: (s) => `_${s}_`,
  quote: (s) => s.replace(/^/gm, ">"),
  cite: (n, url) => (url ? `<${href(url)}|[${n}]>` : `[${n}]`),
  link: (label, url) => (url ? `<${href(url)}|${label}>` : label),
};
