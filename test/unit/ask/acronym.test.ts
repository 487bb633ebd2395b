import { afterEach, describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import { createAliasKeyCache } from "../../../src/query/alias-key-cache.ts";
import { isAcronym, spellsOut } from "../../../src/query/ask/acronym.ts";
import { ask } from "../../../src/query/ask/ask.ts";
import { findNames } from "../../../src/query/ask/question-names.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";

// Invented agencies and people; facts written straight into a real SQLite store.
const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function open(): FactStore {
  const store = createSqliteStore({ path: ":memory:" });
  opened.push(store);
  return store;
}

describe("an acronym in a question", () => {
  it("is spelt out by the initials of a capitalised run, linking words skipped", () => {
    expect(isAcronym("HSB")).toBe(true);
    expect(isAcronym("H.S.B.")).toBe(true);
    expect(isAcronym("Board")).toBe(false);
    expect(spellsOut("The Harbour Safety Board is checking ferries.", "HSB")).toBe(true);
    expect(spellsOut("The Office for Fare Review said so.", "OFR")).toBe(true);
    expect(spellsOut("The harbour safety board said so.", "HSB")).toBe(false);
    expect(spellsOut("The Harbour Safety Board said so.", "HSA")).toBe(false);
    expect(spellsOut("Harbour Safety Board", "Board")).toBe(false);
  });

  it("finds the fact that writes the name out", () => {
    const store = open();
    store.putArticle(
      toStore(makeFacts("h1", { quotes: [{ speaker: "Petra Lindqvist", text: "The Harbour Safety Board is checking 40 ferries" }] })),
    );
    for (const question of ["How many ferries is the HSB checking?", "What did Petra Lindqvist say about the HSB?"]) {
      const result = ask(store, question);
      expect(result.answered, question).toBe(true);
      expect(result.answer).toContain("Harbour Safety Board is checking 40");
    }
    expect(ask(store, "How many ferries is the HSA checking?").answered).toBe(false);
  });

  it("is never read as a one-letter typo of another acronym the store knows", () => {
    const store = open();
    store.putArticle(
      toStore({
        ...makeFacts("c1"),
        entities: [{ id: entityId("organization", "KBS"), name: "KBS", type: "organization", aliases: [], roles: [] }],
      }),
    );
    expect(findNames(store, "What did the KDS say?", createAliasKeyCache(store)).found).toEqual([]);
    expect(findNames(store, "What did the KDS say?", createAliasKeyCache(store)).unknown.map((name) => name.text)).toEqual(["KDS"]);
    expect(findNames(store, "What did the KBS say?", createAliasKeyCache(store)).found.map((name) => name.entity.name)).toEqual(["KBS"]);
  });
});
