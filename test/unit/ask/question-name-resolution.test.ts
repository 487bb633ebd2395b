import { afterEach, describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import type { Entity } from "../../../src/domain/facts.ts";
import { isCommonWord, isPlaceNoun } from "../../../src/lexicon/wordnet.ts";
import { createAliasKeyCache } from "../../../src/query/alias-key-cache.ts";
import { ask } from "../../../src/query/ask/ask.ts";
import { findNames } from "../../../src/query/ask/question-names.ts";
import { understand } from "../../../src/query/ask/understand.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";

// Invented names. The entities are written straight into a real SQLite store, as an extractor that made a
// mistake would have left them: a group of people taken for one person, with a place among its aliases.
const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function storeWith(entities: readonly { name: string; type: Entity["type"]; aliases?: string[] }[]): FactStore {
  const store = createSqliteStore({ path: ":memory:" });
  opened.push(store);
  store.putArticle(
    toStore({
      ...makeFacts("n1"),
      entities: entities.map(({ name, type, aliases = [] }) => ({ id: entityId(type, name), name, type, aliases, roles: [] })),
    }),
  );
  return store;
}

const resolved = (store: FactStore, question: string) =>
  findNames(store, question, createAliasKeyCache(store)).found.map((name) => `${name.text} → ${name.entity.name}`);
const unknown = (store: FactStore, question: string) =>
  findNames(store, question, createAliasKeyCache(store)).unknown.map((name) => name.text);

describe("names in a question", () => {
  it("knows places and ordinary words from WordNet, and tells them from names", () => {
    expect(isPlaceNoun("nebraska")).toBe(true);
    expect(isPlaceNoun("lisbon")).toBe(true);
    expect(isPlaceNoun("teacher")).toBe(false);
    expect(isCommonWord("mine")).toBe(true);
    expect(isCommonWord("growers")).toBe(true);
    expect(isCommonWord("paul")).toBe(false);
    expect(isCommonWord("zqxjv")).toBe(false);
  });

  it("reads a place as the place, not as the person an extractor gave that word as an alias", () => {
    const store = storeWith([{ name: "Nebraska Growers", type: "person", aliases: ["Nebraska"] }]);
    expect(resolved(store, "Did Nebraska vote for the levy?")).toEqual([]);
    expect(unknown(store, "Did Nebraska vote for the levy?")).toEqual(["Nebraska"]);
  });

  it("still reads a place word as a person's surname", () => {
    const store = storeWith([{ name: "Tomas Lisbon", type: "person", aliases: ["Lisbon"] }]);
    expect(resolved(store, "What did Lisbon say about the levy?")).toEqual(["Lisbon → Tomas Lisbon"]);
  });

  it("never reads ordinary words as a misspelt or partial name: the Mine Workers are neither Mina nor a union taken for a person", () => {
    const store = storeWith([
      { name: "Orla Mina", type: "person" },
      { name: "Harbour Workers", type: "person" },
    ]);
    expect(resolved(store, "Will the Mine Workers union strike?")).toEqual([]);
    expect(unknown(store, "Will the Mine Workers union strike?")).toEqual(["Mine Workers"]);
  });

  it("keeps typo tolerance and surnames for names that are not ordinary words", () => {
    const store = storeWith([
      { name: "Paul Grieve", type: "person" },
      { name: "Ilse Varkonyi", type: "person" },
    ]);
    expect(resolved(store, "What did Varkony say?")).toEqual(["Varkony → Ilse Varkonyi"]);
    expect(resolved(store, "What did Paul Grieve say?")).toEqual(["Paul Grieve → Paul Grieve"]);
  });
});

describe("a place the question names", () => {
  it("must be in the fact or its article, even when the store knows it as no entity", () => {
    const store = createSqliteStore({ path: ":memory:" });
    opened.push(store);
    const dockers = makeFacts("d1", { quotes: [{ speaker: "Petra Lind", text: "The dockers will ask for a rise of a tenth" }] });
    const farmers = makeFacts("f1", { quotes: [{ speaker: "Ivo Marr", text: "Nebraska farmers sold their corn early" }] });
    store.putArticle(toStore(dockers));
    store.putArticle(toStore(farmers));
    expect(ask(store, "Will the dockers ask for a rise of a tenth?").answered).toBe(true);
    expect(ask(store, "Will the dockers in Nebraska ask for a rise of a tenth?").answered).toBe(false);
    expect(ask(store, "Who said the dockers in Nebraska would ask for a rise of a tenth?").answered).toBe(false);
  });
});

describe("the speaker an 'according to' names", () => {
  it("is only the name inside the attribution, not the person the question then asks about", () => {
    const store = storeWith([
      { name: "Harbour Ministry", type: "organization" },
      { name: "Mette Varga", type: "person" },
    ]);
    const subjects = (question: string) => understand(store, question, createAliasKeyCache(store)).subjects;
    expect(subjects("According to the Harbour Ministry statement, what did Varga do after the vote?")).toEqual([
      entityId("organization", "Harbour Ministry"),
    ]);
    expect(subjects("What did Varga do after the vote, according to the Harbour Ministry?")).toEqual([
      entityId("organization", "Harbour Ministry"),
    ]);
  });
});
