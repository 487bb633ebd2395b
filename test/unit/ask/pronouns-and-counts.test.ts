import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDefaultIngester } from "../../../src/ingest/default-ingester.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";
import { createAliasKeyCache } from "../../../src/query/alias-key-cache.ts";
import { createAsker } from "../../../src/query/ask/asker.ts";
import { genderOf } from "../../../src/query/ask/pronoun-gender.ts";
import { resolveContext } from "../../../src/query/ask/resolve-context.ts";
import { buildResult } from "../../../src/query/ask/result.ts";
import { asksRole, understand } from "../../../src/query/ask/understand.ts";
import { contentWords } from "../../../src/query/ask/words.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// An invented article (test/fixtures/ask/articles/harbour-pay.md) naming a woman and a man, read by the real
// extractor into a real SQLite store.
let store: FactStore;
let lind = "";
let rusk = "";

beforeAll(async () => {
  store = createSqliteStore({ path: ":memory:" });
  const { meta, body } = readArticleFile(fileURLToPath(new URL("../../fixtures/ask/articles/harbour-pay.md", import.meta.url)));
  await createDefaultIngester(store, []).ingest({ ...meta, text: body });
  const id = (surname: string) =>
    store
      .aliasKeys()
      .map((row) => store.entityById(row.entityId))
      .find((row) => row?.type === "person" && row.name.endsWith(surname))?.id ?? "";
  lind = id("Lind");
  rusk = id("Rusk");
});
afterAll(() => store.close());
const aliasKeys = () => createAliasKeyCache(store);

const turn = (entities: string[]) => ({ author: "bot" as const, text: "…", entities, at: "2025-05-06T00:00:00.000Z" });
const context = (entities: string[]) => ({ topic: null, factIds: [], entities: [], turns: [turn(entities)] });

describe("a follow-up's pronoun means a person of its gender", () => {
  it("reads gender from the article's own words (a pronoun after the name, an honorific), never from first names", () => {
    expect(lind).not.toBe("");
    expect(rusk).not.toBe("");
    const person = (id: string) => store.entityById(id);
    const woman = person(lind);
    const man = person(rusk);
    expect(woman && genderOf(store, woman)).toBe("f");
    expect(man && genderOf(store, man)).toBe("m");
  });

  it("takes 'her' as the woman and 'his' as the man of a turn that named both", () => {
    const her = resolveContext(store, understand(store, "What is her job?", aliasKeys()), context([rusk, lind]));
    expect(her.names.map((name) => name.entity.id)).toEqual([lind]);
    const his = resolveContext(store, understand(store, "What is his job?", aliasKeys()), context([lind, rusk]));
    expect(his.names.map((name) => name.entity.id)).toEqual([rusk]);
  });

  it("refuses 'his' when the thread named only a woman, rather than answering about her", async () => {
    const resolved = resolveContext(store, understand(store, "What is his job?", aliasKeys()), context([lind]));
    expect(resolved.names).toEqual([]);
    expect(resolved.pronounUnresolved).toBe(true);
  });
});

describe("reading the question", () => {
  it("takes 'who predicted / mocked …?' as asking who spoke, and 'who ran …?' as a deed", () => {
    expect(understand(store, "Who predicted that pay would rise?", aliasKeys()).speechVerb).toBe(true);
    expect(understand(store, "Who mocked the port's cranes?", aliasKeys()).speechVerb).toBe(true);
    expect(understand(store, "Who ran the port?", aliasKeys()).speechVerb).toBe(false);
  });

  it("does not take 'is X said to …' as X speaking, nor 'what did he pledge to do' as a role question", () => {
    const passive = understand(store, "What rise is Petra Lind said to be seeking?", aliasKeys());
    expect(passive.subjects).toEqual([]);
    expect(passive.want).not.toBe("quote");
    expect(asksRole("what did he pledge to do about the cranes?")).toBe(false);
    expect(asksRole("what does she do at the port?")).toBe(true);
  });

  it("drops the halves of contractions ('isn', 'wouldn') from the meaning words", () => {
    expect(contentWords("Who argued the port isn't paying enough and wouldn't budge?")).toEqual(
      expect.not.arrayContaining(["isn", "wouldn", "t"]),
    );
    expect(contentWords("Who said they won't pay?")).not.toContain("wo");
  });

  it("does not take a lower-case dictionary word for a name some article made of it", () => {
    expect(understand(store, "Who said the docks cannot wait?", aliasKeys()).names.map((name) => name.text.toLowerCase())).not.toContain(
      "docks",
    );
  });
});

describe("how many: a number standing for the noun named just before it", () => {
  it("answers with the sentence whose bare number counts the asked noun", async () => {
    const result = await createAsker({ store }).answer("How many dockers does the port employ?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("412");
  });

  it("still refuses a count the article does not give", async () => {
    const result = await createAsker({ store }).answer("How many tugboats does the port own?");
    expect(result.answered).toBe(false);
  });
});

describe("the answer's form", () => {
  it("says 'dated from the article's publication day' once, however many lines use it", () => {
    const note = ", dated from the article's publication day";
    const result = buildResult(
      [
        { text: `A said on 5 May 2025 ("on Monday"${note}): "x" (Herald).`, facts: [] },
        { text: `B said on 5 May 2025 ("on Monday"${note}): "y" (Herald).`, facts: [] },
      ],
      true,
      [],
    );
    expect(result.answer.split(note)).toHaveLength(2);
  });

  it("never puts reported speech in quotation marks", async () => {
    const result = await createAsker({ store }).answer("What did Anton Rusk say about an answer?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("said");
    expect(result.answer).toMatch(/that he would answer within a month/);
    expect(result.answer).not.toMatch(/["“]he would answer/);
  });
});

describe("a capital standing for its country's government", () => {
  it("knows the words an article uses for the country instead of the capital", async () => {
    const { countryWordsOf } = await import("../../../src/lexicon/capitals.ts");
    expect(countryWordsOf("moscow")).toContain("kremlin");
    expect(countryWordsOf("washington")).toContain("american");
    expect(countryWordsOf("brenna")).toEqual([]);
  });
});
