import { describe, expect, it } from "vitest";
import { groupSyndicated, jaccard, SYNDICATION_THRESHOLD, shingles } from "../../../src/digest/syndication.ts";

// Invented text: a wire story about a made-up harbour town, and rewrites of it.
const WIRE = [
  "Engineers in the harbour town of Velmora began closing the new tidal barrier on Tuesday evening",
  "after forecasters warned of a storm surge higher than any recorded since the barrier was planned.",
  "The barrier, a row of twelve steel gates across the mouth of the inner harbour, took six years to build",
  "and cost the regional council more than it had first budgeted. Harbour master Ilse Quarren said the gates",
  "would stay shut until the surge had passed and the river behind them could drain at low tide.",
  "Fishing boats were moved to moorings upstream, and the ferry to the outer islands was cancelled for two days.",
  "Residents of the lower quarter were told to move cars from the quayside and to keep sandbags at their doors,",
  "although the council expected the gates to hold. The last great flood reached the market square and",
  "closed the town's school for a month. Council engineers will publish a report on the closing next week.",
].join(" ");

describe("syndicated copies of one story", () => {
  it("finds wire copy with a new headline line and a dateline at or above the threshold", () => {
    const copy = `VELMORA (Coast Wire) - ${WIRE} This story was provided by a news agency.`;
    expect(jaccard(shingles(WIRE), shingles(copy))).toBeGreaterThanOrEqual(SYNDICATION_THRESHOLD);
  });

  it("keeps apart the same event told in another outlet's own words", () => {
    const own = [
      "Velmora shut its storm gates for the first time on Tuesday as a surge bore down on the coast.",
      "The twelve gates, years late and over budget, now stand between the lower quarter and the sea,",
      "said Ilse Quarren, who runs the harbour. Ferries to the islands were called off and boats sent upriver.",
      "People living near the quay moved their cars and stacked sandbags, remembering the flood that once",
      "filled the market square and kept children out of school for weeks. A report on how the closing went",
      "is due from the council's engineers within days, and residents hope it will answer questions on cost.",
    ].join(" ");
    expect(jaccard(shingles(WIRE), shingles(own))).toBeLessThan(0.2);
    const leads = groupSyndicated([
      { id: "a", text: WIRE },
      { id: "b", text: own },
    ]);
    expect(leads.get("b")).toBe("b");
  });

  it("leads each group with the first article given and links copies transitively", () => {
    const copyB = `${WIRE} Copyright the wire.`;
    const copyC = `${WIRE} Copyright the wire. Additional reporting by staff.`;
    const leads = groupSyndicated([
      { id: "a", text: WIRE },
      { id: "other", text: "A short note." },
      { id: "b", text: copyB },
      { id: "c", text: copyC },
    ]);
    expect([leads.get("a"), leads.get("b"), leads.get("c"), leads.get("other")]).toEqual(["a", "a", "a", "other"]);
  });

  it("never groups stubs too short to judge, even when identical", () => {
    const stub = "Gates closed in Velmora tonight.";
    const leads = groupSyndicated([
      { id: "a", text: stub },
      { id: "b", text: stub },
    ]);
    expect(leads.get("b")).toBe("b");
  });
});
