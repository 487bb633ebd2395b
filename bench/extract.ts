import { performance } from "node:perf_hooks";
import { extractArticle } from "../src/extract/index.ts";

// Extraction speed on generated articles (~800 words each, varied templates), on one core.
// usage: npm run bench:extract [-- COUNT]
const COUNT = Number(process.argv[2] ?? 1200);

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "dri", "el", "san", "or", "bek", "ni", "ta", "gu", "ral", "mon"];
const word = (n: number) => Array.from({ length: n }, () => pick(SYLLABLES)).join("");
const cap = (text: string) => text[0]?.toUpperCase() + text.slice(1);
const person = () => `${cap(word(2))} ${cap(word(3))}`;
const ORG_HEADS = [
  "Ministry of Trade",
  "Central Bank",
  "Workers' Union",
  "Health Agency",
  "Institute for Policy Studies",
  "Port Authority",
];
const ROLES = ["a senior official", "the finance minister", "an economist", "a spokeswoman", "the chief executive", "a local councillor"];
const VERBS = ["said", "says", "added", "told reporters", "noted", "argued", "warned"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FILLER = [
  "The decision follows months of negotiation between the two sides, who have disagreed over the pace of reform.",
  "Prices rose sharply over the summer, squeezing household budgets across the region.",
  "Critics say the plan does too little to address the underlying problem of low investment.",
  "The measure must still pass a final vote before it can take effect.",
  "Local businesses have complained for years about delays at the border and rising costs.",
  "The figures, published by the statistics office, show a slowdown in the second quarter.",
];

function paragraph(names: string[], org: string): string {
  const speaker = pick(names);
  const surname = speaker.split(" ")[1] ?? speaker;
  const date = random() < 0.5 ? `on ${pick(WEEKDAYS)}` : `on ${pick(MONTHS)} ${1 + Math.floor(random() * 27)}`;
  const clause = `${pick(FILLER).toLowerCase().replace(/\.$/, "")}`;
  switch (Math.floor(random() * 7)) {
    case 0:
      return `"${pick(FILLER)} ${pick(FILLER)}" ${surname} ${pick(VERBS)}. "We will not accept ${word(2)} as an answer."`;
    case 1:
      return `${speaker}, ${pick(ROLES).replace(/^(a|an) /, "the ")} at the ${org}, ${pick(VERBS)} ${date} that ${clause}.`;
    case 2:
      return `According to ${pick(["Reuters", "the Associated Press", `a report by the ${org}`])}, ${clause}, ${surname} said.`;
    case 3:
      return `${cap(pick(ROLES))}, who asked not to be named, told the ${cap(word(2))} Times that ${clause}. ${pick(FILLER)}`;
    case 4:
      return `In ${1990 + Math.floor(random() * 30)}, the ${org} ${pick(["opened", "closed", "reformed"])} its ${word(2)} office. ${pick(FILLER)} ${pick(FILLER)}`;
    case 5:
      return `The so-called "${word(2)} plan" was announced earlier this month. ${pick(FILLER)} It was described as "${word(1)} and ${word(2)}" by critics.`;
    default:
      return `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)} Last week, ${speaker} met officials from the ${org} ${date}.`;
  }
}

function article(i: number): { text: string; words: number } {
  const names = Array.from({ length: 4 }, person);
  const org = `${cap(word(2))} ${pick(ORG_HEADS)}`;
  const paragraphs: string[] = [`${names[0]}, the head of the ${org}, said on ${pick(WEEKDAYS)} that ${pick(FILLER).toLowerCase()}`];
  let words = 0;
  while (words < 800) {
    const p = paragraph(names, org);
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  if (i % 3 === 0) paragraphs.push("300x250 Ad", `Copyright ${2000 + (i % 24)} Example News. All rights reserved.`);
  return { text: paragraphs.join("\n\n"), words };
}

const articles = Array.from({ length: COUNT }, (_, i) => article(i));
const totalWords = articles.reduce((sum, a) => sum + a.words, 0);
let peakRss = process.memoryUsage().rss;
extractArticle({ title: "warm-up", source: "Bench", url: "", published: "2024-05-01", text: articles[0]?.text ?? "" });
let quotes = 0;
const started = performance.now();
for (const [i, a] of articles.entries()) {
  const facts = extractArticle({
    title: `Article ${i}`,
    source: "Bench",
    url: `https://example.com/${i}`,
    published: "2024-05-01",
    text: a.text,
  });
  quotes += facts.quotes.length;
  if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`articles:      ${COUNT} (avg ${Math.round(totalWords / COUNT)} words, ${quotes} quotes found)`);
console.log(`articles/s:    ${(COUNT / seconds).toFixed(1)}`);
console.log(`words/s:       ${Math.round(totalWords / seconds)}`);
console.log(`peak RSS:      ${(peakRss / 1024 / 1024).toFixed(1)} MB`);
