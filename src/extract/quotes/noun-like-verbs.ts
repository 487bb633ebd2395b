// Reporting verbs that are also common nouns ("a report", "the state director", "a claim"): when such a word is a verb.

/** Verb forms that are also common nouns ("a report", "the post", "Soviet states"). */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set(
  "counter post report state call note comment answer claim tweet reply estimate promise vow pledge demand fear hope worry joke quip boast label brand remark plead mention hint retort continue conclude states reports claims calls answers comments posts tweets replies remarks estimates counters notes".split(
    " ",
  ),
);

/** What may stand before a finite verb of those: a pronoun, a plural noun, a name, a modal or an adverb. */
const FINITE_AFTER =
  /(?:\b(?:they|we|i|you|he|she|it|who|also|still|often|will|would|could|can|may|might|should|must|did|do|does|to)|\p{Ll}{2,}s|\p{Lu}\p{L}+|\p{Ll}+ly)\s+$/u;

const COMPOUND_HEAD_NEXT = /^\s+\p{Ll}{3,}(?:\s+\p{Ll}{3,})?,/u;

/**
 * why: "Running counter to …", "the post", "the mayor's state director, X, …": a base form or an "-s" form that is
 * also a noun is a verb only after a pronoun, a plural subject, a modal or an adverb, or with "that" after it.
 */
export function nounNotVerb(word: string, before: string, after: string): boolean {
  // why: "Whitfield, who chairs the committee, calls her …": after an apposition's closing comma it is the verb.
  if (!NOUN_LIKE_FORMS.has(word) || /^\s+that\b/.test(after) || /,\s*$/.test(before)) return false;
  // why: "Virginia state director, …": a noun compound ends in a lowercase head before a comma.
  return !FINITE_AFTER.test(before) || COMPOUND_HEAD_NEXT.test(after);
}
