import { describe, expect, it } from "vitest";
import { corroborate } from "../../../src/corroborate/corroborate.ts";
import { CorroborationSchema } from "../../../src/corroborate/types.ts";
import { article, event, quote } from "./builders.ts";

const OPENED = "The Amsel footbridge in Korrin reopened to walkers after repairs";

describe("corroborate", () => {
  it("counts two articles of one outlet as one source", () => {
    const result = corroborate([
      article("a", "Korrin Post", { events: [event(OPENED, "2024-04-09")] }),
      article("b", "The Korrin Post", { events: [event(OPENED, "2024-04")] }),
    ]);
    expect(result.groups.map((g) => [g.kind, g.articles, g.sources, g.date])).toEqual([["event", 2, 1, "2024-04-09"]]);
    expect(result.conflicts).toEqual([]);
  });

  it("cites an article once even when it tells a fact twice", () => {
    const result = corroborate([
      article("a", "Korrin Post", { quotes: [quote(OPENED, "Tomas Greeve"), quote(OPENED, "Tomas Greeve", { kind: "partial" })] }),
    ]);
    expect(result.groups.map((g) => [g.articles, g.citations.length])).toEqual([[1, 1]]);
  });

  it("gives a role held in one article and a rank in another as a role conflict, and a shared role as one fact", () => {
    const entity = (role: string) => ({
      id: "person:t.gr_v_",
      name: "Tomas Greeve",
      type: "person" as const,
      aliases: [],
      roles: [{ text: role, sentence: `Tomas Greeve, ${role}, said so.` }],
    });
    const result = corroborate([
      article("a", "Korrin Post", { entities: [entity("deputy head of the harbour office")] }),
      article("b", "Valley Times", { entities: [entity("head of the harbour office")] }),
      article("c", "Amsel Echo", { entities: [entity("head of the Korrin harbour office")] }),
    ]);
    expect(result.conflicts.map((c) => c.versions.map((v) => v.value))).toEqual([
      ["deputy head of the harbour office", "head of the harbour office"],
      ["deputy head of the harbour office", "head of the Korrin harbour office"],
    ]);
    expect(result.groups.map((g) => [g.text, g.sources])).toContainEqual(["head of the Korrin harbour office", 2]);
  });

  it("returns data its schema accepts", () => {
    const result = corroborate([
      article("a", "Korrin Post", { events: [event(OPENED, "2024-04-09")], quotes: [quote(OPENED, "Tomas Greeve")] }),
      article("b", "Valley Times", { events: [event(OPENED, "2024-04-07")] }),
    ]);
    expect(CorroborationSchema.parse(result)).toEqual(result);
    expect(result.conflicts.map((c) => c.kind)).toEqual(["date"]);
  });
});
