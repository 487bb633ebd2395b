import { surnameKeyOf } from "../domain/entity-key.ts";
import type { Speaker } from "../domain/facts.ts";
import { foldForMatch } from "../text/normalize.ts";
import { pairsSharingKey } from "./candidate-pairs.ts";
import type { QuoteItem } from "./fact-items.ts";
import { quoteWords, relationOfWords, wordCount } from "./quote-words.ts";
import { differentPeople, samePerson } from "./same-person.ts";
import type { Conflict } from "./types.ts";
import { createUnionFind, groupsOf } from "./union-find.ts";

/** why 3: a shorter quote inside a longer one by the same speaker must be a phrase, not a stray word ("unacceptable"). */
const MIN_CONTAINED_WORDS = 3;
/**
 * why 6: short phrases ("we will not give up", "a difficult day") are said by many people; the same six or more words
 * credited to two people is a misattribution, not a coincidence.
 */
const MIN_CONFLICT_WORDS = 6;

/**
 * The same words from the same speaker, in any article: one group each. One quote inside another counts only between
 * verbatim quotes (direct or partial); reported speech merges on the very same words.
 */
export function groupQuotes(items: readonly QuoteItem[]): number[][] {
  const folded = items.map((item) => quoteWords(item.quote.text));
  const sets = createUnionFind(items.length);
  for (const [i, j] of pairsSharingKey(items.map((item) => speakerKeys(item.quote.speaker)))) {
    const a = items[i]?.quote;
    const b = items[j]?.quote;
    if (!a || !b || !sameSpeaker(a.speaker, b.speaker)) continue;
    // why: reported speech is the reporter's paraphrase; a fragment of it inside another's is no evidence of one statement
    const verbatim = a.kind !== "indirect" && b.kind !== "indirect";
    if (relationOfWords(folded[i] ?? "", folded[j] ?? "", verbatim ? MIN_CONTAINED_WORDS : Number.POSITIVE_INFINITY)) sets.union(i, j);
  }
  return groupsOf(sets, items.length);
}

/**
 * The same verbatim words (direct or partial quotes, at least six words, or one inside the other) credited to
 * two different named people by two different sources. Indirect quotes are the reporter's words, so they are
 * left out; so is an unnamed speaker ("a spokesperson") against a named one, which may be the same person.
 * Not a conflict either when one article also names the other's speaker (`peopleIn`: surname keys by article id).
 * why: then the likelier story is a reading error (a "she" resolved to the wrong person, a place read as a
 * speaker) rather than two outlets disagreeing; precision first.
 */
export function quoteConflicts(items: readonly QuoteItem[], peopleIn: ReadonlyMap<string, ReadonlySet<string>>): Conflict[] {
  const names = (article: string, speaker: Speaker) => {
    const key = speaker.entityId ? surnameKeyOf(speaker.entityId) : null;
    return Boolean(key && peopleIn.get(article)?.has(key));
  };
  const verbatim = items.filter((item) => item.quote.kind !== "indirect" && item.quote.speaker.name);
  const folded = verbatim.map((item) => quoteWords(item.quote.text));
  const lengths = folded.map(wordCount);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  // why six-word runs as keys: a quote of six or more words inside another shares its first run with it
  for (const [i, j] of pairsSharingKey(folded.map(wordRuns))) {
    const a = verbatim[i];
    const b = verbatim[j];
    const x = folded[i] ?? "";
    const y = folded[j] ?? "";
    if (!a || !b || a.source === b.source) continue;
    const speakerA = { entityId: a.quote.speaker.entityId, name: a.quote.speaker.name };
    const speakerB = { entityId: b.quote.speaker.entityId, name: b.quote.speaker.name };
    if (!differentPeople(speakerA, speakerB)) continue;
    if (Math.min(lengths[i] ?? 0, lengths[j] ?? 0) < MIN_CONFLICT_WORDS || !relationOfWords(x, y, MIN_CONFLICT_WORDS)) continue;
    if (names(a.article.id, b.quote.speaker) || names(b.article.id, a.quote.speaker)) continue;
    const key = [a.quote.speaker.entityId, b.quote.speaker.entityId, a.article.id, b.article.id].sort().join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      kind: "speaker",
      about: (x.length <= y.length ? a : b).quote.text,
      versions: [
        { article: a.article, value: a.quote.speaker.name ?? "", text: a.quote.text, sentence: a.quote.sentence },
        { article: b.article, value: b.quote.speaker.name ?? "", text: b.quote.text, sentence: b.quote.sentence },
      ],
    });
  }
  return out;
}

/** Named speakers: the same person; unnamed ones: the same description ("a port spokesperson"). */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.name && b.name) return samePerson({ entityId: a.entityId, name: a.name }, { entityId: b.entityId, name: b.name });
  if (a.name || b.name) return false;
  const x = foldForMatch(a.description ?? "");
  return x !== "" && x === foldForMatch(b.description ?? "");
}

/** What two quotes of one speaker must share: the surname key (or id) of a named speaker, the description of an unnamed one. */
function speakerKeys(speaker: Speaker): string[] {
  if (speaker.name) return speaker.entityId ? [`n:${surnameKeyOf(speaker.entityId) ?? speaker.entityId}`] : [];
  const description = foldForMatch(speaker.description ?? "");
  return description ? [`d:${description}`] : [];
}

/** Every run of six words of a folded quote: a quote inside another shares its first run. */
function wordRuns(folded: string): string[] {
  const words = folded.split(" ");
  const out: string[] = [];
  for (let i = 0; i + MIN_CONFLICT_WORDS <= words.length; i++) out.push(words.slice(i, i + MIN_CONFLICT_WORDS).join(" "));
  return out;
}
