import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GoldFileSchema, rate, scoreArticle, totals } from "../../../bench/lib/gold-score.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";

// Articles written for these tests in styles the seeds lack (wire copy, features, agency statements,
// city politics, science with scare quotes, a British broadsheet in single quotation marks, a press release),
// each with a gold file in the seeds' format.
const dir = join(import.meta.dirname, "../../fixtures/articles");
const cases = readdirSync(dir)
  .filter((file) => file.endsWith(".gold.json"))
  .flatMap((file) => GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))).articles);

function extractFixture(name: string) {
  const file = readArticleFile(join(dir, name));
  return extractArticle({ ...file.meta, text: file.body });
}

describe("extraction on articles in other styles", () => {
  it.each(cases.map((gold) => [gold.file, gold] as const))("meets the gold bars on %s", (_name, gold) => {
    const score = scoreArticle(gold, extractFixture(gold.file));
    const overall = totals([score]);
    const why = score.misses.join("\n");
    expect(rate(overall.directRecall), why).toBeGreaterThanOrEqual(0.9);
    expect(rate(overall.directSpeaker), why).toBeGreaterThanOrEqual(0.9);
    expect(rate(overall.indirectRecall), why).toBeGreaterThanOrEqual(0.75);
    expect(rate(overall.quotePrecision), why).toBeGreaterThanOrEqual(0.9);
    expect(rate(overall.eventRecall), why).toBeGreaterThanOrEqual(0.9);
    expect(rate(overall.eventPrecision), why).toBeGreaterThanOrEqual(0.85);
  });

  it("does not read scare quotes, film titles or nicknames as quotes", () => {
    const texts = [...extractFixture("science-bloom.md").quotes, ...extractFixture("feature-bakery.md").quotes].map((q) => q.text);
    expect(texts).not.toContain("super bloom");
    expect(texts).not.toContain("Desert Gold");
    expect(texts).not.toContain("pulse");
    expect(texts).not.toContain("Danny");
    expect(texts).not.toContain("Crust and Crumb");
  });

  it.each([
    ["wire-port-strike.md", "simply unaffordable", "Reuters"],
    [
      "agency-airline-fine.md",
      "the company had refunded more than 90 percent of affected customers by the end of 2020",
      "Associated Press",
    ],
    ["wire-port-strike.md", "They chose to walk away from the table.", null],
  ] as const)("credits the outlet the words were relayed through (%s: %s)", (file, text, via) => {
    expect(extractFixture(file).quotes.find((q) => q.text === text)?.via).toBe(via);
  });

  it("does not read a crosshead, decades or rock 'n' roll as quotes", () => {
    const texts = [...extractFixture("broadsheet-flood-defences.md").quotes, ...extractFixture("feature-record-shop.md").quotes].map(
      (q) => q.text,
    );
    expect(texts).not.toContain("A slow-motion disaster");
    expect(texts.filter((text) => /^(80s|90s|n)$/.test(text))).toEqual([]);
  });

  it("credits an outlet that is itself the source as the speaker, not as a relay", () => {
    const quote = extractFixture("wire-confidence-vote.md").quotes.find((q) => q.text.startsWith("at least two coalition members"));
    expect([quote?.speaker.name, quote?.via]).toEqual(["Alder Courier", null]);
  });

  it("dates words said on a weekday against the publication day", () => {
    const quote = extractFixture("politics-budget.md").quotes.find((q) => q.text === "cannot cut its way to prosperity");
    expect(quote?.saidOn).toMatchObject({ date: "2025-03-01", precision: "day", basis: "weekday" });
  });

  it("drops copyright lines, ad slots and donation pleas from the cleaned text", () => {
    const sentences = ["wire-port-strike.md", "agency-airline-fine.md", "feature-bakery.md", "science-bloom.md"]
      .flatMap((file) => extractFixture(file).events.map((e) => e.sentence))
      .join("\n");
    expect(sentences).not.toMatch(/Copyright|300x250|Make a gift|Read more/);
  });

  it("gives a name written with and without its accent one entity", () => {
    const people = extractFixture("politics-budget.md").entities.filter((e) => e.type === "person" && /Fern/.test(e.name));
    expect(people).toHaveLength(1);
    expect(people[0]?.aliases).toContain("Fernandez");
  });
});
