import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences, one table per class of reported speech the extractor used to miss or misattribute.

describe("an unnamed subject with a relative clause speaks, not the object inside the clause", () => {
  it.each([
    [
      "Two unions that have backed the mayor say the council should vote again.",
      "(unions that have backed the mayor)",
      "the council should vote again",
    ],
    [
      "Officials who were stranded by the storm said the harbor must reopen.",
      "(Officials who were stranded by the storm)",
      "the harbor must reopen",
    ],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
});
