import { closeClause, contentWords } from "./content-words.ts";
import type { SentenceItem } from "./fact-items.ts";
import { type Figure, figuresAgree, figuresIn, sameCountedThing } from "./figures.ts";
import type { Conflict } from "./types.ts";

type Counted = { item: SentenceItem; words: Set<string>; figures: Figure[] };

/**
 * Two sources giving different figures for the same counted thing in otherwise close sentences ("killing seven
 * people" and "killing nine people"). Not a conflict when the ranges meet ("at least seven" and "nine"), nor when
 * either article also gives a figure the other's can share (a toll told twice, "five, later seven"), nor when a
 * count that only grows (the dead, the injured, arrests) is higher in the article published later: a toll rising
 * from one day's report to the next is news moving on, not two sources disagreeing.
 */
export function figureConflicts(items: readonly SentenceItem[]): Conflict[] {
  const counted: Counted[] = items.flatMap((item) => {
    const figures = figuresIn(item.sentence);
    return figures.length > 0 ? [{ item, words: contentWords(item.sentence), figures }] : [];
  });
  const agreesSomewhere = (article: string, other: Counted, figure: Figure) =>
    counted.some(
      (entry) =>
        entry.item.article.id === article &&
        closeClause(entry.words, other.words) &&
        entry.figures.some((mine) => sameCountedThing(mine, figure) && figuresAgree(mine, figure)),
    );
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < counted.length; i++)
    for (let j = i + 1; j < counted.length; j++) {
      const a = counted[i];
      const b = counted[j];
      if (!a || !b || a.item.source === b.item.source || !closeClause(a.words, b.words)) continue;
      for (const x of a.figures)
        for (const y of b.figures) {
          if (!sameCountedThing(x, y) || figuresAgree(x, y) || isLaterCount(a, x, b, y)) continue;
          if (agreesSomewhere(a.item.article.id, b, y) || agreesSomewhere(b.item.article.id, a, x)) continue;
          const key = [a.item.sentence, b.item.sentence, x.status, x.noun || y.noun].join("|");
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            kind: "figure",
            about: countedLabel(x, y),
            versions: [
              { article: a.item.article, value: x.phrase, text: a.item.sentence, sentence: a.item.sentence },
              { article: b.item.article, value: y.phrase, text: b.item.sentence, sentence: b.item.sentence },
            ],
          });
        }
    }
  return out;
}

/** "dead", "injured firefighters", "amount (money:$)", "workers": what the two figures count. */
function countedLabel(a: Figure, b: Figure): string {
  const noun = a.noun || b.noun;
  if (a.status.startsWith("money")) return `amount (${a.status.slice("money:".length) || "money"})`;
  if (!a.status) return `${noun}s`;
  return noun ? `${a.status} ${noun}s` : a.status;
}

/** Counts that only grow as a story unfolds; money and "missing" can go either way. */
const GROWING = new Set(["dead", "injured", "arrested", "evacuated", "displaced", "rescued"]);

/** Whether the two figures read as one count told on two days, the later day's at least as high. */
function isLaterCount(a: Counted, x: Figure, b: Counted, y: Figure): boolean {
  if (!GROWING.has(x.status)) return false;
  const [earlier, later] = a.item.article.published <= b.item.article.published ? [x, y] : [y, x];
  return a.item.article.published !== b.item.article.published && later.low >= earlier.high;
}
