import type { Topic } from "../../config/file-schema.ts";
import type { TopicTags } from "../store/ports/fact-writer.ts";
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

/** One keyword of one topic: its pattern source, and the pattern once compiled. Each counts once per text. */
type Keyword = { topic: number; source: string; pattern?: RegExp };

/**
 * Keywords by the first word they need. why: scanning every topic's keywords over every sentence made one
 * article's ingest take 21 s with 2,000 topics; now each distinct word of the text is looked up once and
 * only the keywords it could start are tried.
 */
type KeywordIndex = {
  /** First word → keywords that need exactly that word (whole-word keywords, and multi-word ones). */
  exact: Map<string, Keyword[]>;
  /** Stem → one-word `stem*` keywords: a text word starting with the stem matches. */
  prefix: Map<string, Keyword[]>;
  longestStem: number;
  /** Keywords without a letter or digit (rare): tried on every text. */
  always: Keyword[];
};

const WORD = /[\p{L}\d]+/gu;

/**
 * Keyword matching as the Topic schema describes it: whole words, case- and diacritic-insensitive,
 * a trailing * matches any ending. An article is tagged when it mentions `minMatches` distinct keywords;
 * its sentences are scored by how many they mention. A sentence of an untagged article is tagged only
 * when it alone reaches `minMatches`.
 */
export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const index = buildIndex(topics);
  return {
    tag(title, sentences) {
      const folded = sentences.map(foldForMatch);
      const whole = `${foldForMatch(title)}\n${folded.join("\n")}`;
      const articleScores = scoreTopics(index, whole);
      const sentenceScores = folded.map((sentence) => scoreTopics(index, sentence));
      const touched = new Set(articleScores.keys());
      for (const scores of sentenceScores) for (const topic of scores.keys()) touched.add(topic);
      const result: TopicTags = { article: [], sentences: [] };
      for (const topicIndex of [...touched].sort((a, b) => a - b)) {
        const topic = topics[topicIndex] as Topic;
        const articleScore = articleScores.get(topicIndex) ?? 0;
        const tagged = articleScore >= topic.minMatches;
        if (tagged) result.article.push({ slug: topic.slug, score: articleScore });
        const scored = sentenceScores
          .map((scores, sentence) => ({ index: sentence, slug: topic.slug, score: scores.get(topicIndex) ?? 0 }))
          .filter((entry) => entry.score > 0 && (tagged || entry.score >= topic.minMatches))
          .sort((a, b) => b.score - a.score || a.index - b.index);
        result.sentences.push(...scored.slice(0, SENTENCES_PER_TOPIC));
      }
      return result;
    },
  };
}

function buildIndex(topics: readonly Topic[]): KeywordIndex {
  const index: KeywordIndex = { exact: new Map(), prefix: new Map(), longestStem: 0, always: [] };
  topics.forEach((topic, topicIndex) => {
    for (const raw of topic.keywords) {
      const folded = foldForMatch(raw);
      const isPrefix = folded.endsWith("*");
      const body = isPrefix ? folded.slice(0, -1) : folded;
      const escaped = body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
      // why: compiled on first use; most keywords of a large config never occur in a given article.
      const keyword: Keyword = { topic: topicIndex, source: `(?<![\\p{L}\\d])${escaped}${isPrefix ? "[\\p{L}\\d]*" : ""}(?![\\p{L}\\d])` };
      const words = body.match(WORD) ?? [];
      const first = words[0];
      if (first === undefined) index.always.push(keyword);
      // why: only a one-word stem ending right at the * matches longer words; any other first word must be whole.
      else if (isPrefix && words.length === 1 && body.endsWith(first)) {
        push(index.prefix, first, keyword);
        index.longestStem = Math.max(index.longestStem, first.length);
      } else push(index.exact, first, keyword);
    }
  });
  return index;
}

function push(map: Map<string, Keyword[]>, key: string, keyword: Keyword): void {
  const list = map.get(key);
  if (list) list.push(keyword);
  else map.set(key, [keyword]);
}

/** Topic index → how many of its distinct keywords `text` mentions (topics with none are absent). */
function scoreTopics(index: KeywordIndex, text: string): Map<number, number> {
  const candidates = new Set<Keyword>(index.always);
  const seen = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    if (seen.has(word)) continue;
    seen.add(word);
    for (const keyword of index.exact.get(word) ?? []) candidates.add(keyword);
    for (let length = Math.min(word.length, index.longestStem); length >= 1; length--) {
      for (const keyword of index.prefix.get(word.slice(0, length)) ?? []) candidates.add(keyword);
    }
  }
  const scores = new Map<number, number>();
  for (const keyword of candidates) {
    keyword.pattern ??= new RegExp(keyword.source, "u");
    if (keyword.pattern.test(text)) scores.set(keyword.topic, (scores.get(keyword.topic) ?? 0) + 1);
  }
  return scores;
}
