import { partialDateLabel } from "../../domain/date-label.ts";
import type { QuoteItem } from "../../query/types.ts";
import type { Block } from "../document.ts";
import type { Citations } from "./citations.ts";

/** The speaker as a reader would name them: the name, or the article's description of an unnamed one. */
export function speakerName(quote: QuoteItem): string {
  return quote.speaker.name ?? quote.speaker.description ?? "an unnamed speaker";
}

/**
 * "Name, 27 Mar 2022 (Outlet, via Agency)". When the article does not say when the words were said, the
 * publication day is given as "reported …" rather than passed off as the day they were said.
 */
export function attribution(quote: QuoteItem, options: { withName?: boolean } = {}): string {
  const when = quote.saidOn ? partialDateLabel(quote.saidOn.date) : `reported ${partialDateLabel(quote.citation.published)}`;
  const via = quote.via && quote.via !== quote.citation.source ? `, via ${quote.via}` : "";
  const where = `${when} (${quote.citation.source}${via})`;
  return options.withName === false ? where : `${speakerName(quote)}, ${where}`;
}

/** True for verbatim words (direct or partial quotes); reported speech is shown without quotation marks. */
export function isVerbatim(quote: QuoteItem): boolean {
  return quote.kind !== "indirect";
}

export function quoteBlock(quote: QuoteItem, citations: Citations, options: { withName?: boolean } = {}): Block {
  return {
    type: "quote",
    // why: extractors keep the comma that closed the quotation ("…to peace," he said); a quote shown alone ends cleanly.
    text: quote.text.replace(/[,;:]\s*$/, ""),
    attribution: attribution(quote, options),
    cites: [citations.cite(quote.citation)],
    ...(isVerbatim(quote) ? {} : { reported: true }),
  };
}
