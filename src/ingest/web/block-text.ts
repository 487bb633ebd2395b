import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.ts";

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set(
  "p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre table thead tbody tr td th hr address details summary center".split(
    " ",
  ),
);
/** Elements whose text is never article prose. */
const SKIPPED = new Set(
  "script style noscript template iframe svg canvas math button select option textarea figure figcaption picture video audio".split(" "),
);

type Paragraph = { parts: string[]; prose: boolean };

/**
 * The text of an element as paragraphs separated by one blank line, the shape the extractor expects (it
 * pairs quotation marks within a paragraph). A `<br>` is a line break inside a paragraph; runs of spaces
 * collapse; entities arrive decoded from the parser. A paragraph made only of a `<time>` (a dateline) is dropped.
 */
export function blockText(root: DomElement): string {
  const paragraphs: string[] = [];
  let current: Paragraph = { parts: [], prose: false };
  const flush = () => {
    const text = current.parts
      .join("")
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (text !== "" && current.prose) paragraphs.push(text);
    current = { parts: [], prose: false };
  };
  const walk = (node: DomNode, inTime: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      current.parts.push(text);
      if (!inTime && text.trim() !== "") current.prose = true;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as DomElement).tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === "br") {
      current.parts.push("\n");
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child, inTime || tag === "time");
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}
