import { describe, expect, it } from "vitest";
import { closeClause, contentWords, sameClause } from "../../../src/corroborate/content-words.ts";

const same = (a: string, b: string, contained = true) => sameClause(contentWords(a), contentWords(b), contained);
const close = (a: string, b: string) => closeClause(contentWords(a), contentWords(b));

describe("clause content words", () => {
  it("leaves out dates, numbers, function words, attribution and the dateline", () => {
    expect([...contentWords("KORRIN, May 4 (Wire) - The council closed 2 bridges on Monday, 4 May 2024, officials said")].sort()).toEqual(
      ["bridg", "clos", "council", "official"].sort(),
    );
  });

  it("calls a short telling inside a longer one the same clause", () => {
    expect(
      same("The Amsel footbridge reopened to walkers", "The Amsel footbridge in Korrin reopened to walkers after repairs to its supports"),
    ).toBe(true);
  });

  it("allows the shorter inside the longer only when asked", () => {
    const long = "The Amsel footbridge in Korrin reopened to walkers and cyclists after repairs to its rusted steel supports";
    expect(same("The Amsel footbridge reopened to walkers", long, true)).toBe(true);
    expect(same("The Amsel footbridge reopened to walkers", long, false)).toBe(false);
  });

  it("keeps apart two events of one town and day", () => {
    expect(same("The Korrin council approved a new cycle lane", "The Korrin footbridge reopened to walkers")).toBe(false);
  });

  it("needs more for a disagreement than for a merge", () => {
    const a = "The Amsel footbridge reopened to walkers";
    const b = "The Amsel footbridge in Korrin reopened to walkers after repairs to its supports";
    expect(same(a, b)).toBe(true);
    expect(close(a, b)).toBe(true);
    expect(close("The ferry resumed service", "The ferry resumed service to the islands")).toBe(false);
  });
});
