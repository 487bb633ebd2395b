import { describe, expect, it } from "vitest";
import type { QuoteItem } from "../../../src/corroborate/fact-items.ts";
import { groupQuotes, quoteConflicts } from "../../../src/corroborate/group-quotes.ts";
import { article, quote } from "./builders.ts";

const item = (id: string, q: ReturnType<typeof quote>): QuoteItem => ({
  article: article(id, `${id} outlet`).facts.article,
  source: id,
  quote: q,
});
const NOBODY = new Map<string, Set<string>>();
const LONG = "The footbridge will stay shut until every support is replaced";

describe("grouping quotes", () => {
  it("merges the same words, and a longer stretch containing them, from the same speaker", () => {
    const items = [
      item("a", quote(`${LONG}.`, "Tomas Greeve")),
      item("b", quote(`${LONG}. We owe the town that much.`, "Tomas Greeve")),
      item("c", quote("We owe the town that much", "Alva Holm")),
    ];
    expect(groupQuotes(items)).toEqual([[0, 1], [2]]);
  });

  it("merges reported speech only on the very same words", () => {
    const indirect = { kind: "indirect" as const };
    const items = [
      item("a", quote("the pier would be rebuilt before the summer season", "Tomas Greeve", indirect)),
      item("b", quote("the pier would be rebuilt", "Tomas Greeve", indirect)),
      item("c", quote("the pier would be rebuilt", "Tomas Greeve", indirect)),
    ];
    expect(groupQuotes(items)).toEqual([[0], [1, 2]]);
  });

  it("merges unnamed speakers only with the same description", () => {
    const a = quote(LONG, null);
    const b = { ...quote(LONG, null), speaker: { name: null, description: "the harbour office" } };
    expect(groupQuotes([item("a", a), item("b", a), item("c", b)])).toEqual([[0, 1], [2]]);
  });
});

describe("speaker conflicts", () => {
  it("flags the same words credited to two named people by two sources", () => {
    const conflicts = quoteConflicts([item("a", quote(LONG, "Tomas Greeve")), item("b", quote(LONG, "Alva Holm"))], NOBODY);
    expect(conflicts.map((c) => [c.kind, c.versions.map((v) => v.value)])).toEqual([["speaker", ["Tomas Greeve", "Alva Holm"]]]);
  });

  it("flags nothing when one article also names the other's speaker (a likelier reading error)", () => {
    const items = [item("a", quote(LONG, "Tomas Greeve")), item("b", quote(LONG, "Alva Holm"))];
    expect(quoteConflicts(items, new Map([["b", new Set(["greeve"])]]))).toEqual([]);
  });

  it("flags nothing for a short stock phrase two people both said", () => {
    expect(
      quoteConflicts(
        [item("a", quote("We will not give up", "Tomas Greeve")), item("b", quote("We will not give up", "Alva Holm"))],
        NOBODY,
      ),
    ).toEqual([]);
  });

  it("flags nothing for reported speech, an unnamed speaker, or one source", () => {
    const indirect = { kind: "indirect" as const };
    expect(
      quoteConflicts([item("a", quote(LONG, "Tomas Greeve", indirect)), item("b", quote(LONG, "Alva Holm", indirect))], NOBODY),
    ).toEqual([]);
    expect(quoteConflicts([item("a", quote(LONG, "Tomas Greeve")), item("b", quote(LONG, null))], NOBODY)).toEqual([]);
    expect(
      quoteConflicts([item("a", quote(LONG, "Tomas Greeve")), { ...item("b", quote(LONG, "Alva Holm")), source: "a" }], NOBODY),
    ).toEqual([]);
  });
});
