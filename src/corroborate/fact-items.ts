import type { Event, Quote } from "../domain/facts.ts";
import { foldForMatch } from "../text/normalize.ts";
import type { PersonMention } from "./same-person.ts";
import type { CorroborationInput } from "./types.ts";

type ArticleRef = CorroborationInput["facts"]["article"];

/** Where a fact comes from: its article and the source that article belongs to (see wire-copies.ts). */
export type Origin = { article: ArticleRef; source: string };

export type QuoteItem = Origin & { quote: Quote };
export type EventItem = Origin & { event: Event };
export type RoleItem = Origin & { person: PersonMention & { name: string }; role: string; sentence: string };
export type SentenceItem = Origin & { sentence: string };

/** Every fact of every article, flattened, each with its origin. */
export type FactItems = { quotes: QuoteItem[]; events: EventItem[]; roles: RoleItem[]; sentences: SentenceItem[] };

export function factItems(inputs: readonly CorroborationInput[], sourceOf: ReadonlyMap<string, string>): FactItems {
  const out: FactItems = { quotes: [], events: [], roles: [], sentences: [] };
  for (const { facts } of inputs) {
    const origin: Origin = { article: facts.article, source: sourceOf.get(facts.article.id) ?? facts.article.id };
    for (const quote of facts.quotes) out.quotes.push({ ...origin, quote });
    for (const event of facts.events) out.events.push({ ...origin, event });
    out.roles.push(...rolesOf(facts, origin));
    const sentences = new Set([...facts.quotes, ...facts.events].map((fact) => fact.sentence));
    for (const sentence of sentences) out.sentences.push({ ...origin, sentence });
  }
  return out;
}

/**
 * The roles an article gives: its entities' roles and its named speakers' roles, once each per person and wording.
 * why both: the extractor keeps a speaker's role on the quote ("said X, chair of the union") and not always on the entity.
 */
function rolesOf(facts: CorroborationInput["facts"], origin: Origin): RoleItem[] {
  const out: RoleItem[] = [];
  const seen = new Set<string>();
  const add = (entityId: string | undefined, name: string, role: string, sentence: string) => {
    const key = `${entityId ?? name}\u0000${foldForMatch(role)}`;
    if (!role.trim() || seen.has(key)) return;
    seen.add(key);
    out.push({ ...origin, person: { entityId, name }, role, sentence });
  };
  for (const entity of facts.entities)
    if (entity.type === "person") for (const role of entity.roles) add(entity.id, entity.name, role.text, role.sentence);
  for (const quote of facts.quotes)
    if (quote.speaker.name && quote.speaker.role) add(quote.speaker.entityId, quote.speaker.name, quote.speaker.role, quote.sentence);
  return out;
}
