import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDefaultIngester } from "../../../src/ingest/default-ingester.ts";
import { createAsker } from "../../../src/query/ask/asker.ts";
import type { Candidate } from "../../../src/query/ask/candidates.ts";
import { isCutRole, titleBefore } from "../../../src/query/ask/title-role.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// An article invented for these tests: titles before names, a role cut at an abbreviation, and a quote that a
// "who predicted …?" question paraphrases with only two of its words.
const ARTICLE = [
  "Lake towns brace for a long dispute over the canal toll",
  "",
  "The canal authority raised its toll on Monday, and the lake towns said they would fight it.",
  "",
  '"This fight will drag on through every courtroom in the valley until the winter," said harbour strategist Ola Berglund, a veteran of three toll disputes.',
  "",
  "Sen. Mara Lindqvist of Vestland said the toll was unfair to the boatmen.",
  "",
  "The authority's spokeswoman, Kari Nordvik, said the toll would pay for new locks.",
  "",
  "The lock keeper Jon Aas, who has run the upper lock since 1998, has denied that he would ever sell the lock.",
  "",
  "The Valley Boatmen's Union has refused to comment on the toll receipts.",
  "",
  '"We won the vote and lost the argument," said Kari Nordvik.',
  "",
  "The toll will rise again in May, according to a report from Lake Radio.",
  "",
  "The canal authority would not close the upper lock this winter, its board decided.",
  "",
  "The valley council survived a no-confidence vote on Tuesday.",
].join("\n");

let store: FactStore;

beforeAll(async () => {
  store = createSqliteStore({ path: ":memory:" });
  await createDefaultIngester(store, []).ingest({
    title: "Lake towns brace for a long dispute over the canal toll",
    source: "Valley Gazette",
    url: "https://valley.example/canal-toll",
    published: "2025-03-04",
    text: ARTICLE.split("\n\n").slice(1).join("\n\n"),
  });
});
afterAll(() => store.close());

const ask = (question: string) => createAsker({ store }).answer(question, null);

describe("titles written before or around a name", () => {
  it("reads the title right before a full name, stopping at a speech verb", () => {
    expect(titleBefore("“We will win,” said harbour strategist Ola Berglund on Monday.", "Ola Berglund")).toBe("harbour strategist");
  });

  it("reads a title set off by commas before the name", () => {
    expect(titleBefore("The authority's spokeswoman, Kari Nordvik, said so.", "Kari Nordvik")).toBe("authority's spokeswoman");
  });

  it("reads an appositive after the name whose head is a kind of person", () => {
    expect(titleBefore("“No,” said Ola Berglund, a veteran of three toll disputes.", "Ola Berglund")).toBe(
      "a veteran of three toll disputes",
    );
  });

  it("finds nothing when the word before the name is not a kind of person", () => {
    expect(titleBefore("Yesterday Ola Berglund met Kari Nordvik at the lock.", "Kari Nordvik")).toBeNull();
    expect(titleBefore("Yesterday Ola Berglund met Kari Nordvik at the lock.", "Ola Berglund")).toBeNull();
  });

  it("treats a stored role that ends in a title abbreviation or an initial as cut", () => {
    const role = (text: string) => ({ type: "role", text }) as Candidate;
    expect(isCutRole(role("Sen"))).toBe(true);
    expect(isCutRole(role("former C"))).toBe(true);
    expect(isCutRole(role("harbour strategist"))).toBe(false);
    expect(isCutRole(role("CIA analyst"))).toBe(false);
  });
});

describe("who is X? with the role written before the name", () => {
  it("answers with the title the article writes before the name", async () => {
    const result = await ask("Who is Ola Berglund?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("harbour strategist");
  });

  it("answers with a title set off by commas", async () => {
    const result = await ask("Who is Kari Nordvik?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("spokeswoman");
  });

  it("never presents a role cut at an abbreviation as what someone is", async () => {
    const result = await ask("Who is Mara Lindqvist?");
    expect(result.answer).not.toMatch(/described as Sen\b/);
  });

  it("still refuses a person the articles never name", async () => {
    const result = await ask("Who is Petra Solheim?");
    expect(result.answered).toBe(false);
  });
});

describe("who <speech verb> …? with few of the quote's words", () => {
  it("finds the quote of a paraphrase through two shared words", async () => {
    const result = await ask("Who predicted the fight would drag on until the winter in courtrooms?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Berglund");
  });

  it("refuses when nothing said is about what the question asks", async () => {
    const result = await ask("Who predicted the ferry fares would fall by the summer?");
    expect(result.answered).toBe(false);
  });
});

describe("yes-no questions with a speech verb", () => {
  it("answers No first when the sentence says the person denied the very thing asked", async () => {
    const result = await ask("Has Jon Aas said he would sell the lock?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No\b/);
    expect(result.answer).toContain("denied");
  });

  it("answers No first when an organisation refused to comment", async () => {
    const result = await ask("Has the Valley Boatmen's Union commented on the toll receipts?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No\b/);
  });

  it("answers Yes first when the quote says what was asked", async () => {
    const result = await ask("Did Ola Berglund say the fight would drag on until the winter?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Yes\b/);
    expect(result.answer).toContain("drag on");
  });

  it("does not answer for someone who said nothing on it", async () => {
    const result = await ask("Has Kari Nordvik commented on the pensions of the lock keepers?");
    expect(result.answered).toBe(false);
  });
});

describe("the claim a speech question asks about", () => {
  it("does not take a quote that shares only the claim's verb for the claim", async () => {
    const result = await ask("Who conceded that the boatmen had lost the strike?");
    expect(result.answered).toBe(false);
  });

  it("answers 'did X say it would …?' only from a fact that states the claimed act", async () => {
    const result = await ask("Did Kari Nordvik say the toll would close the locks?");
    expect(result.answered).toBe(false);
  });

  it("takes a person named in the possessive as whose role is asked, not as the speaker", async () => {
    const result = await ask("What did Ola Berglund's deputy say about the toll disputes?");
    expect(result.answered).toBe(false);
  });
});

describe("questions about the source of a claim", () => {
  it("answers 'according to which outlet …?' with the sentence that names it", async () => {
    const result = await ask("According to which outlet will the toll rise again?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Lake Radio");
  });

  it("refuses when no source is named for the claim", async () => {
    const result = await ask("Which station reported that the locks would close in May?");
    expect(result.answered).toBe(false);
  });

  it("refuses when the act asked about is not in the attributed fact", async () => {
    const result = await ask("According to whom did the toll fall in May?");
    expect(result.answered).toBe(false);
  });
});

describe("a fact that negates the act asked about", () => {
  it("does not answer 'when did X …?' with a fact saying X did not", async () => {
    const result = await ask("When did the canal authority close the upper lock?");
    expect(result.answered).toBe(false);
  });

  it("does not answer 'why did X …?' with a fact that gives no reason", async () => {
    const result = await ask("Why did the canal authority close the upper lock?");
    expect(result.answered).toBe(false);
  });

  it("reads 'no-confidence' as a kind of vote, not a negation", async () => {
    const result = await ask("When did the valley council survive the no-confidence vote?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("survived");
  });
});
