import { isBoilerplateParagraph, stripTrailingBoilerplate } from "./boilerplate.ts";

/** Inputs longer than this are cut (with a warning): extraction stays linear and bounded on any file. */
export const MAX_TEXT_CHARS = 400_000;
/** A "paragraph" longer than this is not prose (a minified blob, a table dump); it is cut. */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** Control characters (tab and newlines excepted) and U+FFFD: what binary or mis-decoded input looks like. */
function isControl(code: number): boolean {
  return code <= 8 || code === 11 || code === 12 || (code >= 14 && code <= 31) || code === 127 || code === 0xfffd;
}

/** Replaces control characters with spaces; returns how many there were. Linear in the text. */
function blankControls(text: string): { text: string; count: number } {
  let count = 0;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isControl(text.charCodeAt(i))) continue;
    parts.push(text.slice(from, i), " ");
    from = i + 1;
    count += 1;
  }
  if (count === 0) return { text, count };
  parts.push(text.slice(from));
  return { text: parts.join(""), count };
}

export type CleanResult = { text: string; warnings: string[] };

/**
 * The article body as facts refer to it: line endings normalised, control characters and replacement
 * characters turned into spaces, paragraphs that are page furniture dropped, paragraphs separated by one
 * blank line. Every offset in ArticleFacts indexes this string.
 */
export function cleanText(raw: string): CleanResult {
  const warnings: string[] = [];
  let text = raw;
  if (text.length > MAX_TEXT_CHARS) {
    warnings.push(`text is ${text.length} characters; only the first ${MAX_TEXT_CHARS} were read`);
    text = text.slice(0, MAX_TEXT_CHARS);
  }
  const blanked = blankControls(text);
  const controls = blanked.count;
  if (controls > 0) {
    text = blanked.text;
    if (controls > 20 || controls > text.length / 100)
      warnings.push(`text has ${controls} control or undecodable characters: is it binary?`);
  }
  text = text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]+\n/g, "\n");
  const kept: string[] = [];
  let dropped = 0;
  for (const block of text.split(/\n[ \t]*\n+/)) {
    let paragraph = stripTrailingBoilerplate(block.trim()).replace(/[ \t]{2,}/g, " ");
    if (isBoilerplateParagraph(paragraph)) {
      if (paragraph.trim()) dropped += 1;
      continue;
    }
    if (paragraph.length > MAX_PARAGRAPH_CHARS) {
      warnings.push(`a paragraph of ${paragraph.length} characters was cut to ${MAX_PARAGRAPH_CHARS}`);
      paragraph = paragraph.slice(0, MAX_PARAGRAPH_CHARS);
    }
    kept.push(paragraph);
  }
  if (dropped > 0) warnings.push(`dropped ${dropped} boilerplate paragraph${dropped === 1 ? "" : "s"}`);
  return { text: kept.join("\n\n"), warnings };
}
