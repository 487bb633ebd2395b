import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleFactsSchema } from "../../../src/domain/facts.ts";
import { cleanArticleText } from "../../../src/extract/index.ts";
import { extractText } from "./helpers.ts";

describe("extraction on bad input", () => {
  it("returns empty facts and a warning for an empty text", () => {
    const facts = extractText("");
    expect(facts.quotes).toEqual([]);
    expect(facts.events).toEqual([]);
    expect(facts.warnings).toContain("the article has no text");
  });

  it("survives binary-looking text and says so", () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    const facts = extractText(bytes);
    expect(ArticleFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.warnings.some((w) => w.includes("binary"))).toBe(true);
  });

  it("reads text with undecodable characters", () => {
    const facts = extractText("\ufffd\ufffd Mayor Ana Ruiz said on Monday that the bridge would \ufffd reopen.");
    expect(facts.quotes[0]?.speaker.name).toBe("Ana Ruiz");
  });

  it("finishes a 10 MB text with a warning that it was cut", () => {
    const paragraph = `"We will rebuild," Mayor Ana Ruiz said on Monday. ${"The council met again and discussed the budget. ".repeat(20)}\n\n`;
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const facts = extractText(text);
    expect(facts.warnings.some((w) => w.includes("only the first"))).toBe(true);
    expect(facts.quotes.length).toBeGreaterThan(0);
  });

  it("finishes one enormous paragraph of quotation marks", () => {
    const facts = extractText(`"a" `.repeat(200_000));
    expect(ArticleFactsSchema.safeParse(facts).success).toBe(true);
  });

  it("warns about an unbalanced quotation mark and keeps the rest", () => {
    const facts = extractText('Ana Ruiz spoke on Monday.\n\nShe said "the bridge will reopen.\n\nRuiz added: "We are ready."');
    expect(facts.warnings.some((w) => w.includes("unbalanced"))).toBe(true);
    expect(facts.quotes.map((q) => q.text)).toContain("We are ready.");
  });

  it("never throws and always returns schema-valid facts whose spans index the cleaned text", () => {
    const pieces = fc.constantFrom(
      '"',
      "“",
      "”",
      "'",
      " said ",
      " says ",
      ", he said.",
      "Mr. ",
      "Ana Ruiz",
      " on Monday",
      " in 2014",
      "March 3",
      "\n\n",
      ". ",
      "The ",
      "officials",
      " told Reuters",
      "9/11",
      "—",
      "\u0000",
      "é",
      "according to ",
      "\ufffd",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 60 }),
        fc.constantFrom("2020-02-29", "2024-01-01"),
        (parts, published) => {
          const text = parts.join("");
          const facts = extractText(text, published);
          expect(ArticleFactsSchema.safeParse(facts).success).toBe(true);
          const cleaned = cleanArticleText(text);
          for (const fact of [...facts.quotes, ...facts.events]) expect(cleaned.slice(fact.start, fact.end)).toBe(fact.sentence);
        },
      ),
      { numRuns: 300 },
    );
  });
});
