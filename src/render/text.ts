import type { Block, Document } from "./document.ts";

export type TextStyle = { color: boolean; width: number };

const ANSI = { bold: "\x1b[1m", dim: "\x1b[2m", italic: "\x1b[3m", cyan: "\x1b[36m", reset: "\x1b[0m" } as const;

/** Plain text for the terminal: wrapped to `width`, with ANSI colour only when asked (a TTY). */
export function renderText(doc: Document, style: TextStyle = { color: false, width: 80 }): string {
  const paint = (code: keyof typeof ANSI, text: string) => (style.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  for (const block of doc.blocks) lines.push(...renderBlock(block, style.width, paint));
  return lines.join("\n");
}

type Paint = (code: keyof typeof ANSI, text: string) => string;

function renderBlock(block: Block, width: number, paint: Paint): string[] {
  switch (block.type) {
    case "heading":
      return [paint("bold", block.text)];
    case "context":
      return wrap(block.text, width).map((line) => paint("dim", line));
    case "paragraph":
      return wrap(block.text + cites(block.cites), width);
    case "bullets":
      return block.items.flatMap((item) => hang("• ", item.text + cites(item.cites), width));
    case "quote":
      return [
        ...hang("  “", `${block.text}”`, width).map((line) => paint("italic", line)),
        ...wrap(`— ${block.attribution}${cites(block.cites)}`, width - 4).map((line) => `    ${line}`),
      ];
    case "timeline":
      return block.entries.flatMap((entry) => hang(`${entry.date.padEnd(12)} `, entry.text + cites(entry.cites), width));
    case "people":
      return block.people.flatMap((person) => hang("• ", [person.name, person.role, person.detail].filter(Boolean).join(", "), width));
    case "sources":
      return block.sources.flatMap((source) =>
        hang(`[${source.n}] `, `${source.outlet}, ${source.date}: “${source.title}” ${source.url}`, width),
      );
    case "hint":
      return wrap(block.text, width).map((line) => paint("cyan", line));
    case "divider":
      return [paint("dim", "─".repeat(Math.min(width, 40)))];
  }
}

function cites(list: readonly number[] | undefined): string {
  return list && list.length > 0 ? ` ${list.map((n) => `[${n}]`).join("")}` : "";
}

/** Wraps `text` with `prefix` on the first line and matching indentation after. */
function hang(prefix: string, text: string, width: number): string[] {
  const indent = " ".repeat(prefix.length);
  return wrap(text, Math.max(20, width - prefix.length)).map((line, index) => (index === 0 ? prefix : indent) + line);
}

export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
  }
  return out;
}
