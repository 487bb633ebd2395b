import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TOPICS, type Topic } from "../../../config/file-schema.ts";
import { createTopicMatcher, SENTENCES_PER_TOPIC } from "../../../src/ingest/topic-matcher.ts";
import type { TopicTags } from "../../../src/store/ports/fact-writer.ts";
import { foldForMatch } from "../../../src/text/normalize.ts";

/** The straightforward matcher (every keyword of every topic against every text): the indexed one must agree. */
function referenceTag(topics: readonly Topic[], title: string, sentences: readonly string[]): TopicTags {
  const compiled = topics.map((topic) => ({
    topic,
    patterns: topic.keywords.map((keyword) => {
      const folded = foldForMatch(keyword);
      const prefix = folded.endsWith("*");
      const body = (prefix ? folded.slice(0, -1) : folded).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
      return new RegExp(`(?<![\\p{L}\\d])${body}${prefix ? "[\\p{L}\\d]*" : ""}(?![\\p{L}\\d])`, "u");
    }),
  }));
  const count = (patterns: RegExp[], text: string) => patterns.filter((pattern) => pattern.test(text)).length;
  const folded = sentences.map(foldForMatch);
  const whole = `${foldForMatch(title)}\n${folded.join("\n")}`;
  const result: TopicTags = { article: [], sentences: [] };
  for (const { topic, patterns } of compiled) {
    const score = count(patterns, whole);
    const tagged = score >= topic.minMatches;
    if (tagged) result.article.push({ slug: topic.slug, score });
    const scored = folded
      .map((sentence, index) => ({ index, slug: topic.slug, score: count(patterns, sentence) }))
      .filter((entry) => entry.score > 0 && (tagged || entry.score >= topic.minMatches))
      .sort((a, b) => b.score - a.score || a.index - b.index);
    result.sentences.push(...scored.slice(0, SENTENCES_PER_TOPIC));
  }
  return result;
}

const topic = (slug: string, keywords: string[], minMatches = 1): Topic => ({ slug, title: slug, description: slug, keywords, minMatches });

const WORDS = ["grain", "deal", "port", "mediat", "mediation", "Müller", "u.s.", "ceasefire", "talks", "kyiv", "a-b", "#tag", "5g"];

describe("topic matcher (keyword index)", () => {
  it("tags exactly as scanning every keyword would (2,000 generated cases, fixed seed)", () => {
    const keyword = fc
      .tuple(fc.constantFrom(...WORDS), fc.option(fc.constantFrom(...WORDS), { nil: undefined }), fc.boolean())
      .map(([a, b, star]) => `${b ? `${a} ${b}` : a}${star ? "*" : ""}`)
      .filter((text) => text.length >= 2);
    const topics = fc.array(fc.tuple(fc.array(keyword, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3 })), {
      minLength: 1,
      maxLength: 6,
    });
    const glue = fc.constantFrom(" ", "-", ", ", "\n", "", ".", " the ", "ing ");
    const sentence = fc
      .array(fc.tuple(fc.constantFrom(...WORDS, "MEDIATORS", "Muller", "deals", "U.S."), glue), { maxLength: 8 })
      .map((parts) => parts.map(([word, sep]) => word + sep).join(""));
    fc.assert(
      fc.property(topics, sentence, fc.array(sentence, { maxLength: 6 }), (specs, title, sentences) => {
        const configured = specs.map(([keywords, min], i) => topic(`t${i}`, keywords, min));
        expect(createTopicMatcher(configured).tag(title, sentences)).toEqual(referenceTag(configured, title, sentences));
      }),
      { seed: 1313, numRuns: 2_000 },
    );
  });

  it(`handles ${MAX_TOPICS} topics on a long article and tags only the right ones`, () => {
    const many = Array.from({ length: MAX_TOPICS }, (_, i) =>
      topic(`beat-${i}`, [`keyword${i}a`, `keyword${i}b`, `stem${i}*`, `two words${i}`], 2),
    );
    const sentences = Array.from({ length: 300 }, (_, i) => `Sentence ${i} mentions keyword${i}a and stem${i}ming, nothing else.`);
    const tags = createTopicMatcher(many).tag("keyword7b two words7", sentences);
    expect(tags.article.map((t) => t.slug)).toContain("beat-7");
    expect(tags.article).toHaveLength(300);
    expect(tags.article.find((t) => t.slug === "beat-7")?.score).toBe(4);
  });
});
