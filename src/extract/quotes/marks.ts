import type { Paragraph } from "../text/segment.ts";
import type { QuoteSpan } from "./quote-span.ts";
import { findSingleQuoteSpans } from "./single-marks.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const HAS_LETTER = /\p{L}/u;

const OPENERS = new Set(["“", "„", "«"]);
const CLOSERS = new Set(["”", "»"]);
const AMBIGUOUS = new Set(['"', "″"]);

/**
 * Every quotation in the text, in double or single marks, sorted and disjoint. A quotation nested inside
 * another ("He told me 'never again'," she said; ‘They called it “alarmist”,’ he said) is part of the outer
 * quote's words, not a quote of its own.
 * why: an article quotes in one house style. When double marks are its outer quotes, a single-marked span
 * around a double-quoted one is a misread apostrophe ("the 'burbs … the workers' pay"), so it gives way.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const doubles = findDoubleQuoteSpans(text, paragraphs);
  let singles = findSingleQuoteSpans(text, paragraphs);
  const doubleIn = containers(doubles, singles);
  const outerDoubles = doubleIn.filter((i) => i === -1).length;
  const outerSingles = containers(singles, doubles).filter((i) => i === -1).length;
  if (outerDoubles > 0 && outerDoubles >= outerSingles) {
    const aroundDoubles = new Set(doubleIn);
    singles = singles.filter((_, i) => !aroundDoubles.has(i));
  }
  const all = [...doubles, ...singles].sort((a, b) => a.open - b.open || b.close - a.close);
  const outer: QuoteSpan[] = [];
  for (const span of all) {
    const last = outer[outer.length - 1];
    if (last && span.open <= last.close) continue;
    outer.push(span);
  }
  return outer;
}

/** For each span of `inner`, the index of the span of `outer` that contains it, or -1. Both sorted and disjoint. */
function containers(inner: readonly QuoteSpan[], outer: readonly QuoteSpan[]): number[] {
  let j = 0;
  return inner.map((span) => {
    while (j < outer.length && (outer[j]?.close ?? 0) < span.open) j += 1;
    const around = outer[j];
    return around && around.open < span.open && span.close <= around.close ? j : -1;
  });
}

/**
 * Finds double-quoted spans in each paragraph. Straight and curly marks mix freely (copy often opens with
 * one and closes with the other); a straight mark opens when it follows a space, a bracket or the start of
 * the paragraph, and closes otherwise. A mark left open at the end of a paragraph yields an `unclosed` span
 * that runs to the paragraph's end; the caller decides if the next paragraph continues it.
 */
function findDoubleQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    let openAt = -1;
    let openWidth = 1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i] ?? "";
      // why: some archives print quotation marks as two apostrophes (''Yes,'' she said): one ambiguous mark.
      const width = ch === "'" && text[i + 1] === "'" ? 2 : 1;
      const isOpener = OPENERS.has(ch);
      const isCloser = CLOSERS.has(ch);
      if (!isOpener && !isCloser && !AMBIGUOUS.has(ch) && width === 1) continue;
      const before = i > paragraph.start ? (text[i - 1] ?? "") : "";
      const after = text[i + width] ?? "";
      const looksOpening = isOpener || (!isCloser && (before === "" || /[\s([{—–\-/]/.test(before)) && /\S/.test(after));
      if (openAt === -1) {
        // why: a stray closing mark with a word right after it is a mis-typed opener; otherwise skip it.
        if (looksOpening || (isCloser && /[\s(]/.test(before || " ") && HAS_LETTER.test(after))) {
          openAt = i;
          openWidth = width;
        }
        i += width - 1;
        continue;
      }
      if (isOpener && /[\s([{—–]/.test(before || " ")) {
        // A second opener before any closer: the first quote was unbalanced; restart here.
        spans.push(span(openAt, openWidth, i, paragraph.index, true, text));
        openAt = i;
        openWidth = width;
        continue;
      }
      spans.push({
        open: openAt,
        close: i + width - 1,
        textStart: openAt + openWidth,
        textEnd: i,
        paragraph: paragraph.index,
        unclosed: false,
      });
      openAt = -1;
      i += width - 1;
    }
    if (openAt !== -1) spans.push(span(openAt, openWidth, paragraph.end, paragraph.index, true, text));
  }
  return spans.filter((s) => s.textEnd > s.textStart);
}

function span(openAt: number, width: number, end: number, paragraph: number, unclosed: boolean, text: string): QuoteSpan {
  let textEnd = end;
  while (textEnd > openAt + width && /\s/.test(text[textEnd - 1] ?? "")) textEnd -= 1;
  return { open: openAt, close: end, textStart: openAt + width, textEnd, paragraph, unclosed };
}

/** Whether `offset` falls inside any span (spans sorted by `open`). */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (offset < s.open) high = mid - 1;
    else if (offset > s.close) low = mid + 1;
    else return true;
  }
  return false;
}
