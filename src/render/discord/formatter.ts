import type { Formatter } from "../units.ts";
import { escapeDiscord } from "./escape.ts";

export const discordFormatter: Formatter = {
  text: escapeDiscord,
  bold: (s) => `**${s}**`,
  italic: (s) => `*${s}*`,
  quote: (s) => s.replace(/^/gm, "> "),
  // why: masked links render in embed descriptions and field values; the body always goes in embeds.
  cite: (n, url) => (url ? `[\\[${n}\\]](${url})` : `\\[${n}\\]`),
  link: (label, url) => (url ? `[${label}](${url})` : label),
};
