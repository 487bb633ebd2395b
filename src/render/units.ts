import type { Block, Cites, Document, SourceRef } from "./document.ts";
import { moreText } from "./document.ts";
import { FIELD_CAPS } from "./field-caps.ts";
import { fitText } from "./fit.ts";
import { safeUrl } from "./safety/links.ts";
import { cleanText } from "./safety/mentions.ts";

/** How one platform writes inline markup. `text` escapes plain text; the others wrap already-escaped text. */
export type Formatter = {
  text: (plain: string) => string;
  bold: (formatted: string) => string;
  italic: (formatted: string) => string;
  quote: (formatted: string) => string;
  /** A citation mark, linked to the article when `url` is a safe link. */
  cite: (n: number, url: string | undefined) => string;
  /** A source's title, linked when possible. */
  link: (formattedLabel: string, url: string | undefined) => string;
};

/**
 * A renderer's building brick. `text` units are formatted and already fit `unitMax`; `group` changes at
 * each Document block (a new Slack section, a blank line on Discord); `count` is how many answer items the
 * unit stands for, so a cut can say "…and N more".
 */
export type Unit =
  | { kind: "heading"; plain: string }
  | { kind: "context"; text: string }
  | { kind: "text"; text: string; group: number; count: number }
  | { kind: "hint"; plain: string }
  | { kind: "divider" };

export function toUnits(doc: Document, fmt: Formatter, unitMax: number): Unit[] {
  const urls = new Map<number, string | undefined>();
  for (const block of doc.blocks) if (block.type === "sources") for (const s of block.sources) urls.set(s.n, safeUrl(s.url));
  const ctx: Ctx = { fmt, unitMax, urls, group: 0 };
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    units.push(...blockUnits(block, ctx));
    // why: a section title stays with the list it names (same Slack section, same paragraph).
    if (!(block.type === "heading" && block.level === 2)) ctx.group += 1;
  }
  return units;
}

type Ctx = { fmt: Formatter; unitMax: number; urls: Map<number, string | undefined>; group: number };

function blockUnits(block: Block, ctx: Ctx): Unit[] {
  const { fmt } = ctx;
  const clip = (plain: string, max: number) => fmt.text(fitText(cleanText(plain), max, (s) => fmt.text(s).length));
  const text = (formatted: string, count = 0): Unit => ({ kind: "text", text: formatted, group: ctx.group, count });
  /** Fits the free-text part of an item into what the rest of the item leaves. */
  const body = (plain: string, rest: string, extra = 0) => clip(plain, Math.max(1, ctx.unitMax - rest.length - extra));
  switch (block.type) {
    case "heading":
      return block.level === 2 ? [text(fmt.bold(clip(block.text, FIELD_CAPS.heading)))] : [{ kind: "heading", plain: block.text }];
    case "context":
      return [{ kind: "context", text: clip(block.text, FIELD_CAPS.context) }];
    case "paragraph": {
      const marks = cites(block.cites, ctx);
      return [text(body(block.text, marks) + marks, 1)];
    }
    case "bullets":
      return block.items.map((item) => {
        const marks = cites(item.cites, ctx);
        return text(`• ${body(item.text, marks, 2)}${marks}`, 1);
      });
    case "quote": {
      const tail = `— ${clip(block.attribution, FIELD_CAPS.attribution)}${cites(block.cites, ctx)}`;
      // why: one line per quote keeps platform quote prefixes (`>`) from multiplying with the quote's own newlines.
      const words = body(block.text.replace(/\s+/g, " "), tail, 10);
      const said = block.reported ? words : fmt.italic(`“${words}”`);
      return [text(`${fmt.quote(said)}\n${tail}`, 1)];
    }
    case "timeline":
      return block.entries.map((entry) => {
        const head = `${fmt.bold(clip(entry.date, FIELD_CAPS.date))} `;
        const marks = cites(entry.cites, ctx);
        return text(head + body(entry.text, head + marks) + marks, 1);
      });
    case "people":
      return block.people.map((person) => {
        const head = `• ${fmt.bold(clip(person.name, FIELD_CAPS.name))}`;
        const role = person.role ? `, ${clip(person.role, FIELD_CAPS.role)}` : "";
        const detail = person.detail ? `: ${body(person.detail, head + role, 2)}` : "";
        return text(head + role + detail, 1);
      });
    case "sources":
      return block.sources.map((source) => text(sourceLine(source, ctx), 1));
    case "more":
      return [text(fmt.italic(clip(moreText(block.count, block.command), FIELD_CAPS.command)), block.count)];
    case "hint":
      return [{ kind: "hint", plain: block.text }];
    case "divider":
      return [{ kind: "divider" }];
  }
}

function sourceLine(source: SourceRef, ctx: Ctx): string {
  const { fmt } = ctx;
  const clip = (plain: string, max: number) => fmt.text(fitText(cleanText(plain), max, (s) => fmt.text(s).length));
  const title = fmt.link(clip(`“${source.title}”`, FIELD_CAPS.title), ctx.urls.get(source.n));
  return `${fmt.text(`[${source.n}]`)} ${clip(source.outlet, FIELD_CAPS.outlet)}, ${clip(source.date, FIELD_CAPS.date)}: ${title}`;
}

/** Citation marks, linked where the platform can; plain numbers when links would crowd out the text. */
function cites(list: Cites | undefined, ctx: Ctx): string {
  if (!list || list.length === 0) return "";
  const shown = list.slice(0, FIELD_CAPS.cites);
  const linked = shown.map((n) => ctx.fmt.cite(n, ctx.urls.get(n))).join("");
  const marks = linked.length <= ctx.unitMax / 3 ? linked : shown.map((n) => ctx.fmt.cite(n, undefined)).join("");
  return ` ${marks}`;
}
