import type { Document } from "../document.ts";
import { moreText } from "../document.ts";
import { FIELD_CAPS } from "../field-caps.ts";
import { fitText } from "../fit.ts";
import { DISCORD_LIMITS, type DiscordEmbed, type DiscordMessage, DiscordMessageSchema } from "../limits/discord.ts";
import { packWithin } from "../overflow.ts";
import { cleanText } from "../safety/mentions.ts";
import { toUnits, type Unit } from "../units.ts";
import { escapeDiscord, plainDiscord } from "./escape.ts";
import { discordFormatter as fmt } from "./formatter.ts";

const fitPlain = (plain: string, max: number) => plainDiscord(fitText(cleanText(plain), max, (s) => plainDiscord(s).length));
const fitMarkdown = (plain: string, max: number) => escapeDiscord(fitText(cleanText(plain), max, (s) => escapeDiscord(s).length));

/** Room left for one text unit in an embed, so a unit never has to be split. */
const UNIT_MAX = 4_000;

/**
 * Discord messages for one answer: the body in embeds (title, description, footer hint), usually one
 * message; more when the embeds exceed 6,000 characters or 10 embeds; at most five, the last ending
 * "…and N more: <doc.more>". Every message carries `allowed_mentions: {parse: []}` and is validated.
 */
export function renderDiscord(doc: Document): DiscordMessage[] {
  const units = toUnits(doc, fmt, UNIT_MAX);
  const overflow = (count: number): Unit => ({
    kind: "text",
    text: fmt.italic(fitMarkdown(moreText(count, doc.more), FIELD_CAPS.command)),
    group: -1,
    count: 0,
  });
  const pages = packWithin(units, packDiscord, DISCORD_LIMITS.messagesPerAnswer, overflow);
  if (pages.length === 0) {
    // why: Discord refuses a message with neither content nor embeds.
    const content = fitMarkdown(doc.summary, DISCORD_LIMITS.content).trim() || "Briefbot";
    return [DiscordMessageSchema.parse({ content, embeds: [], allowed_mentions: { parse: [] } })];
  }
  return pages.map((embeds) => DiscordMessageSchema.parse({ embeds, allowed_mentions: { parse: [] } }));
}

type Draft = { title?: string; lines: string[]; size: number; group: number; footer?: string };

function packDiscord(units: readonly Unit[]): DiscordEmbed[][] {
  const pages: Draft[][] = [[]];
  let current: Draft | undefined;
  const page = () => pages[pages.length - 1] as Draft[];
  const pageChars = () => page().reduce((sum, draft) => sum + draftChars(draft), 0);
  /** Opens an embed on the current message, or on a new one when `need` more characters would not fit. */
  const open = (need: number, title?: string): Draft => {
    const draft: Draft = { title, lines: [], size: 0, group: Number.NaN };
    const needed = need + (title?.length ?? 0);
    if (page().length >= DISCORD_LIMITS.embedsPerMessage || pageChars() + needed > DISCORD_LIMITS.embedTotal) pages.push([]);
    page().push(draft);
    current = draft;
    return draft;
  };
  const addLine = (text: string, group: number) => {
    const draft = current ?? open(text.length);
    const sep = draft.lines.length === 0 ? "" : draft.group === group ? "\n" : "\n\n";
    const grows = sep.length + text.length;
    if (!draft.footer && draft.size + grows <= DISCORD_LIMITS.description && pageChars() + grows <= DISCORD_LIMITS.embedTotal) {
      draft.lines.push(sep + text);
      draft.size += grows;
      draft.group = group;
      return;
    }
    if (draft.lines.length === 0 && !draft.footer) {
      // why: a title with nothing under it yet moves to the next message with its text.
      page().pop();
      pages.push([draft]);
    } else {
      open(text.length);
    }
    addLine(text, group);
  };
  for (const unit of units) {
    switch (unit.kind) {
      case "heading":
        open(0, fitPlain(unit.plain, DISCORD_LIMITS.title) || "…");
        break;
      case "context":
        if (unit.text) addLine(fmt.italic(unit.text), Number.NaN);
        break;
      case "text":
        if (unit.text) addLine(unit.text, unit.group);
        break;
      case "divider":
        current = undefined;
        break;
      case "hint": {
        const footer = fitPlain(unit.plain, FIELD_CAPS.hint) || "…";
        const fits = current && !current.footer && pageChars() + footer.length <= DISCORD_LIMITS.embedTotal;
        (fits && current ? current : open(footer.length)).footer = footer;
      }
    }
  }
  return pages.map((drafts) => drafts.filter((draft) => draftChars(draft) > 0).map(toEmbed)).filter((embeds) => embeds.length > 0);
}

function draftChars(draft: Draft): number {
  return (draft.title?.length ?? 0) + draft.size + (draft.footer?.length ?? 0);
}

function toEmbed(draft: Draft): DiscordEmbed {
  const embed: DiscordEmbed = {};
  if (draft.title) embed.title = draft.title;
  if (draft.lines.length > 0) embed.description = draft.lines.join("");
  if (draft.footer) embed.footer = { text: draft.footer };
  return embed;
}
