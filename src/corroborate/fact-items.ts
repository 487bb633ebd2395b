import { surnameKeyOf } from "../domain/entity-key.ts";
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

/**
 * Every fact of every article, flattened, each with its origin; and for each article id the surname keys of the
 * people it names (entities, speakers, actors).
 */
export type FactItems = {
  quotes: QuoteItem[];
  events: EventItem[];
  roles: RoleItem[];
  sentences: SentenceItem[];
  peopleIn: Map<string, Set<string>>;
};

export function factItems(inputs: readonly CorroborationInput[], sourceOf: ReadonlyMap<string, string>): FactItems {
  const out: FactItems = { quotes: [], events: [], roles: [], sentences: [], peopleIn: new Map() };
  for (const { facts } of inputs) {
    const origin: Origin = { article: facts.article, source: sourceOf.get(facts.article.id) ?? facts.article.id };
    for (const quote of facts.quotes) out.quotes.push({ ...origin, quote });
    for (const event of facts.events) out.events.push({ ...origin, event });
    out.roles.push(...rolesOf(facts, origin));
    const sentences = new Set([...facts.quotes, ...facts.events].map((fact) => fact.sentence));
    for (const sentence of sentences) out.sentences.push({ ...origin, sentence });
    const ids = [
      ...facts.entities.map((entity) => entity.id),
      ...facts.quotes.map((quote) => quote.speaker.entityId ?? ""),
      ...facts.events.flatMap((event) => event.actors),
    ];
    out.peopleIn.set(facts.article.id, new Set(ids.map((id) => surnameKeyOf(id)).filter((key): key is string => Boolean(key))));
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
