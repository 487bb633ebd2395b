import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/domain/errors.ts";
import { ArticleFactsSchema } from "../../src/domain/facts.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { withoutControlChars } from "../../src/ingest/ingest-article.ts";
import { toArticleInput } from "../../src/ingest/read-inputs.ts";
import { hasControlChars } from "../../src/text/control-chars.ts";
import { articleDefaults, articleText } from "./arbitraries.ts";

// why: bounded by count, not by clock; fixed seeds so a failure names a case that reproduces.
const RUNS = 10_000;
const SEED = 20_261_206;

const TITLE = `${RUNS.toLocaleString("en-US")} articles: front matter is read or refused with a UserError; extraction never throws; facts carry no control characters`;

describe("fuzz: generated articles through front matter and extraction", () => {
  // why: a generous ceiling for a busy machine; the count, not the time, bounds the work.
  it(TITLE, { timeout: 600_000 }, () => {
    const tally = { extracted: 0, refused: 0 };
    fc.assert(
      fc.property(articleText, articleDefaults, (text, defaults) => {
        let input: ReturnType<typeof toArticleInput>;
        try {
          input = toArticleInput("fuzz.md", text, defaults);
        } catch (error) {
          // a refusal is fine; anything but a UserError (a crash, a raw ZodError) is not
          expect(error).toBeInstanceOf(UserError);
          expect((error as Error).message).not.toMatch(/\n\s+at /);
          tally.refused += 1;
          return;
        }
        const facts = extractArticle(withoutControlChars(input));
        expect(ArticleFactsSchema.safeParse(facts).success).toBe(true);
        const shown = [
          facts.article.title,
          facts.article.source,
          ...facts.quotes.flatMap((q) => [q.text, q.speaker.name ?? "", q.speaker.role ?? "", q.speaker.description ?? ""]),
          ...facts.events.map((e) => e.summary),
          ...facts.entities.flatMap((e) => [e.name, ...e.aliases, ...e.roles.map((r) => r.text)]),
        ];
        for (const text of shown) expect(hasControlChars(text)).toBe(false);
        tally.extracted += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // why: a generator that only produced refusals would test nothing.
    expect(tally.extracted).toBeGreaterThan(RUNS / 2);
    expect(tally.extracted + tally.refused).toBe(RUNS);
  });
});
