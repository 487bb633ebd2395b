import { foldForMatch } from "../../text/normalize.ts";
import type { Candidate } from "./candidates.ts";
import type { Resolved } from "./resolve-context.ts";
import { bagMeans, stemBag } from "./words.ts";

/**
 * "Yes" or "No" before the fact that answers a yes-no question, judged on the asked action as the fact states it:
 * "No" when exactly one of question and fact negates it ("Has X joined …?" / "X chose not to join …"), "Not
 * yet" when the question asks what has happened and the fact says it is to come; otherwise "Yes". Null (the
 * fact alone) when the fact does not contain the action: then only the reader can tell.
 */
export function yesOrNo(q: Resolved, fact: Candidate): string | null {
  // why: "Has X said he would consider …?" is judged on "consider" ("he has denied that he would seriously consider
  // it"); "Has X commented on …?", which asks about no other act, on the speech verb ("refused to comment").
  const verb = q.predicate ?? q.claimVerb ?? q.saidVerb;
  if (!verb) return null;
  // why: the negation that counts is the one on the asked action ("chose not to join"), not any "not" in the sentence.
  const sentence = withoutNoCompounds(foldForMatch(fact.type === "quote" ? fact.text : fact.citation.sentence));
  const words = sentence.split(/[^\p{L}\p{N}']+/u);
  const at = words.findIndex((word) => bagMeans(stemBag(word), verb) !== null);
  if (at < 0) return null;
  const before = words.slice(Math.max(0, at - 4), at).join(" ");
  // why: "has denied that he would seriously consider it": a verb of denial governs the clause it opens.
  const denial = DENIAL.test(words.slice(Math.max(0, at - 7), at).join(" "));
  const questionNegated = negatedBefore(q.text, verb);
  if (questionNegated !== (NEGATION.test(before) || denial)) return "No";
  // why: in "has X said he would …?" the "would" is the reported claim's own, not a plan still to come.
  const claim = q.predicate === null && verb === q.claimVerb;
  if (!claim && /^(has|have|had|did|was|were|is|are)\b/i.test(q.text.trim()) && FUTURE.test(before) && !/\b(will|going to)\b/i.test(q.text))
    return "Not yet";
  return "Yes";
}

/** "no-confidence", "non-binding": a compound's "no" negates no action. */
function withoutNoCompounds(text: string): string {
  return text.replace(/\b(no|non|not)-(?=\p{L})/giu, "$1");
}

/**
 * Whether the question negates the asked verb itself: "Hasn't X joined …?", "Did X not join …?"; not "Who has
 * signalled he won't …?", whose negation belongs to the claim. Falls back to the whole question when the verb is
 * not written as such (a phrasal verb joined, "step_in").
 */
function negatedBefore(question: string, verb: string): boolean {
  const text = withoutNoCompounds(foldForMatch(question));
  const words = text.split(/[^\p{L}\p{N}'’]+/u);
  const at = words.indexOf(verb);
  return at < 0 ? NEGATION.test(text) : NEGATION.test(words.slice(Math.max(0, at - 4), at).join(" "));
}

const NEGATION =
  /\b(not|never|no|none|nobody|nothing|neither|nor|cannot|refused|refuses|declined|declines|rejected|rejects|denied|denies|failed|fails|without)\b|n['’]t\b/i;
const DENIAL = /\b(denied|denies|deny|rejected|rejects|dismissed|dismisses|ruled out|rules out)\b/i;
const FUTURE = /\b(will|would|is to|are to|is set to|are set to|scheduled|planned|expected to|due to)\b/i;
