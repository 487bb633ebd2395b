import { describe, expect, it } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { ageIn, asksAge } from "../../../src/query/ask/age.ts";
import { ask } from "../../../src/query/ask/ask.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

describe("ages next to names", () => {
  it.each([
    ["veteran keeper ana ruiz, 75, has watched the light for decades.", 75],
    ["the 52-year-old ruiz joined the crew in 1990.", 52],
    ["ana ruiz (61) said little.", 61],
    ["ruiz, aged 48, left the island.", 48],
    ["ana ruiz is now 80 years old and still climbs the tower.", 80],
  ])("%s", (sentence, age) => {
    expect(ageIn(sentence, ["ana ruiz", "ruiz"])).toBe(age);
  });

  it("does not give someone else's age", () => {
    expect(ageIn("ruiz and her 22-year-old son tomas came too.", ["ana ruiz", "ruiz"])).toBeNull();
  });

  it.each([
    ["how old is ana ruiz?", true],
    ["what age was she?", true],
    ["how old is the lighthouse?", true],
    ["how often does ruiz climb?", false],
  ])("%s asks an age: %s", (question, expected) => {
    expect(asksAge(question)).toBe(expected);
  });
});

describe("ask: how old is someone", () => {
  it("answers with the age the article gives next to the name, cited", async () => {
    const store = createSqliteStore({ path: ":memory:" });
    try {
      const ingester = createIngester({
        store,
        extract: extractArticle,
        clean: cleanArticleText,
        matcher: createTopicMatcher([]),
      });
      await ingester.ingest({
        title: "The last keeper of Orla light",
        source: "Coast Courier",
        url: "https://coast.example/orla-light",
        published: "2024-04-02",
        text: [
          "Veteran keeper Ana Ruiz, 75, has watched over the Orla lighthouse for four decades.",
          "Ruiz and her 22-year-old son, Tomas Ruiz, repainted the tower last spring.",
          '"The light is older than all of us," Ana Ruiz said.',
        ].join("\n\n"),
      });
      const result = ask(store, "How old is Ana Ruiz?");
      expect(result.answered).toBe(true);
      expect(result.answer).toContain("Ana Ruiz was 75 (Coast Courier, 2 Apr 2024)");
      expect(ask(store, "How old is the lighthouse keeper's cat?").answered).toBe(false);
    } finally {
      store.close();
    }
  });
});
