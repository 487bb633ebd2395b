import type { QuoteKind } from "../../domain/facts.ts";
import type { SpeakerRef } from "../doc.ts";

/** A quote found between quotation marks, before dates and outlets are added. */
export type RawQuote = {
  text: string;
  kind: QuoteKind;
  speaker: SpeakerRef;
  /** The text around the quote that credits it (for `via` and `saidOn`). */
  attribution: string;
  start: number;
  end: number;
  paragraph: number;
  /** A credited speech act that is not itself a quote (it only feeds coreference and dates). */
  silent?: boolean;
};
