import type { Paragraph } from "../text/segment.ts";
import type { QuoteSpan } from "./quote-span.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTE_START = /[\p{L}\p{N}…“"[(]/u;
/** What may stand before an opening mark: nothing, a space, a bracket, a dash or a double opening mark. */
const BEFORE_OPENER = /[\s([{—–\-/“"]/;
/** What may follow a closing mark: nothing, a space, or punctuation. */
const AFTER_CLOSER = /[\s.,;:!?…)\]}—–\-”"]/;
const SENTENCE_PUNCTUATION = /[.,;:!?…—–\-”"]/;
/**
 * Words that start with an apostrophe standing for dropped letters: ’80s, '05, ’n’, ’em, ’til, ’tis.
 * why: sloppy copy (and autocorrect) types these with an opening mark, which must not open a quote.
 */
const ELISION = /^(?:\d\d(?:s\b|\b)|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|cos\b)/i;

const OPENERS = new Set(["‘", "'"]);
const CLOSERS = new Set(["’", "'"]);

/** How sure a closing mark is: a plural possessive ("the workers’ pay") is only a fallback. */
type CloserStrength = "strong" | "plain" | "possessive";

/**
 * Finds quotes in single quotation marks (‘…’ and '…'), the house style of British papers and the usual
 * nesting inside double quotes, telling them from apostrophes: a mark between letters (don’t, O'Shea) never
 * quotes, an elision (’90s, rock ’n’ roll) never opens, and a closing mark after a plural "s" followed by a
 * word ("the Brits' plans") is a possessive unless no better closing mark follows. A quote left open at the
 * end of a paragraph is kept only when the next paragraph opens with a mark too (a quote that runs on);
 * otherwise the mark was an apostrophe.
 */
export function findSingleQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // why: one pass collects every single mark; paragraphs then walk only their own marks, never the prose.
  const marks = [...text.matchAll(MARK)].map((match) => match.index);
  let k = 0;
  for (const paragraph of paragraphs) {
    while (k < marks.length && (marks[k] ?? 0) < paragraph.start) k += 1;
    while (k < marks.length && (marks[k] ?? 0) < paragraph.end) {
      const open = marks[k] ?? 0;
      if (!opensAt(text, open, paragraph.start)) {
        k += 1;
        continue;
      }
      const { close, nextOpener } = closerFor(text, marks, k, paragraph);
      if (close === -1) {
        if (nextOpener !== -1) {
          k = nextOpener;
          continue;
        }
        const next = paragraphs[paragraph.index + 1];
        if (next && opensAt(text, next.start, next.start)) spans.push(unclosed(text, open, paragraph));
        break;
      }
      spans.push({ open, close, textStart: open + 1, textEnd: close, paragraph: paragraph.index, unclosed: false });
      while (k < marks.length && (marks[k] ?? 0) <= close) k += 1;
    }
  }
  return spans.filter((s) => s.textEnd > s.textStart);
}

// why: two apostrophes in a row are a double quotation mark (marks.ts), never a single one.
const MARK = /(?<!')'(?!')|[‘’]/g;

function opensAt(text: string, i: number, paragraphStart: number): boolean {
  if (!OPENERS.has(text[i] ?? "")) return false;
  const before = i > paragraphStart ? (text[i - 1] ?? "") : "";
  if (before !== "" && !BEFORE_OPENER.test(before)) return false;
  if (!QUOTE_START.test(text[i + 1] ?? "")) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * The closing mark for the quote opened at `marks[from]` (-1 if none), looking no further than the next
 * opening mark, whose index in `marks` is returned too (-1 if none). why: stopping there keeps the scan linear.
 */
function closerFor(
  text: string,
  marks: readonly number[],
  from: number,
  paragraph: Paragraph,
  nested = false,
): { close: number; nextOpener: number } {
  const open = marks[from] ?? 0;
  let fallback = -1;
  for (let j = from + 1; j < marks.length && (marks[j] ?? 0) < paragraph.end; j++) {
    const i = marks[j] ?? 0;
    if (i < open + 2) continue;
    if (opensAt(text, i, paragraph.start)) {
      // why: 'They said 'the offer stands'.' — one quote nested in another with the same marks is skipped whole.
      const inner = nested ? -1 : closerFor(text, marks, j, paragraph, true).close;
      if (inner === -1 || closerStrength(text, inner, paragraph.end) === "possessive") return { close: fallback, nextOpener: j };
      while ((marks[j + 1] ?? Number.POSITIVE_INFINITY) <= inner) j += 1;
      continue;
    }
    const strength = closerStrength(text, i, paragraph.end);
    if (strength === null) continue;
    if (strength !== "possessive") return { close: i, nextOpener: -1 };
    if (fallback === -1) fallback = i;
  }
  return { close: fallback, nextOpener: -1 };
}

function closerStrength(text: string, i: number, end: number): CloserStrength | null {
  if (!CLOSERS.has(text[i] ?? "")) return null;
  const before = text[i - 1] ?? "";
  const after = i + 1 < end ? (text[i + 1] ?? "") : "";
  if (/\s/.test(before) || (after !== "" && !AFTER_CLOSER.test(after))) return null;
  // "rock 'n' roll": the mark after the n closes the elision, not a quote.
  if (/\s['‘’]n$/.test(text.slice(i - 3, i))) return null;
  if (SENTENCE_PUNCTUATION.test(before) || after === "" || SENTENCE_PUNCTUATION.test(after)) return "strong";
  if (/s/i.test(before) && LETTER_OR_DIGIT.test(text[i + 2] ?? "")) return "possessive";
  return "plain";
}

function unclosed(text: string, open: number, paragraph: Paragraph): QuoteSpan {
  let textEnd = paragraph.end;
  while (textEnd > open + 1 && /\s/.test(text[textEnd - 1] ?? "")) textEnd -= 1;
  return { open, close: paragraph.end, textStart: open + 1, textEnd, paragraph: paragraph.index, unclosed: true };
}
