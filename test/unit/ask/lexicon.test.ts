import { describe, expect, it } from "vitest";
import { lemmasOf, lexiconLoaded, meaningKeys, synonymWords } from "../../../src/lexicon/wordnet.ts";
import { ask } from "../../../src/query/ask/ask.ts";
import { bagMeans, stemBag } from "../../../src/query/ask/words.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

describe("the WordNet lexicon", () => {
  it("is read only when a question is asked", () => {
    expect(lexiconLoaded()).toBe(false);
    const store = createSqliteStore({ path: ":memory:" });
    ask(store, "When did the talks collapse?");
    store.close();
    expect(lexiconLoaded()).toBe(true);
  });

  it("lemmatises inflected words", () => {
    expect(lemmasOf("horrified").map((entry) => entry.lemma)).toContain("horrify");
    expect(lemmasOf("stopped").map((entry) => entry.lemma)).toContain("stop");
    expect(lemmasOf("meetings").map((entry) => entry.lemma)).toContain("meeting");
  });

  it("matches synonyms and word families, not words that only share a broad relative", () => {
    expect(bagMeans(stemBag("he was appalled"), "horrified")).toBe("synonym");
    expect(bagMeans(stemBag("a catastrophe"), "disaster")).toBe("synonym");
    expect(bagMeans(stemBag("the decision"), "decided")).toBe("synonym");
    expect(bagMeans(stemBag("room for diplomacy"), "population")).toBeNull();
    expect(bagMeans(stemBag("for the years to come"), "landing")).toBeNull();
  });

  it("finds a narrower word or a similar adjective for a question's word, never the broader one for the narrower", () => {
    expect(bagMeans(stemBag("a currency converter"), "device")).toBe("synonym");
    expect(bagMeans(stemBag("a mean remark"), "nasty")).toBe("synonym");
    expect(bagMeans(stemBag("a clever device"), "converter")).toBeNull();
  });

  it("follows no kinds of an office, or of a word that is noun and verb alike", () => {
    expect(bagMeans(stemBag("the defence secretary"), "chief")).toBeNull();
    expect(bagMeans(stemBag("the staff"), "stick")).toBeNull();
  });

  it("gives no meanings for words it does not know", () => {
    expect(meaningKeys("zqxjv")).toEqual([]);
  });

  it("lists one-word synonyms of a word's most frequent senses, for paraphrase search", () => {
    expect(synonymWords("crazy", 8)).toContain("mad");
    expect(synonymWords("tired", 8)).toContain("weary");
    expect(synonymWords("crazy", 8).every((word) => /^[a-z]+$/.test(word))).toBe(true);
    expect(synonymWords("crazy", 2)).toHaveLength(2);
    expect(synonymWords("zqxjv", 8)).toEqual([]);
  });
});
