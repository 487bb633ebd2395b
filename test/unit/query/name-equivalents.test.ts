import { afterEach, describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import { createAliasKeyCache } from "../../../src/query/alias-key-cache.ts";
import { resolveName } from "../../../src/query/name-resolver.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { equivalentNames, textForms } from "../../../src/text/name-equivalents.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";

const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function storeWith(name: string, type: "place" | "organization"): FactStore {
  const store = createSqliteStore({ path: ":memory:" });
  opened.push(store);
  const facts = makeFacts("e1");
  store.putArticle(toStore({ ...facts, entities: [{ id: entityId(type, name), name, type, aliases: [], roles: [] }] }));
  return store;
}

describe("equivalent names: abbreviations of countries and international bodies", () => {
  it("finds the articles' full name from an abbreviation, with or without dots", () => {
    const store = storeWith("United States", "place");
    for (const asked of ["US", "U.S.", "USA", "us"])
      expect(resolveName(store, asked, createAliasKeyCache(store)).entities.map((row) => row.name)).toEqual(["United States"]);
  });

  it("finds the articles' abbreviation from the full name", () => {
    const store = storeWith("EU", "organization");
    expect(resolveName(store, "European Union", createAliasKeyCache(store)).entities.map((row) => row.name)).toEqual(["EU"]);
  });

  it("never reads the pronoun 'us' in running text as the United States", () => {
    expect(textForms("United States")).toContain("u.s.");
    expect(textForms("United States")).not.toContain("us");
    expect(textForms("World Health Organization")).not.toContain("who");
  });

  it("knows nothing about names outside its short list", () => {
    expect(equivalentNames("Vellmar")).toEqual([]);
  });
});
