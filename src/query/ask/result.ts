import type { Candidate } from "./candidates.ts";
import type { Line } from "./compose.ts";
import type { AskCitation, AskFact, AskResult } from "./types.ts";

/**
 * Turns answer lines into the public result: each line followed by its citation numbers ([1], [2]), the
 * citations deduplicated by article, and the facts each pointing at its citation.
 */
export function buildResult(lines: readonly Line[] | string, answered: boolean, entities: string[]): AskResult {
  if (typeof lines === "string") return { answer: lines, answered, citations: [], facts: [], entities, composer: "extractive" };
  const citations: AskCitation[] = [];
  const facts: AskFact[] = [];
  // why: one article is one source: cited once per answer, however many of its sentences the answer uses.
  const indexOf = (fact: Candidate): number => {
    const at = citations.findIndex((c) => c.articleId === fact.citation.articleId);
    if (at >= 0) return at;
    const { articleId, source, url, sentence, published, title } = fact.citation;
    citations.push({ articleId, source, url, sentence, published, title });
    return citations.length - 1;
  };
  const text = lines.map((line) => {
    const marks = [...new Set(line.facts.map((fact) => indexOf(fact)))];
    for (const fact of line.facts) {
      if (facts.some((kept) => kept.id === fact.id)) continue;
      facts.push({ id: fact.id, type: fact.type, text: fact.text, who: fact.who, date: fact.date, citation: indexOf(fact) });
    }
    return marks.length > 0 ? `${line.text} ${marks.map((n) => `[${n + 1}]`).join("")}` : line.text;
  });
  return { answer: onceOnly(text.join(" ")), answered, citations, facts, entities, composer: "extractive" };
}

const RESOLVED_NOTE = ", dated from the article's publication day";

/** The note on dates worked out from "on Saturday" is said once, at its first use, not on every line. */
function onceOnly(answer: string): string {
  const first = answer.indexOf(RESOLVED_NOTE);
  if (first < 0) return answer;
  const head = answer.slice(0, first + RESOLVED_NOTE.length);
  return head + answer.slice(head.length).split(RESOLVED_NOTE).join("");
}
