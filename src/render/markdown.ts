import type { Block, Cites, Document, SourceRef } from "./document.ts";
import { moreText } from "./document.ts";
import { escapeMarkdown as md } from "./markdown-escape.ts";
import { safeUrl } from "./safety/links.ts";

/**
 * CommonMark for export and `--format md`: headings, lists, block quotes, citations linked to the
 * article (`[[1]](url)`), sources as a numbered list. Text is escaped and mentions defused.
 */
export function renderMarkdown(doc: Document): string {
  const urls = new Map<number, string | undefined>();
  for (const block of doc.blocks) if (block.type === "sources") for (const s of block.sources) urls.set(s.n, safeUrl(s.url));
  const cites = (list: Cites | undefined) =>
    list && list.length > 0 ? ` ${list.map((n) => (urls.get(n) ? `[\\[${n}\\]](${urls.get(n)})` : `\\[${n}\\]`)).join("")}` : "";
  return `${doc.blocks
    .map((block) => renderBlock(block, cites, urls))
    .join("\n\n")
    .trim()}\n`;
}

const line = (text: string) => md(text.replace(/\s+/g, " ").trim());

function renderBlock(block: Block, cites: (list: Cites | undefined) => string, urls: Map<number, string | undefined>): string {
  switch (block.type) {
    case "heading":
      return `${block.level === 2 ? "###" : "##"} ${line(block.text)}`;
    case "context":
      return `_${line(block.text)}_`;
    case "paragraph":
      return md(block.text.trim()).replace(/\n/g, "  \n") + cites(block.cites);
    case "bullets":
      return block.items.map((item) => `- ${line(item.text)}${cites(item.cites)}`).join("\n");
    case "quote":
      return `> ${block.reported ? line(block.text) : `“${line(block.text)}”`}  \n> — ${line(block.attribution)}${cites(block.cites)}`;
    case "timeline":
      return block.entries.map((entry) => `- **${line(entry.date)}** ${line(entry.text)}${cites(entry.cites)}`).join("\n");
    case "people":
      return block.people
        .map(
          (person) =>
            `- **${line(person.name)}**${person.role ? `, ${line(person.role)}` : ""}${person.detail ? `: ${line(person.detail)}` : ""}`,
        )
        .join("\n");
    case "sources":
      return block.sources.map((source) => sourceLine(source, urls.get(source.n))).join("\n");
    case "more":
      return `_${line(moreText(block.count, block.command))}_`;
    case "hint":
      return `_${line(block.text)}_`;
    case "divider":
      return "---";
  }
}

function sourceLine(source: SourceRef, url: string | undefined): string {
  const title = `“${line(source.title)}”`;
  return `- \\[${source.n}\\] ${line(source.outlet)}, ${line(source.date)}: ${url ? `[${title}](${url})` : title}`;
}
