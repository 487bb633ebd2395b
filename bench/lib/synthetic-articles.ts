import { entityId } from "../../src/domain/entity-key.ts";
import type { ArticleFacts } from "../../src/domain/facts.ts";
import { splitSentences } from "../../src/extract/index.ts";
import { contentHash } from "../../src/ingest/content-hash.ts";
import type { TopicMatcher } from "../../src/ingest/topic-matcher.ts";
import type { FactStore } from "../../src/store/fact-store.ts";

/** Given names and surnames of the generated people; benchmarks take as many as they need. */
export const FIRST_NAMES =
  "Anna Boris Carla Dmitri Elif Farid Greta Hasan Irina Jonas Kemal Lena Mehmet Nadia Oleg Petra Rustam Selin Tomas Ulla Viktor Yusuf Zeynep Amir Bianca Cem Dana Emre Fatma Goran".split(
    " ",
  );
export const LAST_NAMES =
  "Aksoy Baranov Costa Demir Eriksen Fischer Gulen Horvat Ivanova Jensen Kaya Lindqvist Morozov Novak Ozturk Petrov Quinn Rossi Sahin Tanaka Ucar Volkov Weber Yilmaz Zoric Arslan Belov Celik Dogan Egorov Frolov Grigoryan Hakimi Iqbal Jovanovic Kozlov Lebedev Markovic Nikolaev Orlov Popescu Romanov Sokolov Tarasov Usmanov Vasiliev Wojcik Yakovlev Zaitsev Antonov".split(
    " ",
  );
export const OUTLETS =
  "Wire Daily Herald Courier Tribune Gazette Observer Ledger Monitor Dispatch Sentinel Chronicle Post Times Journal".split(" ");

export type SyntheticWorld = {
  people: readonly string[];
  outlets: readonly string[];
  words: readonly string[];
  /** Topic keywords mixed into 8 % of the words, so articles get topic tags. */
  keywords?: readonly string[];
  /** Quotes that name their date, a mix of direct and indirect quotes and of roles, month-precision events. */
  varied?: boolean;
};

export type Generated = { facts: ArticleFacts; text: string };

/**
 * A seeded generator of articles as ArticleFacts (no extractor), with the random source it draws from, so a
 * benchmark's questions continue the same repeatable sequence. why: the store and ask benchmarks measure the
 * store and the asker on many articles; they need the same kind of articles, not two generators to keep alike.
 */
export function createArticleGenerator(seed: number, world: SyntheticWorld) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const { keywords, words: vocabulary } = world;
  const word = keywords ? () => (random() < 0.08 ? pick(keywords) : pick(vocabulary)) : () => pick(vocabulary);
  const sentence = (count: number) => {
    const text = Array.from({ length: count }, word).join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const day = () => {
    const year = 2018 + Math.floor(random() * 7);
    const month = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };

  function article(n: number): Generated {
    const published = day();
    const cast = Array.from({ length: 4 }, () => pick(world.people));
    const lines: string[] = [];
    const quotes: ArticleFacts["quotes"] = [];
    const events: ArticleFacts["events"] = [];
    let offset = 0;
    const add = (line: string) => {
      const start = offset;
      lines.push(line);
      offset += line.length + 2;
      return start;
    };
    for (let i = 0; i < 18; i++) {
      if (i % 5 === 1) {
        const speaker = pick(cast);
        const words = sentence(10 + Math.floor(random() * 10)).slice(0, -1);
        const line = world.varied ? `"${words}," ${speaker} said on ${published}.` : `"${words}," ${speaker} said.`;
        const start = add(line);
        const kind = world.varied && random() >= 0.7 ? "indirect" : "direct";
        const id = entityId("person", speaker);
        quotes.push({
          text: words,
          kind,
          speaker: world.varied
            ? { name: speaker, entityId: id, role: random() < 0.3 ? "minister" : undefined }
            : { name: speaker, entityId: id },
          via: null,
          saidOn: { date: published, precision: "day", basis: "explicit" },
          sentence: line,
          start: start + 1,
          end: start + 1 + words.length,
        });
      } else if (i % 6 === 3) {
        const date = world.varied && random() < 0.3 ? day().slice(0, 7) : day();
        const line = `On ${date} ${sentence(12).toLowerCase()}`;
        const start = add(line);
        events.push({
          date,
          precision: date.length === 7 ? "month" : "day",
          basis: "explicit",
          summary: line.slice(0, 80),
          actors: [pick(cast)],
          sentence: line,
          start,
          end: start + line.length,
        });
      } else add(sentence(14 + Math.floor(random() * 14)));
    }
    const text = lines.join("\n\n");
    const entities = [...new Set(cast)].map((name) => ({
      id: entityId("person", name),
      name,
      type: "person" as const,
      aliases: [name.split(" ")[1] ?? name],
      roles: [{ text: pick(["minister", "adviser", "spokesperson", "analyst"]), sentence: lines[0] ?? "" }],
    }));
    const id = `gen-${n}`;
    const meta = { id, title: sentence(8), source: pick(world.outlets), url: `https://news.example/${id}`, published };
    return { facts: { article: meta, quotes, events, entities, warnings: [] }, text };
  }

  return { random, pick, day, sentence, article };
}

/** Stores a generated article through the real ingest pieces: the sentence splitter, the topic matcher, the content hash. */
export function storeGenerated(store: FactStore, matcher: TopicMatcher, { facts, text }: Generated): void {
  const sentences = splitSentences(text);
  const tags = matcher.tag(
    facts.article.title,
    sentences.map((s) => s.text),
  );
  store.putArticle({ facts, contentHash: contentHash({ ...facts.article, text }), text, sentences, topics: tags });
}
