import type { CitedEvent, CitedQuote, CitedRole, CitedSentence } from "../../store/fact-types.ts";
import { foldForMatch } from "../../text/normalize.ts";
import { citationOf, eventItem, quoteItem } from "../items.ts";
import type { Citation, FactDate } from "../types.ts";
import type { AskFactType } from "./types.ts";
import { stemBag } from "./words.ts";

/** One retrieved fact with what ranking and checking need: the words it contains and whom it is about. */
export type Candidate = {
  id: string;
  type: Exclude<AskFactType, "count">;
  text: string;
  who: string | null;
  /** The speaker (quotes) or the entity (roles). */
  entityId: string | null;
  date: FactDate | null;
  quoteKind: "direct" | "partial" | "indirect" | null;
  via: string | null;
  citation: Citation;
  /** Folded text of everything the fact says: its text, sentence, speaker and role. */
  haystack: string;
  /** Folded speaker name, role and description of a quote ("" otherwise): "ministry spokesperson". */
  speakerText: string;
  bag: Set<string>;
  /** Full-text relevance (higher is better), 0 when fetched another way. */
  fts: number;
};

function make(base: Omit<Candidate, "haystack" | "bag" | "speakerText">, extra: readonly (string | null)[]): Candidate {
  const haystack = foldForMatch([base.text, base.citation.sentence, base.who, ...extra].filter(Boolean).join(" \n "));
  const speakerText = base.type === "quote" ? foldForMatch([base.who, ...extra].filter(Boolean).join(" ")) : "";
  return { ...base, haystack, speakerText, bag: stemBag(haystack) };
}

export function fromQuote(row: CitedQuote): Candidate {
  const item = quoteItem(row);
  return make(
    {
      id: item.id,
      type: "quote",
      text: item.text,
      who: item.speaker.name ?? item.speaker.description,
      entityId: item.speaker.entityId,
      date: item.saidOn,
      quoteKind: item.kind,
      via: item.via,
      citation: item.citation,
      fts: row.score,
    },
    [item.speaker.role, item.speaker.description, item.via],
  );
}

export function fromEvent(row: CitedEvent): Candidate {
  const item = eventItem(row);
  return make(
    {
      id: item.id,
      type: "event",
      text: item.summary,
      who: null,
      entityId: null,
      date: item.date,
      quoteKind: null,
      via: null,
      citation: item.citation,
      fts: row.score,
    },
    item.actors,
  );
}

export function fromSentence(row: CitedSentence): Candidate {
  return make(
    {
      id: `s${row.id}`,
      type: "sentence",
      text: row.sentence,
      who: null,
      entityId: null,
      date: null,
      quoteKind: null,
      via: null,
      citation: citationOf(row),
      fts: row.score,
    },
    [],
  );
}

export function fromRole(row: CitedRole, name: string): Candidate {
  return make(
    {
      id: `r:${row.entityId}:${row.articleId}:${foldForMatch(row.role)}`,
      type: "role",
      text: row.role,
      who: name,
      entityId: row.entityId,
      date: null,
      quoteKind: null,
      via: null,
      citation: citationOf(row),
      fts: 0,
    },
    [],
  );
}

/** A title the article writes before a person's name ("GOP strategist"), as a role cited to that sentence. */
export function fromTitle(fact: Candidate, entityId: string, name: string, title: string): Candidate {
  return make(
    {
      id: `t:${entityId}:${fact.citation.articleId}:${foldForMatch(title)}`,
      type: "role",
      text: title,
      who: name,
      entityId,
      date: null,
      quoteKind: null,
      via: null,
      citation: fact.citation,
      fts: 0,
    },
    [],
  );
}
