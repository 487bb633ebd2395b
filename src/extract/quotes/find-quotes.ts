import type { Quote } from "../../domain/facts.ts";
import { foldName } from "../../text/normalize.ts";
import { saidOn } from "../dates/said-on.ts";
import type { Doc } from "../doc.ts";
import { accordingToIn } from "./according-to.ts";
import { asReportedIn } from "./as-reported.ts";
import { readQuoteSpan } from "./direct.ts";
import { indirectIn } from "./indirect.ts";
import { nounCueIn } from "./noun-cue.ts";
import { participleIn } from "./participle.ts";
import { questionIn } from "./question.ts";
import type { RawQuote } from "./raw-quote.ts";
import { temporalReport } from "./temporal-report.ts";
import { urgingIn } from "./urging.ts";
import { findVia } from "./via.ts";

/**
 * Walks the article sentence by sentence so that speakers introduced earlier (by a quote or by reported
 * speech) are known when a later pronoun or "the spokesperson" needs them.
 */
export function findQuotes(doc: Doc): Quote[] {
  const raw: RawQuote[] = [];
  const covered: [number, number][] = [];
  const directAt = new Set<number>();
  let spanIndex = 0;
  let previous: RawQuote | null = null;
  for (const sentence of doc.sentences) {
    while (spanIndex < doc.spans.length && (doc.spans[spanIndex]?.open ?? Number.POSITIVE_INFINITY) < sentence.end) {
      const span = doc.spans[spanIndex];
      if (span) {
        const quote = readQuoteSpan(doc, span, doc.spans, spanIndex, previous);
        if (quote) {
          raw.push(quote);
          previous = quote;
          covered.push([span.open, span.close]);
          if (quote.kind === "direct") directAt.add(span.open);
        }
      }
      spanIndex += 1;
    }
    const here = covered.filter(([open, close]) => open < sentence.end && close >= sentence.start);
    if (here.some(([open]) => directAt.has(open))) {
      // why: "When X suggested that A, Y fired back: \"…\"": a temporal clause of saying before the quotation
      // reports on its own; the rest of the sentence is the quotation's attribution.
      const earlier = temporalReport(doc, sentence, here);
      raw.push(...(earlier ? [earlier.quote] : []), ...participleIn(doc, sentence, here));
      continue;
    }
    // why: participles first, so that a verb inside their clause ("…, saying that the mayor had answered …")
    // cannot credit the sentence to someone the participle's subject spoke about.
    const participles = participleIn(doc, sentence, here);
    const reported = indirectIn(doc, sentence, here);
    // why: a silent credit ("… a person who attended and described her remarks") must not hide the
    // sentence's own "according to" source.
    // A second source in the same sentence ("A, as the Courier reported, and B, according to two aides") keeps
    // its own clause when that clause is not the one already reported.
    const spoken = reported.filter((quote) => !quote.silent);
    const according = accordingToIn(doc, sentence, here).filter((quote) => !spoken.some((other) => overlaps(other.text, quote.text)));
    const credited = spoken.length > 0 ? [...spoken, ...according] : according.length > 0 ? according : reported;
    const primary = credited.length > 0 ? credited : asReportedIn(doc, sentence, here);
    // why: a silent credit ("X confirmed that …") only feeds coreference; a call in the same sentence still counts.
    const urged = primary.some((quote) => !quote.silent) ? [] : urgingIn(doc, sentence, here);
    const calls = urged.length > 0 || primary.some((quote) => !quote.silent) ? urged : questionIn(doc, sentence, here);
    // why: a claim named by a noun ("Fenn's claims that …") only when the sentence reports nothing else.
    const nouns =
      primary.some((quote) => !quote.silent) || calls.length > 0 || participles.length > 0 ? [] : nounCueIn(doc, sentence, here);
    raw.push(...primary, ...calls, ...participles, ...nouns);
  }
  raw.sort((a, b) => a.start - b.start);
  return withDatesAndOutlets(doc, raw).filter((quote, i) => !raw[i]?.silent && !(quote.kind === "indirect" && hasStrayMark(quote.text)));
}

/** Whether two reported clauses share their words (one holds the other, or they open alike). */
function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || a.slice(0, 30) === b.slice(0, 30);
}

function withDatesAndOutlets(doc: Doc, raw: readonly RawQuote[]): Quote[] {
  return raw.map((quote) => {
    const said = saidOn(quote.attribution, doc.published);
    const { name, description, role, entityId } = quote.speaker;
    return {
      text: quote.text,
      kind: quote.kind,
      speaker: { name, ...(description ? { description } : {}), ...(role ? { role } : {}), ...(entityId ? { entityId } : {}) },
      via: relayedThrough(doc, quote),
      saidOn: said,
      sentence: doc.text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
    };
  });
}

/**
 * The outlet the words were relayed through. why: in "…, according to the Alder Courier" the outlet is the
 * source itself (the speaker), not a relay, so via is null rather than a repeat of the speaker.
 */
function relayedThrough(doc: Doc, quote: RawQuote): string | null {
  const via = findVia(doc, quote.attribution);
  return via !== null && quote.speaker.name !== null && foldName(via) === foldName(quote.speaker.name) ? null : via;
}

/**
 * why: reported speech that holds a quotation is the quotation's context: the quoted words are the quote
 * (a partial one), as news annotation records them; the clause around them would state them twice.
 */
function hasStrayMark(text: string): boolean {
  const marks = text.match(/["“”]|''/g)?.length ?? 0;
  if (marks % 2 === 1 || /^["“”']/.test(text)) return true;
  // why: a one- or two-word scare quote or name inside the clause ("the \"Blue House\" compound") is no quote.
  for (const match of text.matchAll(QUOTED_SEGMENT)) if ((match[1] ?? match[2] ?? "").trim().split(/\s+/).length >= 3) return true;
  return false;
}

const QUOTED_SEGMENT = /["“]([^"“”]*)["”]|''(.*?)''/g;
