import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { describeSummary, ingestAll } from "../../src/ingest/ingest-run.ts";
import { listSources } from "../../src/ingest/read-inputs.ts";
import { hasControlChars } from "../../src/text/control-chars.ts";
import { articleDefaults, articleText } from "./arbitraries.ts";
import { fuzzWorld, STACK_TRACE, shown } from "./fuzz-world.ts";

/**
 * Generated articles through the full ingest path (bytes as stdin gives them → binary check → front matter →
 * extract → SQLite), all into one store that keeps growing; `half` names one of the files that together make
 * 10,000 articles, each with its own seed so the two run side by side.
 */
export function ingestFuzz(half: string, SEED: number, RUNS: number): void {
  const world = fuzzWorld("brief-fuzz-ingest-");
  afterAll(() => world.store.close());

  describe(`fuzz (${half}): generated articles through the full ingest path into one SQLite store`, () => {
    it(`${RUNS} articles: each is stored or refused with a reason; nothing stored or shown carries control characters`, {
      timeout: 600_000,
    }, async () => {
      const samples = fc.sample(fc.tuple(articleText, articleDefaults), { seed: SEED, numRuns: RUNS });
      const sources = samples.flatMap(([text, defaults], i) =>
        listSources(["-"], () => Buffer.from(text, "utf8"), defaults).map((source) => ({ ...source, name: `fuzz-${i}` })),
      );
      const summary = await ingestAll(world.ingester, sources);
      expect(summary.new + summary.replaced + summary.unchanged + summary.failures.length).toBe(RUNS);
      expect(summary.new).toBeGreaterThan(RUNS / 3);
      for (const failure of summary.failures) {
        expect(failure.reason).not.toMatch(STACK_TRACE);
        // why: a refusal says what is wrong with the article, never that the program broke
        expect(failure.reason).not.toMatch(/unexpected|undefined|is not a function|Cannot read/);
      }
      expect(hasControlChars(describeSummary(summary))).toBe(false);
      expect(world.logged).toEqual([]);

      for (const article of world.store.listArticles(RUNS)) {
        for (const field of [article.title, article.source, article.url]) expect(hasControlChars(field)).toBe(false);
      }
      const dispatcher = world.services().dispatcher;
      const request = { platform: "console" as const, channelId: "terminal", userId: "you", threadId: "fuzz" };
      for (const command of [
        "/brief sources --all",
        "/brief search said",
        "/brief who Ana Ruiz",
        "/brief ask what did Brandt say?",
        "/brief topics",
      ]) {
        for (const text of shown(await dispatcher.handle(command, request))) {
          expect(hasControlChars(text)).toBe(false);
          expect(text).not.toMatch(STACK_TRACE);
        }
      }
      expect(world.logged).toEqual([]);
    });
  });
}
