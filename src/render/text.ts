import { stripControlChars } from "../text/control-chars.ts";
import type { Block, Cites, Document } from "./document.ts";
import { moreText } from "./document.ts";
import { wrap } from "./fit.ts";
import { cleanText } from "./safety/mentions.ts";

export type TextStyle = { color: boolean; width: number };

const ANSI = { bold: "\x1b[1m", dim: "\x1b[2m", italic: "\x1b[3m", cyan: "\x1b[36m", reset: "\x1b[0m" } as const;
/** The widest date that still shares its line with the event. */
const DATE_COLUMN = 14;
type Paint = (code: keyof typeof ANSI, text: string) => string;

/**
 * Plain text for the terminal: wrapped to `width`, ANSI colour only when asked (a TTY), citations as
 * footnote numbers that the sources list resolves to URLs. Nothing is cut: a terminal has no limit.
 */
export function renderText(doc: Document, style: TextStyle = { color: false, width: 80 }): string {
  const paint: Paint = (code, text) => (style.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  doc.blocks.forEach((block, index) => {
    // why: a blank line before each part title and before the closing hints groups the answer at a glance.
    const previous = doc.blocks[index - 1];
    const opensPart = block.type === "heading" && block.level === 2;
    const opensHints = block.type === "hint" && previous !== undefined && previous.type !== "hint";
    if ((opensPart || opensHints) && index > 0) lines.push("");
    lines.push(...renderBlock(block, Math.max(20, style.width), paint));
  });
  // why: a terminal has no file to attach to; the file's text follows the message, marked where it starts and ends.
  if (doc.attachment) {
    const rule = (label: string) => paint("dim", `── ${label} ${"─".repeat(Math.max(3, Math.min(style.width, 80) - label.length - 4))}`);
    lines.push("", rule(doc.attachment.filename), stripControlChars(doc.attachment.content).trimEnd(), rule("end"));
  }
  return lines.join("\n");
}

function renderBlock(block: Block, width: number, paint: Paint): string[] {
  const clean = (text: string) => cleanText(text).replace(/\s+/g, " ").trim();
  switch (block.type) {
    case "heading":
      return wrap(clean(block.text), width).map((line) => paint("bold", line));
    case "context":
      return wrap(clean(block.text), width).map((line) => paint("dim", line));
    case "paragraph":
      return cleanText(block.text)
        .split("\n")
        .flatMap((part) => wrap(part + cites(block.cites), width));
    case "bullets":
      return block.items.flatMap((item) => hang("• ", clean(item.text) + cites(item.cites), width));
    case "quote":
      return [
        ...(block.reported
          ? hang("  ", clean(block.text), width)
          : hang("  “", `${clean(block.text)}”`, width).map((line) => paint("italic", line))),
        ...hang("    — ", clean(block.attribution) + cites(block.cites), width),
      ];
    case "timeline": {
      const dates = block.entries.map((entry) => clean(entry.date));
      const column = Math.min(DATE_COLUMN, Math.max(0, ...dates.map((date) => date.length)) + 2);
      return block.entries.flatMap((entry, i) => {
        const date = dates[i] ?? "";
        const text = clean(entry.text) + cites(entry.cites);
        // why: a date too long for the column gets its own line rather than pushing the text off screen.
        if (date.length > column - 2) return [...wrap(date, width), ...hang(" ".repeat(column), text, width)];
        return hang(date.padEnd(column), text, width);
      });
    }
    case "people":
      return block.people.flatMap((person) => {
        const role = person.role ? `, ${clean(person.role)}` : "";
        return hang("• ", `${clean(person.name)}${role}${person.detail ? `: ${clean(person.detail)}` : ""}`, width);
      });
    case "sources":
      return block.sources.flatMap((source) =>
        hang(`[${source.n}] `, `${clean(source.outlet)}, ${clean(source.date)}: “${clean(source.title)}” ${clean(source.url)}`, width),
      );
    case "more":
      return wrap(clean(moreText(block.count, block.command)), width).map((line) => paint("dim", line));
    case "hint":
      return wrap(clean(block.text), width).map((line) => paint("cyan", line));
    case "divider":
      return [paint("dim", "─".repeat(Math.min(width, 40)))];
  }
}

// why: the terminal has no links, so citations are footnote numbers resolved by the sources list.
function cites(list: Cites | undefined): string {
  return list && list.length > 0 ? ` ${list.map((n) => `[${n}]`).join("")}` : "";
}

/** Wraps `text` with `prefix` on the first line and matching indentation after. */
function hang(prefix: string, text: string, width: number): string[] {
  const indent = " ".repeat(prefix.length);
  return wrap(text, Math.max(10, width - prefix.length)).map((line, index) => (index === 0 ? prefix : indent) + line);
}

export { wrap };
