import type { StoredEntity } from "../../store/fact-types.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { foldForMatch } from "../../text/normalize.ts";
import { type AskCaches, createAskCaches } from "./ask-caches.ts";
import { type Gender, genderOf, pronounGender } from "./pronoun-gender.ts";
import type { FoundName } from "./question-names.ts";
import type { AskContext } from "./types.ts";
import { asksRole, type Understanding, understand } from "./understand.ts";
import { tokens } from "./words.ts";

/** A question with its thread folded in: pronouns resolved, an elliptical question given its predecessor's subject. */
export type Resolved = Understanding & {
  /** Facts earlier answers in the thread already gave: "what else" skips them. */
  alreadySaid: string[];
  threadFacts: ReadonlySet<string>;
  topic: string | null;
  /** True when something came from the thread (for the answer's wording and for tests). */
  fromThread: boolean;
  /** The facts of the previous answer, when the question points back at it ("when was that?"). */
  lastAnswer: ReadonlySet<string>;
  /** "Who is X?" when the store holds no role for X: a sentence describing X will do. */
  roleFallback: boolean;
  /** "Which state is he governor of?" with nobody in the thread "he" can be: nothing may answer it. */
  pronounUnresolved: boolean;
};

/**
 * Resolves "he", "they", "that" and "what else" from the thread: the most recent person (or people) named in
 * the turns, else the parent message's; an elliptical question ("when was that?") borrows the previous
 * question's words and names. A name in the question itself always wins over the context.
 */
export function resolveContext(
  store: FactReader,
  question: Understanding,
  context: AskContext,
  caches: AskCaches = createAskCaches(store),
): Resolved {
  const alreadySaid = question.whatElse ? context.turns.filter((turn) => turn.author === "bot").map((turn) => turn.text) : [];
  const resolved: Resolved = {
    ...question,
    alreadySaid,
    threadFacts: new Set(context.factIds),
    topic: context.topic,
    fromThread: false,
    roleFallback: false,
    pronounUnresolved: false,
    lastAnswer: new Set(),
  };
  if (question.names.length > 0) return withSubjectPronoun(store, caches, question, context, resolved);
  const elliptical = question.content.length === 0 && question.phrase === null && question.date === null;
  if (question.pronoun === "person" || question.pronoun === "group" || (elliptical && (question.whatElse || question.pronoun === null))) {
    const people = recentEntities(
      store,
      caches,
      context,
      question.pronoun === "group" ? "any" : "person",
      pronounGender(tokens(question.text)),
    );
    if (people.length > 0) {
      const names = people.map((entity) => asName(entity));
      const speech = question.want === "quote" || question.want === "speaker" || question.want === "count" || question.want === "date";
      resolved.names = names;
      resolved.subjects = speech ? names.map((name) => name.entity.id) : [];
      if (question.want === "speaker" && question.pronoun !== null) resolved.want = "quote";
      if (question.wh === "who" && question.want === "fact" && question.pronoun === "person") resolved.want = "role";
      if (question.pronoun === "person" && asksRole(foldForMatch(question.text))) resolved.want = "role";
      resolved.fromThread = true;
    }
  }
  // why: in "who said he was …?" the pronoun belongs to the quote; elsewhere near the start it is who is asked about.
  resolved.pronounUnresolved =
    (question.pronoun === "person" || question.pronoun === "group") &&
    resolved.names.length === 0 &&
    question.want !== "speaker" &&
    question.phrase === null &&
    !WHO_BINDS.test(question.text) &&
    /^(\S+\s+){0,4}(he|she|him|her|his|they|them|their)\b/i.test(question.text);
  if (elliptical && !question.whatElse && (question.refersBack || resolved.names.length === 0)) {
    const previous = [...context.turns].reverse().find((turn) => turn.author === "user");
    if (previous) {
      const before = resolveContext(
        store,
        understand(store, previous.text, caches.aliasKeys),
        {
          ...context,
          turns: context.turns.slice(0, context.turns.lastIndexOf(previous)),
        },
        caches,
      );
      resolved.content = before.content;
      resolved.phrase = before.phrase;
      resolved.unknown = before.unknown;
      resolved.date = question.want === "date" ? null : before.date;
      if (resolved.names.length === 0) {
        resolved.names = before.names;
        resolved.subjects = before.subjects;
        // why: "what is his role?" when the thread names no man: the previous question's names stand in only if it had some.
        resolved.pronounUnresolved =
          before.names.length > 0 ? before.pronounUnresolved : resolved.pronounUnresolved || before.pronounUnresolved;
      }
      resolved.fromThread = true;
      // why: "when was that?" is about what the bot just said; the newest thread facts are that answer's.
      resolved.lastAnswer = new Set(context.factIds.slice(0, 2));
    }
  }
  return resolved;
}

/**
 * "What did he say about <name>?": the pronoun, not the name, is the one speaking, so the name in the question
 * must not stand in for it. why: answering with anyone's words about the named person states that "he" said them.
 * The pronoun is the most recent fitting person of the thread other than those the question names (a pronoun
 * never means a name in its own clause); with nobody to stand for, nothing may answer.
 */
function withSubjectPronoun(
  store: FactReader,
  caches: AskCaches,
  question: Understanding,
  context: AskContext,
  resolved: Resolved,
): Resolved {
  const match = SUBJECT_PRONOUN.exec(question.text);
  if (!match || question.want === "speaker" || question.phrase !== null || WHO_BINDS.test(question.text)) return resolved;
  const group = /^they$/i.test(match[2] ?? "");
  const named = new Set(question.names.map((name) => name.entity.id));
  const people = recentEntities(store, caches, context, group ? "any" : "person", pronounGender(tokens(match[2] ?? "")), named);
  if (people.length === 0) return { ...resolved, pronounUnresolved: true };
  const speakers = people.map((entity) => asName(entity));
  const speech = question.want === "quote" || question.want === "count" || question.want === "date" || question.subjects.length > 0;
  return {
    ...resolved,
    names: [...speakers, ...question.names],
    subjects: speech ? speakers.map((name) => name.entity.id) : resolved.subjects,
    fromThread: true,
  };
}

/** "what did he say about …", "did she ever …", "has they …": a subject pronoun right after the question's opening words. */
const SUBJECT_PRONOUN =
  /^(?:and\s+|so\s+|but\s+)?((?:what|when|where|why|how|which|did|does|do|has|have|had|is|was|were|will|would|could|can)\b(?:\s+\S+){0,2}?)\s+(he|she|they)\b/i;

/** Entities named most recently in the thread (newest turn first, then the parent message), of the wanted type. */
function recentEntities(
  store: FactReader,
  caches: AskCaches,
  context: AskContext,
  type: "person" | "any",
  gender: Gender | null,
  excluded: ReadonlySet<string> = new Set(),
): StoredEntity[] {
  const layers = [...context.turns].reverse().map((turn) => turn.entities);
  layers.push(context.entities);
  const found = layers.map((ids) =>
    ids
      .filter((id) => !excluded.has(id))
      .map((id) => store.entityById(id))
      .filter((row): row is StoredEntity => row !== null && (type === "any" || row.type === "person")),
  );
  if (type === "any") return found.find((rows) => rows.length > 0) ?? [];
  // why: "her" is the most recent person the articles do not show to be a man: the first of the newest turn
  // naming people whose gender is the pronoun's or unknown; an older turn only when all of them are the other.
  if (gender === null) return found.find((rows) => rows.length > 0)?.slice(0, 1) ?? [];
  for (const rows of found) {
    const fits = rows.find((row) => caches.genders(row.id, () => genderOf(store, row)) !== other(gender));
    if (fits) return [fits];
  }
  return [];
}

function asName(entity: StoredEntity): FoundName {
  return { text: entity.name, start: -1, end: -1, entity };
}

/**
 * "Who has signalled he won't …?", "Who said they would …?": when "who" is the subject, a later pronoun is the
 * one asked about, not someone the thread must know ("who did he meet?" keeps its pronoun: an auxiliary after
 * "who" puts the pronoun in the subject's place).
 */
const WHO_BINDS =
  /^(?:and\s+|so\s+|but\s+)?who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+(?:he|she|they|him|her|them)\b)\S+/i;

function other(gender: Gender): Gender {
  return gender === "m" ? "f" : "m";
}
