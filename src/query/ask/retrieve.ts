import type { FactStore } from "../../store/fact-store.ts";
import { type Candidate, fromEvent, fromQuote, fromRole, fromSentence } from "./candidates.ts";
import type { Resolved } from "./resolve-context.ts";
import { tokens } from "./words.ts";

const PER_KIND = 25;
const PER_SPEAKER = 80;
const PER_DATE = 40;
const THREAD_FACTS = 40;
const TOPIC_FACTS = 20;

/**
 * Gathers the candidate facts for a question: full text over quotes, events and sentences; what the named
 * people said and what roles they hold; facts on the named date; the thread's own facts and its topic's.
 * Ranking happens later; this only casts the net (bounded per source, so any store size answers fast).
 */
export function retrieve(store: FactStore, q: Resolved): { candidates: Candidate[]; topicIds: Set<string> } {
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    const known = found.get(candidate.id);
    if (!known || candidate.fts > known.fts) found.set(candidate.id, candidate);
  };
  const nameWords = [...q.names.map((name) => name.entity.name), ...q.unknown.map((name) => name.text)].flatMap(tokens);
  const terms = [...new Set([...q.content, ...nameWords, ...(q.phrase ? tokens(q.phrase) : [])])]
    .filter((word) => word.length > 1)
    .slice(0, 16);
  if (terms.length > 0) {
    const search = { terms, mode: "any" as const };
    for (const row of store.searchQuotes(search, PER_KIND)) add(fromQuote(row));
    for (const row of store.searchEvents(search, PER_KIND)) add(fromEvent(row));
    const sentences = store.searchSentences(search, PER_KIND);
    for (const row of sentences) add(fromSentence(row));
    // why: a quote's own text rarely names who is speaking or about whom; its sentence often does.
    for (const row of store.quotesInSentences(sentences.slice(0, 10).map((sentence) => sentence.id))) add(fromQuote(row));
  }
  if (q.speakerWords.length > 0 && !q.names.some((name) => name.entity.type === "person" && q.subjects.includes(name.entity.id))) {
    for (const row of store.quotesByDescription(q.speakerWords, PER_KIND)) add(fromQuote(row));
  }
  for (const name of q.names.slice(0, 3)) {
    for (const row of store.quotesBySpeaker(name.entity.id, PER_SPEAKER)) add(fromQuote(row));
  }
  if (q.names.length > 0) {
    const byId = new Map(q.names.map((name) => [name.entity.id, name.entity.name]));
    for (const row of store.entityRoles([...byId.keys()])) add(fromRole(row, byId.get(row.entity_id) ?? row.entity_id));
  } else if (q.want === "role" || q.wh === "who") {
    for (const row of store.rolesMatching(q.content, PER_KIND)) add(fromRole(row, store.entityById(row.entity_id)?.name ?? row.entity_id));
  }
  if (q.date?.kind === "range") {
    const range = { from: q.date.query.from, to: q.date.query.to };
    for (const row of store.eventsWithin(range, PER_DATE)) add(fromEvent(row));
    for (const row of store.quotesSaidWithin(range, PER_DATE)) add(fromQuote(row));
    if (q.date.query.precision === "day") {
      for (const row of store.eventsDated(q.date.query.from.slice(0, 7), PER_DATE)) add(fromEvent(row));
    }
  }
  if (q.threadFacts.size > 0) {
    const facts = store.factsByIds([...q.threadFacts].slice(0, THREAD_FACTS));
    for (const row of facts.quotes) add(fromQuote(row));
    for (const row of facts.events) add(fromEvent(row));
    for (const row of facts.sentences) add(fromSentence(row));
  }
  const topicIds = new Set<string>();
  if (q.topic) {
    for (const row of store.topicQuotes(q.topic, TOPIC_FACTS)) topicIds.add(`q${row.id}`);
    for (const row of store.topicEvents(q.topic, TOPIC_FACTS)) topicIds.add(`e${row.id}`);
  }
  return { candidates: [...found.values()], topicIds };
}
