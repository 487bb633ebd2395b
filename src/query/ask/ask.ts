import type { FactReader } from "../../store/ports/fact-reader.ts";
import { textForms } from "../../text/name-equivalents.ts";
import { foldForMatch } from "../../text/normalize.ts";
import { spellsOut } from "./acronym.ts";
import { type AskCaches, createAskCaches } from "./ask-caches.ts";
import { type Candidate, fromTitle } from "./candidates.ts";
import { compose, factLine, type Line, nested } from "./compose.ts";
import { earlierRole } from "./earlier-role.ts";
import { dateLabel } from "./format-date.ts";
import { refuseInput } from "./input-check.ts";
import { APPOSITIVE, decide, type Judged, judge, type NameForms, rarityOf } from "./judge.ts";
import { type Resolved, resolveContext } from "./resolve-context.ts";
import { buildResult } from "./result.ts";
import { retrieve } from "./retrieve.ts";
import { isCutRole, titleBefore } from "./title-role.ts";
import { type AskContext, type AskResult, EMPTY_CONTEXT } from "./types.ts";
import { understand } from "./understand.ts";
import { bagHas, stemBag, tokens } from "./words.ts";

/** What ask worked out, for the optional language model (which may only rephrase these facts). */
export type AskWork = {
  result: AskResult;
  question: Resolved | null;
  used: Candidate[];
  judged: Judged[];
  /** On a refusal, the nearest facts shown (a follow-up's "he" may mean the person they show). */
  nearest?: Candidate[];
};

/**
 * Answers a question from the store, extractively: 1–3 sentences built from retrieved facts, each cited, or an
 * honest "the articles don't say" with the two nearest facts. Pure reads through the FactReader port.
 */
export function ask(store: FactReader, question: string, context: AskContext = EMPTY_CONTEXT, caches?: AskCaches): AskResult {
  return askWork(store, question, context, caches).result;
}

/**
 * `caches` carries what one asker remembers between questions (ask-caches.ts); without it nothing is kept past
 * this question. Neither the question nor the context is changed.
 */
export function askWork(
  store: FactReader,
  question: string,
  context: AskContext = EMPTY_CONTEXT,
  caches: AskCaches = createAskCaches(store),
): AskWork {
  const refusal = refuseInput(question);
  if (refusal) return { result: buildResult(refusal, false, []), question: null, used: [], judged: [] };
  const resolved = resolveContext(store, understand(store, question, caches.aliasKeys), context, caches);
  const retrieved = retrieve(store, resolved);
  const { topicIds } = retrieved;
  const candidates = resolved.want === "role" ? withTitles(retrieved.candidates, resolved) : retrieved.candidates;
  const forms = nameForms(store, resolved, caches);
  const rarity = rarityOf(resolved.content, candidates);
  const bestFts = Math.max(0, ...candidates.map((candidate) => candidate.fts));
  const sameArticle = unknownByArticle(resolved, candidates, forms);
  // why: in "who said X …?" the quote may speak of X as "he" or not at all; X named anywhere in the quote's
  // article counts half (the store knows which articles name X, whether or not their facts were retrieved).
  if (resolved.want === "speaker" || resolved.speechVerb)
    for (const name of resolved.names)
      if (name.entity.type === "person" && !resolved.subjects.includes(name.entity.id))
        for (const article of store.entityArticles(name.entity.id, 200)) sameArticle.add(`${article.id} ${name.entity.id}`);
  const questionBag = stemBag(resolved.text);
  const judgeAll = (asked: Resolved) =>
    decide(candidates.map((candidate) => judge(candidate, asked, forms, topicIds, rarity, bestFts, sameArticle, questionBag)));
  let q = resolved;
  let judged = judgeAll(q);
  if (q.want === "role" && !judged.some((entry) => entry.supported)) {
    // why: extractors miss many roles; the sentence that introduces a person says who they are just as well.
    // A copy, not the resolved question changed in place: a caller holding it sees what it passed.
    q = { ...q, roleFallback: true };
    judged = judgeAll(q);
  }
  const supported = judged.filter((entry) => entry.supported);
  const entities = q.names.map((name) => name.entity.id);
  const count = q.want === "count" && q.subjects[0] ? store.quoteCount(q.subjects[0]) : null;
  const lines = withEarlierRole(store, q, compose(q, supported, count));
  if (lines.length > 0)
    return { result: buildResult(lines, true, entities), question: q, used: lines.flatMap((line) => line.facts), judged };
  const nearest = nearestFacts(judged);
  return { result: refuse(q, judged, nearest, entities), question: q, used: [], judged, nearest };
}

/**
 * "Who is X?": the titles written before X's full name in the retrieved sentences ("GOP strategist X") join the
 * stored roles, and a stored role cut at an abbreviation ("Sen") is dropped: the sentence says more than it.
 */
function withTitles(candidates: readonly Candidate[], q: Resolved): Candidate[] {
  const people = q.names.filter((name) => name.entity.type === "person");
  const titles = new Map<string, Candidate>();
  for (const fact of candidates) {
    if (fact.type !== "sentence" && fact.type !== "quote") continue;
    for (const person of people) {
      const title = titleBefore(fact.citation.sentence, person.entity.name);
      if (!title) continue;
      const role = fromTitle(fact, person.entity.id, person.entity.name, title);
      if (!titles.has(role.id) && !isCutRole(role)) titles.set(role.id, role);
    }
  }
  return [...candidates.filter((fact) => !isCutRole(fact)), ...titles.values()];
}

/** Every folded spelling of each named entity, so a fact that says "Şahin" counts for "Sahin". */
function nameForms(store: FactReader, q: Resolved, caches: AskCaches): NameForms {
  const forms = new Map<string, string[]>();
  for (const name of q.names) {
    // why: a much-reported person has one alias row per article; the distinct spellings are few and only
    // change when the store's data does, so the asker's cache keeps them until then.
    const spellings = caches.forms(name.entity.id, () => {
      const folded = [name.entity.name, ...store.entityAliases(name.entity.id).map((row) => row.alias)]
        .flatMap(textForms)
        .map(foldForMatch);
      const surnames = name.entity.type === "person" ? folded.map((form) => form.split(" ").at(-1) ?? form) : [];
      return [...new Set([...folded, ...surnames])];
    });
    forms.set(name.entity.id, spellings);
  }
  return forms;
}

/**
 * "article word" for each unknown capitalised word of the question, and "article entity" for each named place,
 * that some retrieved fact of that article holds: the article speaks of it even where one fact does not.
 */
function unknownByArticle(q: Resolved, candidates: readonly Candidate[], forms: NameForms): Set<string> {
  const words = q.unknown.flatMap((name) => tokens(name.text));
  const places = q.names.filter((name) => name.entity.type === "place");
  const found = new Set<string>();
  for (const candidate of candidates) {
    for (const word of words) if (bagHas(candidate.bag, word)) found.add(`${candidate.citation.articleId} ${word}`);
    for (const name of q.unknown)
      if (spellsOut(candidate.citation.sentence, name.text))
        for (const word of tokens(name.text)) found.add(`${candidate.citation.articleId} ${word}`);
    for (const place of places)
      if ((forms.get(place.entity.id) ?? []).some((form) => form.length > 2 && candidate.haystack.includes(form)))
        found.add(`${candidate.citation.articleId} ${place.entity.id}`);
  }
  return found;
}

/** For "who is X?" answered by the sentence introducing X, the sentence before it when it says what X is. */
function withEarlierRole(store: FactReader, q: Resolved, lines: Line[]): Line[] {
  const [first, ...rest] = lines;
  const fact = first?.facts[0];
  if (!first || !fact || q.want !== "role" || !q.roleFallback || APPOSITIVE.test(fact.citation.sentence)) return lines;
  const earlier = earlierRole(store, fact);
  if (!earlier) return lines;
  const text = `${fact.citation.source} (${dateLabel(fact.citation.published)}): "${nested(`${earlier.citation.sentence} ${fact.citation.sentence}`)}"`;
  return [{ text, facts: [earlier, fact] }, ...rest];
}

function nearestFacts(judged: readonly Judged[]): Candidate[] {
  const nearest: Candidate[] = [];
  for (const entry of judged) {
    if (nearest.length >= 2) break;
    // why: the README promises the two closest facts; a fact with no evidence at all is not "close".
    if (entry.score <= 1 || nearest.some((kept) => kept.citation.sentence === entry.candidate.citation.sentence)) continue;
    nearest.push(entry.candidate);
  }
  return nearest;
}

function refuse(q: Resolved, judged: readonly Judged[], nearest: readonly Candidate[], entities: string[]): AskResult {
  const absent = q.unknown.find(
    (name) =>
      !judged.some(
        (entry) => entry.candidate.haystack.includes(foldForMatch(name.text)) || spellsOut(entry.candidate.citation.sentence, name.text),
      ),
  );
  const head = absent ? `The articles don't mention ${absent.text}.` : "The articles don't say.";
  if (nearest.length === 0) return buildResult(head, false, entities);
  const lines: Line[] = nearest.map((fact, index) => ({ text: `${index === 0 ? "Nearest facts: " : ""}${factLine(fact)}`, facts: [fact] }));
  return buildResult([{ text: head, facts: [] }, ...lines], false, entities);
}
