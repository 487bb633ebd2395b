import { z } from "zod";
import type { ArticleFacts } from "../../src/domain/facts.ts";
import { eventDateMatches } from "./event-checks.ts";

/**
 * Scores extracted facts against hand-made gold (the format of test/gold/seeds.gold.json), shared by the
 * gold test and `bench/measure-devset.ts`.
 *
 * Rules. Texts are normalised (diacritics folded, lowercase, punctuation dropped, spaces collapsed).
 * A quote matches a gold quote when the normalised texts are equal, or one contains the other and the
 * shorter is at least 0.8 of the longer. Each gold item matches at most one extracted item.
 * A speaker is right when the surnames (last name words) match; for an unnamed gold speaker, when the head
 * nouns of the two descriptions match ("a senior Treasury official" → "official").
 * An event matches when the extracted sentence contains the gold evidence (or the reverse) and the date
 * and precision are equal. Recall counts non-optional gold items; precision counts extracted items that
 * match any gold item, optional ones included.
 */
export const GoldQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string(),
  kind: z.enum(["direct", "partial", "indirect"]),
  via: z.string().nullable().optional(),
  said_on: z.string().nullable().optional(),
  optional: z.boolean().optional(),
});
export const GoldEventSchema = z.object({
  date: z.string(),
  precision: z.enum(["year", "month", "day"]),
  /** A range or a season in EDTF form (2009-03/2011-05, 2019-21); date + precision then hold its start. */
  edtf: z.string().optional(),
  what: z.string().optional(),
  evidence: z.string(),
  optional: z.boolean().optional(),
});
export const GoldArticleSchema = z.object({
  file: z.string(),
  published: z.string(),
  source: z.string().optional(),
  title: z.string().optional(),
  quotes: z.array(GoldQuoteSchema),
  events: z.array(GoldEventSchema),
});
export const GoldFileSchema = z.object({ about: z.string().optional(), articles: z.array(GoldArticleSchema) });
export type GoldArticle = z.output<typeof GoldArticleSchema>;
type GoldQuote = z.output<typeof GoldQuoteSchema>;

export type Ratio = { hit: number; total: number };
export type ArticleScore = {
  file: string;
  directRecall: Ratio;
  directSpeaker: Ratio;
  indirectRecall: Ratio;
  indirectSpeaker: Ratio;
  quotePrecision: Ratio;
  eventRecall: Ratio;
  eventPrecision: Ratio;
  misses: string[];
};

export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function textsMatch(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length / long.length >= 0.8;
}

/** The head noun of a description: "source who had spoken to people" → "source", "officials" → "official". */
export function headNoun(description: string): string {
  const words = normalise(
    description.replace(/\(unnamed\)/i, "").split(/\s+(?:who|that|which|with|from|of|for|at|in|on|inside|asking|speaking)\s+/i)[0] ?? "",
  ).split(" ");
  const last = (words[words.length - 1] ?? "").replace(/ s$/, "");
  return last.endsWith("ss") ? last : last.replace(/(ie)?s$/, (m) => (m === "ies" ? "y" : ""));
}

function surname(name: string): string {
  const words = normalise(name).split(" ");
  return words[words.length - 1] ?? "";
}

export function speakerRight(gold: string, speaker: ArticleFacts["quotes"][number]["speaker"]): boolean {
  if (/\(unnamed\)/i.test(gold)) {
    const head = headNoun(gold);
    return speaker.name === null ? headNoun(speaker.description ?? "") === head : headNoun(speaker.name) === head;
  }
  return speaker.name !== null && surname(speaker.name) === surname(gold);
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total });
export const rate = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

export function scoreArticle(gold: GoldArticle, facts: ArticleFacts): ArticleScore {
  const misses: string[] = [];
  const used = new Set<number>();
  const matchQuote = (q: GoldQuote, kinds: readonly string[]) => {
    const index = facts.quotes.findIndex((p, i) => !used.has(i) && kinds.includes(p.kind) && textsMatch(p.text, q.text));
    if (index >= 0) used.add(index);
    return index >= 0 ? facts.quotes[index] : undefined;
  };
  let dHit = 0,
    dTotal = 0,
    dSpeaker = 0,
    iHit = 0,
    iTotal = 0,
    iSpeaker = 0;
  for (const q of gold.quotes.filter((q) => !q.optional)) {
    const direct = q.kind !== "indirect";
    const found = matchQuote(q, direct ? ["direct", "partial"] : ["indirect", "direct", "partial"]);
    if (direct) dTotal++;
    else iTotal++;
    if (!found) {
      misses.push(`missed ${q.kind} quote (${q.speaker}): ${q.text.slice(0, 70)}`);
      continue;
    }
    const right = speakerRight(q.speaker, found.speaker);
    if (!right)
      misses.push(`wrong speaker ${found.speaker.name ?? `(${found.speaker.description})`} for ${q.speaker}: ${q.text.slice(0, 50)}`);
    if (direct) {
      dHit++;
      if (right) dSpeaker++;
    } else {
      iHit++;
      if (right) iSpeaker++;
    }
  }
  let correct = 0;
  for (const p of facts.quotes) {
    if (gold.quotes.some((q) => textsMatch(p.text, q.text))) correct++;
    else misses.push(`extra ${p.kind} quote (${p.speaker.name ?? p.speaker.description}): ${p.text.slice(0, 70)}`);
  }
  const eventMatches = (e: ArticleFacts["events"][number], g: GoldArticle["events"][number]) => {
    const sentence = normalise(e.sentence);
    const evidence = normalise(g.evidence);
    return (sentence.includes(evidence) || evidence.includes(sentence)) && eventDateMatches(e, g);
  };
  const usedEvents = new Set<number>();
  let eHit = 0;
  const required = gold.events.filter((g) => !g.optional);
  for (const g of required) {
    const index = facts.events.findIndex((e, i) => !usedEvents.has(i) && eventMatches(e, g));
    if (index >= 0) {
      usedEvents.add(index);
      eHit++;
    } else misses.push(`missed event ${g.date} (${g.precision}): ${g.evidence.slice(0, 70)}`);
  }
  let eCorrect = 0;
  for (const e of facts.events) {
    if (gold.events.some((g) => eventMatches(e, g))) eCorrect++;
    else misses.push(`extra event ${e.date} (${e.precision}, ${e.basis}): ${e.sentence.slice(0, 70)}`);
  }
  return {
    file: gold.file,
    directRecall: ratio(dHit, dTotal),
    directSpeaker: ratio(dSpeaker, dHit),
    indirectRecall: ratio(iHit, iTotal),
    indirectSpeaker: ratio(iSpeaker, iHit),
    quotePrecision: ratio(correct, facts.quotes.length),
    eventRecall: ratio(eHit, required.length),
    eventPrecision: ratio(eCorrect, facts.events.length),
    misses,
  };
}

const METRICS = [
  "directRecall",
  "directSpeaker",
  "indirectRecall",
  "indirectSpeaker",
  "quotePrecision",
  "eventRecall",
  "eventPrecision",
] as const;
export type Metric = (typeof METRICS)[number];

/** Micro-averaged totals over articles. */
export function totals(scores: readonly ArticleScore[]): Record<Metric, Ratio> {
  const out = {} as Record<Metric, Ratio>;
  for (const metric of METRICS) {
    out[metric] = scores.reduce((acc, s) => ratio(acc.hit + s[metric].hit, acc.total + s[metric].total), ratio(0, 0));
  }
  return out;
}

export function formatScores(label: string, scores: Record<Metric, Ratio>): string {
  return `${label}\n${METRICS.map((m) => `  ${m.padEnd(16)} ${rate(scores[m]).toFixed(3)}  (${scores[m].hit}/${scores[m].total})`).join("\n")}`;
}
