import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

// Invented sentences: a dated sentence that is mostly a quotation gets its attribution as the timeline line,
// but not an attribution cut before a quoted title (issue 14: no event is a piece of a quotation).
describe("timeline lines from the attribution of a quotation", () => {
  it("drops an attribution cut before a quoted title", () => {
    const text = `"We will not sell the pier to anyone, not now and not ever," Fenn said Tuesday on Radio North's "Morning Tide."`;
    const summaries = extractText(text).events.map((e) => e.summary);
    expect(summaries.some((s) => /North['’]s$/.test(s))).toBe(false);
  });

  it("keeps a whole attribution", () => {
    const text = `"We will not sell the pier to anyone, not now and not ever," Ada Fenn said on Tuesday.`;
    expect(extractText(text).events.map((e) => e.summary)).toContain("Ada Fenn said on Tuesday");
  });
});
