import type { Topic } from "../../../config/file-schema.ts";
import type { RootCommand } from "../../store/conversation-types.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { parseDateExpression } from "../date-expression.ts";
import { resolveName } from "../name-resolver.ts";
import { askWork } from "./ask.ts";
import type { AskCaches } from "./ask-caches.ts";

/** What a thread's parent message was about: its topic, the people it named and the facts it showed. */
export type ThreadRoot = { topic: string | null; entities: string[]; factIds: string[] };

const FACTS_MAX = 30;

/**
 * Works out a parent message's context from the command that produced it, given as data (`who` with its
 * `speaker`, `topic` with its `name`, `on` with its `date`, `ask` with its `question`), by asking the store the same
 * question again. `line` is the command as it reads; a command with no context of its own is read as a question.
 */
export function deriveThreadRootOf(
  store: FactReader,
  topics: readonly Topic[],
  command: RootCommand,
  line: string,
  caches: AskCaches,
): ThreadRoot {
  const arg = (key: string) => {
    const value = command.args[key];
    return typeof value === "string" ? value.trim() : "";
  };
  // why: the same slug chat's topic argument reads ("Coastal Fisheries" → coastal-fisheries).
  const slug =
    command.name === "topic"
      ? arg("name")
          .toLowerCase()
          .replace(/[\s_]+/g, "-")
      : "";
  const person = command.name === "who" ? arg("speaker") : command.name === "entity" ? arg("name") : "";
  const root =
    (topics.some((topic) => topic.slug === slug) ? topicRoot(store, slug) : null) ??
    (person ? personRoot(store, person, caches) : null) ??
    (command.name === "on" ? dateRoot(store, arg("date")) : null);
  return root ?? questionRoot(store, command.name === "ask" ? arg("question") : withoutPrefix(line), caches);
}

/**
 * Works out a parent message's context from the readable command line that produced it (`/brief who X`,
 * `/brief <topic>`, `/brief on <date>`, or a question). why: roots stored before commands were kept as data, and
 * platforms that only have text (Slack, the terminal), still come this way.
 */
export function deriveThreadRoot(store: FactReader, topics: readonly Topic[], command: string, caches: AskCaches): ThreadRoot {
  const words = withoutPrefix(command).split(/\s+/).filter(Boolean);
  const [first = "", ...rest] = words;
  const name = first.toLowerCase();
  const argument = rest.join(" ").replace(/^["“']|["”']$/g, "");
  const slug = name === "topic" ? (rest[0] ?? "").toLowerCase() : name;
  if (topics.some((topic) => topic.slug === slug) && (name === "topic" || rest.length === 0)) return topicRoot(store, slug);
  const root =
    ((name === "who" || name === "entity") && argument ? personRoot(store, argument, caches) : null) ??
    (name === "on" && argument ? dateRoot(store, argument) : null);
  return root ?? questionRoot(store, name === "ask" ? argument : words.join(" "), caches);
}

function withoutPrefix(line: string): string {
  return line
    .trim()
    .replace(/^\/brief\b/i, "")
    .trim();
}

function topicRoot(store: FactReader, slug: string): ThreadRoot {
  const quotes = store.topicQuotes(slug, 10).map((row) => `q${row.id}`);
  const events = store.topicEvents(slug, 12).map((row) => `e${row.id}`);
  return { topic: slug, entities: store.topicPeople(slug, 6).map((row) => row.id), factIds: [...quotes, ...events] };
}

function personRoot(store: FactReader, name: string, caches: AskCaches): ThreadRoot | null {
  const person = resolveName(store, name, caches.aliasKeys).entities[0];
  if (!person) return null;
  return { topic: null, entities: [person.id], factIds: store.quotesBySpeaker(person.id, FACTS_MAX).map((row) => `q${row.id}`) };
}

function dateRoot(store: FactReader, expression: string): ThreadRoot | null {
  if (!expression) return null;
  const range = parseDateExpression(expression);
  if ("error" in range) return null;
  return { topic: null, entities: [], factIds: store.eventsWithin(range, FACTS_MAX).map((row) => `e${row.id}`) };
}

function questionRoot(store: FactReader, question: string, caches: AskCaches): ThreadRoot {
  const work = askWork(store, question, undefined, caches);
  const speakers = work.used.map((fact) => fact.entityId).filter((id): id is string => id !== null);
  return {
    topic: null,
    entities: [...new Set([...work.result.entities, ...speakers])],
    factIds: work.used.map((fact) => fact.id).filter((id) => !id.startsWith("r:")),
  };
}
