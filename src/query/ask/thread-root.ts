import type { Topic } from "../../../config/file-schema.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { parseDateExpression } from "../date-expression.ts";
import { resolveName } from "../name-resolver.ts";
import { askWork } from "./ask.ts";
import type { AskCaches } from "./ask-caches.ts";

/** What a thread's parent message was about: its topic, the people it named and the facts it showed. */
export type ThreadRoot = { topic: string | null; entities: string[]; factIds: string[] };

const FACTS_MAX = 30;

/**
 * Works out a parent message's context from the command that produced it (`/brief who X`, `/brief <topic>`,
 * `/brief on <date>`, or a question), by asking the store the same question again. Adapters only know the
 * command text and the answer's summary; this keeps them free of query details.
 */
export function deriveThreadRoot(store: FactReader, topics: readonly Topic[], command: string, caches: AskCaches): ThreadRoot {
  const words = command
    .trim()
    .replace(/^\/brief\b/i, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const [first = "", ...rest] = words;
  const name = first.toLowerCase();
  const argument = rest.join(" ").replace(/^["“']|["”']$/g, "");
  const slug = name === "topic" ? (rest[0] ?? "").toLowerCase() : name;
  if (topics.some((topic) => topic.slug === slug) && (name === "topic" || rest.length === 0)) {
    const quotes = store.topicQuotes(slug, 10).map((row) => `q${row.id}`);
    const events = store.topicEvents(slug, 12).map((row) => `e${row.id}`);
    return { topic: slug, entities: store.topicPeople(slug, 6).map((row) => row.id), factIds: [...quotes, ...events] };
  }
  if ((name === "who" || name === "entity") && argument) {
    const person = resolveName(store, argument, caches.aliasKeys).entities[0];
    if (person)
      return { topic: null, entities: [person.id], factIds: store.quotesBySpeaker(person.id, FACTS_MAX).map((row) => `q${row.id}`) };
  }
  if (name === "on" && argument) {
    const range = parseDateExpression(argument);
    if (!("error" in range)) return { topic: null, entities: [], factIds: store.eventsWithin(range, FACTS_MAX).map((row) => `e${row.id}`) };
  }
  const question = name === "ask" ? argument : words.join(" ");
  const work = askWork(store, question, undefined, caches);
  const speakers = work.used.map((fact) => fact.entityId).filter((id): id is string => id !== null);
  return {
    topic: null,
    entities: [...new Set([...work.result.entities, ...speakers])],
    factIds: work.used.map((fact) => fact.id).filter((id) => !id.startsWith("r:")),
  };
}
