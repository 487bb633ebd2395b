import type { Day } from "./dates/calendar.ts";
import type { NameIndex } from "./names/people.ts";
import type { Mention } from "./names/scan.ts";
import type { QuoteSpan } from "./quotes/quote-span.ts";
import type { Paragraph, Sentence } from "./text/segment.ts";

/** A gender an article states for a person (see names/gender.ts, which reads them). */
export type Gender = "m" | "f";

/** A resolved speaker, as the quote finders pass it around (entity links kept for coreference). */
export type SpeakerRef = {
  name: string | null;
  description?: string;
  role?: string;
  entityId?: string;
  /** Plural descriptions ("officials") can be the antecedent of "they". */
  plural?: boolean;
};

/** Everything the extractor reads once per article and every step shares. */
export type Doc = {
  text: string;
  published: Day;
  source: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  spans: QuoteSpan[];
  mentions: Mention[];
  mentionsBySentence: Mention[][];
  names: NameIndex;
  /** Genders the article states (honorifics, pronouns right after a name), by entity id. */
  genders: Map<string, Gender>;
  /** The speaker credited in each sentence so far, for pronouns and "the spokesperson". */
  speakerBySentence: Map<number, SpeakerRef>;
  /** Unnamed speakers introduced so far, newest last. */
  unnamed: SpeakerRef[];
  warnings: string[];
};
