import { foldForMatch } from "../../../text/normalize.ts";
import type { Candidate } from "../candidates.ts";
import type { Line } from "../compose.ts";
import { bagHas, contentWords, stemBag, tokens } from "../words.ts";

/** Share of a sentence's meaning words that must be in the facts it cites. */
const MIN_SUPPORT = 0.8;

/**
 * Keeps only the reply's sentences that the facts they cite support: each must cite at least one given fact,
 * its quotations must be verbatim in a cited fact, its numbers and capitalised names must appear there, and
 * most of its other meaning words too. Everything else is dropped; an empty result means "use the extractive answer".
 */
export function supportedLines(reply: string, facts: readonly Candidate[]): Line[] {
  if (/^\s*no answer\b/i.test(reply)) return [];
  // why: the model is told to end each sentence with its citations, so a citation group ends a sentence; a
  // quotation's own full stops then never split it, and trailing text without a citation is dropped.
  const sentences = reply.replace(/\s+/g, " ").match(/[^[\]]*?(?:\s*\[\d+\])+[.!?]?/g) ?? [];
  const lines: Line[] = [];
  for (const raw of sentences) {
    const cited = [...raw.matchAll(/\[(\d+)\]/g)]
      .map((match) => facts[Number(match[1]) - 1])
      .filter((fact): fact is Candidate => fact !== undefined);
    const text = raw.replace(/\s*\[\d+\]/g, "").trim();
    if (text.length === 0 || cited.length === 0) continue;
    if (supports(text, cited)) lines.push({ text, facts: [...new Set(cited)] });
    if (lines.length >= 3) break;
  }
  return lines;
}

function supports(sentence: string, facts: readonly Candidate[]): boolean {
  const haystack = facts
    .map((fact) => `${fact.haystack} ${foldForMatch(fact.citation.published)} ${foldForMatch(fact.citation.source)}`)
    .join(" ");
  const folded = foldForMatch(sentence);
  for (const quoted of folded.matchAll(/"([^"]+)"/g)) if (!haystack.includes((quoted[1] ?? "").trim())) return false;
  const numbers = folded.match(/\d+/g) ?? [];
  if (!numbers.every((number) => haystack.includes(number) || datesMention(facts, number))) return false;
  const names = [...sentence.matchAll(/(?<!^|[.!?]\s)\b\p{Lu}[\p{L}'’-]+/gu)].map((match) => foldForMatch(match[0]).replace(/'s$/, ""));
  if (!names.every((name) => haystack.includes(name))) return false;
  const bag = stemBag(haystack);
  const words = contentWords(sentence).filter((word) => !/^\d+$/.test(word) && word.length > 2);
  if (words.length === 0) return true;
  return words.filter((word) => bagHas(bag, word)).length / words.length >= MIN_SUPPORT;
}

/** "24 Feb 2022" written from a fact dated 2022-02-24: the day and year numbers come from its date. */
function datesMention(facts: readonly Candidate[], number: string): boolean {
  return facts.some((fact) =>
    [fact.date?.date, fact.citation.published].some(
      (date) => date !== undefined && tokens(date).some((part) => Number(part) === Number(number)),
    ),
  );
}
