import type { Topic } from "../../config/file-schema.ts";
import type { TopicTags } from "../store/fact-store.ts";
import { foldForMatch } from "../text/normalize.ts";

export type TopicMatcher = {
  /** Tags an article (title + sentences) and its sentences with the configured topics. */
  tag(title: string, sentences: readonly string[]): TopicTags;
};

/**
 * Only an article's best sentences for a topic are kept as topic sentences.
 * why: they are what summaries and rankings use; keeping every weak match tripled the store's size.
 */
export const SENTENCES_PER_TOPIC = 4;

type CompiledTopic = { slug: string; minMatches: number; patterns: RegExp[] };

/**
 * Keyword matching as the Topic schema describes it: whole words, case- and diacritic-insensitive,
 * a trailing * matches any ending. An article is tagged when it mentions `minMatches` distinct keywords;
 * its sentences are scored by how many they mention. A sentence of an untagged article is tagged only
 * when it alone reaches `minMatches`.
 */
export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const compiled = topics.map(compile);
  return {
    tag(title, sentences) {
      const folded = sentences.map(foldForMatch);
      const whole = `${foldForMatch(title)}\n${folded.join("\n")}`;
      const result: TopicTags = { article: [], sentences: [] };
      for (const topic of compiled) {
        const articleScore = countMatches(topic, whole);
        const tagged = articleScore >= topic.minMatches;
        if (tagged) result.article.push({ slug: topic.slug, score: articleScore });
        const scored = folded
          .map((sentence, index) => ({ index, slug: topic.slug, score: countMatches(topic, sentence) }))
          .filter((entry) => entry.score > 0 && (tagged || entry.score >= topic.minMatches))
          .sort((a, b) => b.score - a.score || a.index - b.index);
        result.sentences.push(...scored.slice(0, SENTENCES_PER_TOPIC));
      }
      return result;
    },
  };
}

function compile(topic: Topic): CompiledTopic {
  const patterns = topic.keywords.map((keyword) => {
    const folded = foldForMatch(keyword);
    const prefix = folded.endsWith("*");
    const body = (prefix ? folded.slice(0, -1) : folded).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
    return new RegExp(`(?<![\\p{L}\\d])${body}${prefix ? "[\\p{L}\\d]*" : ""}(?![\\p{L}\\d])`, "u");
  });
  return { slug: topic.slug, minMatches: topic.minMatches, patterns };
}

function countMatches(topic: CompiledTopic, text: string): number {
  let count = 0;
  for (const pattern of topic.patterns) if (pattern.test(text)) count += 1;
  return count;
}
