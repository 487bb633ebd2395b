import { describe, expect, it } from "vitest";
import { withoutDateline } from "../../../src/text/dateline.ts";

describe("wire datelines", () => {
  it.each([
    ["PELLIN — The port reopened on Monday.", "The port reopened on Monday."],
    ["NEW VELLMAR (Harbour Wire) — Dock workers walked out.", "Dock workers walked out."],
    ["ORLA, June 14 (Wire) - Dock workers walked out.", "Dock workers walked out."],
    ["ST. ANSELM, March 3, 2024 — Talks resumed.", "Talks resumed."],
  ])("drops the dateline of %j", (sentence, expected) => {
    expect(withoutDateline(sentence)).toBe(expected);
  });

  it.each([["The port reopened — after a week — on Monday."], ["NATO — the alliance — met in Brussels."], ["EU ministers met on Monday."]])(
    "leaves %j alone",
    (sentence) => {
      expect(withoutDateline(sentence)).toBe(sentence);
    },
  );
});
