import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "./seeded-random.ts";

const FIRST = ["Alex", "Bea", "Cato", "Dara", "Emil", "Fenna", "Gus", "Hana", "Ivo", "Juno"];
const LAST = ["Marsh", "Quill", "Barrow", "Lind", "Okoro", "Vance", "Penrose", "Hale", "Strand", "Tamsin"];
const WORDS =
  "council harbour budget ferry bridge school library housing transit water energy market report plan vote hearing tender repairs".split(
    " ",
  );

/**
 * Writes `count` distinct, invented Markdown articles (front matter, a few paragraphs, quotes with reporting
 * verbs, a dated event) to `dir`, deterministically from `seed`. Returns their file names, sorted.
 */
export function writeArticleFiles(dir: string, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const speaker = `${pick(FIRST)} ${pick(LAST)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}`;
    const subject = `${pick(WORDS)} ${pick(WORDS)}`;
    const day = String(1 + (i % 27)).padStart(2, "0");
    const name = `article-${String(i).padStart(4, "0")}.md`;
    const body = [
      "---",
      `title: "Town ${subject} update number ${i}"`,
      'source: "Valley Ledger"',
      `url: "https://news.example/updates/${i}"`,
      `published: "2024-05-${day}"`,
      "---",
      `The town council discussed the ${subject} plan on Monday, officials said, in meeting number ${i}.`,
      "",
      `"We will finish the ${pick(WORDS)} work before winter," said ${speaker}, the council's chair.`,
      "",
      `${other}, who leads the opposition, said the ${pick(WORDS)} costs were too high. "Nobody has seen the figures for item ${i}," ${other.split(" ")[1]} said.`,
      "",
      `A final vote is scheduled for June ${1 + (i % 28)}, 2024.`,
      "",
    ].join("\n");
    writeFileSync(join(dir, name), body);
    names.push(name);
  }
  return names;
}
