import type { Candidate } from "./candidates.ts";
import { dateLabel, factDateLabel, whenPhrase } from "./format-date.ts";
import type { Judged } from "./judge.ts";
import type { Resolved } from "./resolve-context.ts";
import { yesOrNo } from "./yes-or-no.ts";

/** One sentence of an answer and the facts it rests on (cited by position in the answer's fact list). */
export type Line = { text: string; facts: Candidate[] };

const MAX_LINES = 3;
const MAX_QUOTE = 600;
/** Score points within which more quotes of the same speaker join the answer to "what did X say …?". */
const SAME_SPEAKER_SPREAD = 1.5;

/**
 * Builds 1–3 sentences from supported facts only: quotes verbatim with speaker, date and outlet; dates at
 * their precision; roles and sentences as written. Nothing is added that a cited fact does not say.
 */
export function compose(q: Resolved, supported: readonly Judged[], count: number | null): Line[] {
  const best = supported[0]?.candidate;
  if (!best) return [];
  if (q.want === "count" && count !== null) {
    const who = best.who ?? "this speaker";
    return [
      { text: `The articles quote ${who} ${count} ${count === 1 ? "time" : "times"}; the latest: ${quoteLine(best)}`, facts: [best] },
    ];
  }
  if (q.want === "role" && !q.roleFallback) return roleLines(supported.map((judged) => judged.candidate));
  if (q.want === "events")
    return eventLines(
      supported.map((judged) => judged.candidate),
      q,
    );
  if (q.want === "date") return [{ text: dateLine(best), facts: [best] }];
  const age = supported[0]?.age;
  if (q.age && age !== null && age !== undefined) {
    // the name as asked: the store's display name may be a nickname the article also used
    const who = q.names[0]?.text ?? best.who ?? "They";
    const text = `${who} was ${age} (${best.citation.source}, ${dateLabel(best.citation.published)}): "${clip(best.citation.sentence)}"`;
    return [{ text, facts: [best] }];
  }
  const verdict = q.wh === "yes-no" ? yesOrNo(q, best) : null;
  if (verdict) return [{ text: `${verdict} — ${factLine(best, q)}`, facts: [best] }];
  // why: the extractor may split one reported sentence into two quotes ("he would direct the agency" / "to stop
  // deportations"): the article's sentence says both, whole.
  const split =
    best.type === "quote" &&
    supported
      .slice(1)
      .some(
        (other) =>
          other.candidate.type === "quote" &&
          other.candidate.citation.sentence === best.citation.sentence &&
          other.candidate.entityId === best.entityId,
      );
  const lines: Line[] = [{ text: split && q.want === "quote" ? sentenceLine(best) : factLine(best, q), facts: [best] }];
  const top = supported[0]?.score ?? 0;
  for (const entry of supported.slice(1)) {
    if (lines.length >= (q.want === "quote" ? MAX_LINES : 2)) break;
    const other = entry.candidate;
    // why: "what did X say about Y?" is often answered by two or three of X's quotes on Y that score alike.
    const sameSpeaker = q.want === "quote" && other.type === "quote" && other.entityId !== null && other.entityId === best.entityId;
    const close = entry.score >= top - (sameSpeaker ? SAME_SPEAKER_SPREAD : 1);
    if (!close || (q.want !== "quote" && q.want !== "fact")) continue;
    if (lines.some((line) => line.facts.some((fact) => fact.citation.sentence === other.citation.sentence))) continue;
    lines.push({ text: factLine(other, q), facts: [other] });
  }
  return lines;
}

/** A fact as a sentence: quotes with speaker and date, events with their date, anything else verbatim. */
export function factLine(fact: Candidate, q?: Resolved): string {
  // why: "where?" and "why?" are answered by the sentence around a quote (the place, the reason), not the quote;
  // "according to which outlet?" by the sentence that names the outlet, unless the quote carries it ("according to").
  if (fact.type === "quote")
    return q && (q.wh === "where" || q.wh === "why" || (q.want === "source" && fact.via === null)) ? sentenceLine(fact) : quoteLine(fact);
  if (fact.type === "event") return q?.want === "fact" || q?.want === "role" || q?.want === "source" ? sentenceLine(fact) : eventLine(fact);
  if (fact.type === "role")
    return `${fact.who} is described as ${fact.text} (${fact.citation.source}, ${dateLabel(fact.citation.published)}).`;
  return sentenceLine(fact);
}

function quoteLine(fact: Candidate): string {
  const who = fact.who ?? "An unnamed source";
  const when = fact.date ? whenPhrase(fact.date) : `(reported ${dateLabel(fact.citation.published)})`;
  const via = fact.via ? `, according to ${fact.via}` : "";
  const text = clip(fact.text);
  // why: reported speech is the article's paraphrase, never put in quotation marks as if it were verbatim.
  if (fact.quoteKind === "indirect") return `${who} said ${when}${via} that ${trimEnd(midSentence(text))} (${fact.citation.source}).`;
  return `${who} said ${when}${via}: "${nested(trimEnd(text))}" (${fact.citation.source}).`;
}

/** Trailing commas, colons and full stops of a quote would stand before the citation: `…residents," (Courier).` */
function trimEnd(text: string): string {
  return text.replace(/[\s,;:.]+$/u, "");
}

/** Double quotation marks inside a quote become single ones, so the outer pair stays balanced. */
export function nested(text: string): string {
  const inner = text.replace(/“|”/g, '"');
  const count = (inner.match(/"/g) ?? []).length;
  // why: an odd count means the extractor cut a quote in half; a lone mark would unbalance the answer.
  if (count % 2 === 1) return inner.replace(/"/g, "");
  let open = true;
  return inner.replace(/"/g, () => {
    const mark = open ? "‘" : "’";
    open = !open;
    return mark;
  });
}

function eventLine(fact: Candidate): string {
  const date = fact.date ? factDateLabel(fact.date) : dateLabel(fact.citation.published);
  return `${date}: ${fact.text.replace(/[.]$/, "")} (${fact.citation.source}).`;
}

function sentenceLine(fact: Candidate): string {
  return `${fact.citation.source} (${dateLabel(fact.citation.published)}): "${nested(clip(fact.citation.sentence))}"`;
}

function dateLine(fact: Candidate): string {
  if (fact.type === "event" && fact.date) {
    const label = fact.date.precision === "day" || fact.date.edtf ? factDateLabel(fact.date) : `sometime in ${dateLabel(fact.date.date)}`;
    return `${label}: ${fact.text.replace(/[.]$/, "")} (${fact.citation.source}).`;
  }
  if (fact.type === "quote") {
    if (fact.date) return quoteLine(fact);
    return `The article does not say when; it was published on ${dateLabel(fact.citation.published)}. ${quoteLine(fact)}`;
  }
  return `The article does not say when; it was published on ${dateLabel(fact.citation.published)}. ${sentenceLine(fact)}`;
}

function roleLines(facts: readonly Candidate[]): Line[] {
  const roles = facts.filter((fact) => fact.type === "role");
  const seen = new Set<string>();
  const distinct = roles.filter((fact) => {
    const key = fact.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [first, second] = distinct;
  if (!first) return [];
  const cite = (fact: Candidate) => `${fact.citation.source}, ${dateLabel(fact.citation.published)}`;
  const text = second
    ? `${first.who} is described as ${first.text} (${cite(first)}) and as ${second.text} (${cite(second)}).`
    : `${first.who} is described as ${first.text} (${cite(first)}).`;
  return [{ text, facts: second ? [first, second] : [first] }];
}

function eventLines(facts: readonly Candidate[], q: Resolved): Line[] {
  const wanted = q.date?.kind === "range" ? q.date.query.precision : "day";
  const events = facts.filter((fact) => fact.date !== null);
  // why: on a day query, an event known only to its month is not "on" that day; it shows only when nothing else does.
  const exact = wanted === "day" ? events.filter((fact) => fact.date?.precision === "day") : events;
  const pool = exact.length > 0 ? exact : events;
  const picked: Candidate[] = [];
  for (const fact of pool) {
    if (picked.length >= MAX_LINES) break;
    if (picked.some((kept) => kept.citation.sentence === fact.citation.sentence)) continue;
    picked.push(fact);
  }
  return picked
    .sort((a, b) => (a.date?.date ?? "").localeCompare(b.date?.date ?? ""))
    .map((fact) => ({ text: fact.type === "event" ? eventLine(fact) : quoteLine(fact), facts: [fact] }));
}

/** Words that are capitalised only because they opened the reported sentence ("After …", "The …"). */
const OPENING_WORD =
  /^(?:After|Before|The|A|An|In|On|At|For|With|As|Since|Despite|During|While|When|If|Although|Though|Because|Once|Until|Its|Their|His|Her|This|That|These|Those|There|It|They|We|He|She|Some|Many|Most|All|Both|No|Not)\b/;

/** A reported clause placed after "said that": its opening word lowercased unless it is a name. */
function midSentence(text: string): string {
  return OPENING_WORD.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function clip(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
}
