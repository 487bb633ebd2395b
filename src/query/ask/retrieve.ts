import { synonymWords } from "../../lexicon/wordnet.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { type Candidate, fromEvent, fromQuote, fromRole, fromSentence } from "./candidates.ts";
import type { Resolved } from "./resolve-context.ts";
import { contentWords, synonymsOf, tokens } from "./words.ts";

const PER_KIND = 15;
const PER_DROP = 5;
const NEAREST = 3;
const MAX_ROLES = 30;
/** Fewer all-word matches than this, and the one-word-missing searches run too. */
const FEW = 4;
const MAX_GROUPS = 6;
const PER_SPEAKER = 30;
const PER_DATE = 30;
const THREAD_FACTS = 40;
const TOPIC_FACTS = 20;
/** WordNet synonyms added to a word's search forms when a speech question found few quotes. */
const WIDE_SYNONYMS = 8;
/** Meaning words paired up when a paraphrased speech question still found few quotes, and quotes kept per pair. */
const PAIR_GROUPS = 8;
const PER_PAIR = 3;

/**
 * Gathers the candidate facts for a question: full text over quotes, events and sentences; what the named
 * people said and what roles they hold; facts on the named date; the thread's own facts and its topic's.
 * Ranking happens later; this only casts the net (bounded per source, so any store size answers fast).
 */
export function retrieve(store: FactReader, q: Resolved): { candidates: Candidate[]; topicIds: Set<string> } {
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    const known = found.get(candidate.id);
    if (!known || candidate.fts > known.fts) found.set(candidate.id, candidate);
  };
  const seen = (id: string) => found.has(id);
  const sentenceHits: number[] = [];
  const take = (rows: ReturnType<FactReader["matchFacts"]>) => {
    for (const row of rows.quotes) if (!seen(`q${row.id}`)) add(fromQuote(row));
    for (const row of rows.events) if (!seen(`e${row.id}`)) add(fromEvent(row));
    for (const row of rows.sentences) {
      if (!seen(`s${row.id}`)) add(fromSentence(row));
      sentenceHits.push(row.id);
    }
  };
  const nameWords = new Set(q.unknown.flatMap((name) => tokens(name.text)));
  const meaning = [...q.content, ...nameWords, ...(q.phrase ? contentWords(q.phrase) : [])];
  const named = q.names.filter((name) => !q.subjects.includes(name.entity.id)).map((name) => nameGroup(name.entity.name));
  const subjects = q.names.filter((name) => q.subjects.includes(name.entity.id)).map((name) => nameGroup(name.entity.name));
  // why: a quoted phrase is searched as written (no synonyms), and in quotes first.
  const wordGroups = q.phrase
    ? contentWords(q.phrase).map((word) => [word])
    : [...new Set(meaning)].map((word) => wordGroup(word, nameWords.has(word)));
  const textGroups = wordGroups.concat(named, subjects).slice(0, MAX_GROUPS);
  const quoteGroups = wordGroups.concat(named).slice(0, MAX_GROUPS);
  const speech = q.want === "quote" || q.want === "speaker" || q.want === "count";
  let quotesFound = 0;
  for (const kind of ["quote", "event", "sentence"] as const) {
    const groups = kind === "quote" ? quoteGroups : textGroups;
    if (groups.length === 0) continue;
    // why: when the question wants speech and quotes answered it, events and sentences add cost, not answers.
    if (kind !== "quote" && speech && quotesFound >= FEW) continue;
    if (kind === "event" && (q.phrase || speech || q.want === "role")) continue;
    const before = found.size;
    const all = store.matchFacts(kind, groups, PER_KIND);
    take(all);
    if (kind === "quote") {
      quotesFound = all.quotes.filter(
        (row) => q.subjects.length === 0 || (row.speakerId !== null && q.subjects.includes(row.speakerId)),
      ).length;
    }
    // why: the honesty rule lets one meaning word in three be missing, so when few facts have them all,
    // search with each one left out; when none has even that, single words find the nearest facts.
    if (groups.length >= 3 && found.size - before < FEW) {
      for (const [index] of groups.entries()) take(store.matchFacts(kind, groups.toSpliced(index, 1), PER_DROP));
    }
    if (found.size === before && groups.length > 1) for (const group of groups.slice(0, 3)) take(store.matchFacts(kind, [group], NEAREST));
  }
  // why: a paraphrased "who said …?" shares only a few words with the quote, some of them as WordNet synonyms
  // ("crazy" for "mad"); when the searches above found few quotes, search again with synonyms, any two words
  // of the question allowed missing. Only then: the extra searches cost, and a busy store rarely needs them.
  // why: "who predicted / conceded / joked …?" asks who said it as "who said …?" does (the quote is the act).
  if ((speech || q.speechVerb) && !q.phrase && quotesFound < FEW) {
    const wide = wordGroups.map((group) => [...group, ...synonymWords(group[0] ?? "", WIDE_SYNONYMS)]).concat(named);
    const groups = wide.slice(0, MAX_GROUPS);
    for (const subset of subsetsMissingUpTo(groups, groups.length >= 4 ? 2 : 1)) take(store.matchFacts("quote", subset, PER_DROP));
    // why: a paraphrase may share only two of its words with the quote ("zoo", "days"): any two meaning words
    // of the question that one quote holds together find it; the judge then weighs how much more it holds.
    const pairGroups = wide.slice(0, PAIR_GROUPS);
    for (let i = 0; i < pairGroups.length; i++)
      for (let j = i + 1; j < pairGroups.length; j++) take(store.matchFacts("quote", [pairGroups[i] ?? [], pairGroups[j] ?? []], PER_PAIR));
  }
  // why: a quote's own text rarely names who is speaking or about whom; its sentence often does.
  for (const row of store.quotesInSentences(sentenceHits.slice(0, 30))) if (!seen(`q${row.id}`)) add(fromQuote(row));
  if (q.speakerWords.length > 0 && !q.names.some((name) => name.entity.type === "person" && q.subjects.includes(name.entity.id))) {
    for (const row of store.quotesByDescription(q.speakerWords, PER_KIND)) add(fromQuote(row));
  }
  for (const name of q.names.slice(0, 3)) {
    for (const row of store.quotesBySpeaker(name.entity.id, PER_SPEAKER)) if (!seen(`q${row.id}`)) add(fromQuote(row));
  }
  if (q.names.length > 0 && (q.want === "role" || q.wh === "who")) {
    const byId = new Map(q.names.map((name) => [name.entity.id, name.entity.name]));
    // why: a much-reported person has a role in every article; the newest few say it all, and judging hundreds costs.
    for (const row of store.entityRoles([...byId.keys()], MAX_ROLES)) add(fromRole(row, byId.get(row.entityId) ?? row.entityId));
  } else if (q.want === "role" || q.wh === "who") {
    for (const row of store.rolesMatching(q.content, PER_KIND)) add(fromRole(row, store.entityById(row.entityId)?.name ?? row.entityId));
  }
  if (q.date?.kind === "range") {
    const range = { from: q.date.query.from, to: q.date.query.to };
    for (const row of store.eventsWithin(range, PER_DATE)) add(fromEvent(row));
    for (const row of store.quotesSaidWithin(range, PER_DATE)) add(fromQuote(row));
    if (q.date.query.precision === "day") {
      for (const row of store.eventsDated(q.date.query.from.slice(0, 7), PER_DATE)) add(fromEvent(row));
    }
  }
  if (q.date?.kind === "month-day") {
    // why: "what is planned for April 22?" names no year; the day's words find the facts that state it.
    const groups = q.date.words.map((word) => [word]);
    for (const kind of ["event", "quote", "sentence"] as const) take(store.matchFacts(kind, groups, PER_DATE));
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

/** The groups with every choice of up to `missing` of them left out (at least two groups kept). */
function subsetsMissingUpTo<T>(groups: readonly T[], missing: number): T[][] {
  const out: T[][] = [groups.slice()];
  const n = groups.length;
  for (let i = 0; i < n && missing >= 1 && n - 1 >= 2; i++) out.push(groups.filter((_, k) => k !== i));
  for (let i = 0; i < n && missing >= 2 && n - 2 >= 2; i++)
    for (let j = i + 1; j < n; j++) out.push(groups.filter((_, k) => k !== i && k !== j));
  return out;
}

/**
 * A word's forms for full-text search: itself and its synonyms; for a name, also a prefix so "Bolivian"
 * finds "Bolivia" (the index stems inflections already; prefixes are costly, so only names get one).
 */
function wordGroup(word: string, isName: boolean): string[] {
  // why: a phrasal verb ("step_in") is searched as its words and as its one-word synonyms ("intervene").
  const forms = [word, ...synonymsOf(word), ...(word.includes("_") ? synonymWords(word, 4) : [])];
  if (isName && word.length >= 6 && !/\d/.test(word)) forms.push(`${word.slice(0, Math.max(5, word.length - 2))}*`);
  return [...new Set(forms)];
}

/** A name's forms: the full name and its last word (articles often use the surname alone). */
function nameGroup(name: string): string[] {
  const words = tokens(name);
  const last = words.at(-1);
  return [...new Set([words.join(" "), ...(last && last.length > 2 ? [last] : [])])].filter(Boolean);
}
