import { describe, expect, it } from "vitest";
import { sourcesOf, WIRE_COPY_THRESHOLD, wireCopyPairs } from "../../../src/corroborate/wire-copies.ts";
import { jaccard, shingles } from "../../../src/text/shingles.ts";

// Invented text: a wire story about a made-up river town.
const BODY = [
  "The footbridge over the river Amsel in Korrin was closed on Monday after inspectors found cracks in two of its",
  "steel supports, the town council said. Pedestrians were sent to the road bridge a kilometre downstream, and the",
  "weekly market on the eastern bank was moved to the school yard until further notice. Engineers will decide within",
  "a fortnight whether the supports can be braced or must be replaced, a decision that could keep the crossing shut",
  "for most of the summer. Shopkeepers near the bridge said trade had already fallen since the closure was announced.",
].join(" ");
const OWN_WORDS = [
  "Korrin's footbridge is shut. Cracks turned up in the steel under the Amsel crossing this week, and walkers now",
  "face a detour to the road bridge. Stallholders have packed up the Wednesday market and set up again at the school,",
  "while the council waits for engineers to say whether bracing will do. Traders fear a long summer without passing",
  "customers; some say the town should have inspected the supports years ago, when the first rust appeared on them.",
].join(" ");

describe("wire copies", () => {
  it("finds a copy with a new opening line and a credit line", () => {
    const copy = `This story first appeared in the Amsel Wire. ${BODY} (Reporting by Amsel Wire)`;
    expect(jaccard(shingles(BODY), shingles(copy))).toBeGreaterThanOrEqual(WIRE_COPY_THRESHOLD);
    expect(wireCopyPairs([shingles(BODY), shingles(OWN_WORDS), shingles(copy)])).toEqual([[0, 2]]);
  });

  it("keeps apart the same event told in another outlet's words", () => {
    expect(wireCopyPairs([shingles(BODY), shingles(OWN_WORDS)])).toEqual([]);
  });

  it("never calls a stub too short to judge a copy", () => {
    expect(wireCopyPairs([shingles("Bridge closed."), shingles("Bridge closed.")])).toEqual([]);
  });

  it("maps copies and one outlet's articles to one source, the first given", () => {
    const sources = sourcesOf([
      { id: "a", source: "Amsel Wire", text: BODY },
      { id: "b", source: "Korrin Post", text: `KORRIN (Amsel) - ${BODY}` },
      { id: "c", source: "Valley Times", text: OWN_WORDS },
      { id: "d", source: "The Valley Times", text: "A later, unrelated note from the same outlet." },
    ]);
    expect(Object.fromEntries(sources)).toEqual({ a: "a", b: "a", c: "c", d: "c" });
  });
});
