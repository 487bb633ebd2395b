import { isPersonNoun } from "../../lexicon/wordnet.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { type Candidate, fromSentence } from "./candidates.ts";

/**
 * "The island council has a new leader. Ines Ravel said …": when the sentence that introduces someone says
 * nothing of what they are, the sentence just before it in the same article may. It is offered (and then shown
 * verbatim beside the first, never merged into a claim) only when it names no one and holds a noun that
 * WordNet knows as a kind of person.
 */
export function earlierRole(store: FactReader, fact: Candidate): Candidate | null {
  if (fact.type !== "sentence") return null;
  const id = Number(fact.id.slice(1));
  if (!Number.isInteger(id) || id < 2) return null;
  const row = store.factsByIds([`s${id - 1}`]).sentences[0];
  if (!row || row.articleId !== fact.citation.articleId) return null;
  const words = row.sentence.split(/[^\p{L}'’-]+/u).filter(Boolean);
  // why: a sentence that names someone else describes them, not the person asked about.
  if (words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return null;
  return words.some((word) => /^\p{Ll}/u.test(word) && word.length > 3 && isPersonNoun(word.toLowerCase())) ? fromSentence(row) : null;
}
