import { describe, expect, it } from "vitest";
import type { EventItem } from "../../../src/corroborate/fact-items.ts";
import { actorsAgree, eventConflicts, groupEvents } from "../../../src/corroborate/group-events.ts";
import { article, event } from "./builders.ts";

const item = (id: string, source: string, e: ReturnType<typeof event>): EventItem => ({
  article: article(id, source).facts.article,
  source: id,
  event: e,
});
const noGroups = () => -1;
const byIndex = (index: number) => index;

describe("grouping events", () => {
  it("merges one event told at a day and at its month", () => {
    const items = [
      item("a", "Korrin Post", event("The Amsel footbridge in Korrin reopened to walkers after repairs", "2024-04-09")),
      item("b", "Valley Times", event("The Amsel footbridge reopened to walkers", "2024-04")),
    ];
    expect(groupEvents(items)).toEqual([[0, 1]]);
  });

  it("does not merge a short clause inside a longer one on inferred dates", () => {
    const items = [
      item(
        "a",
        "Korrin Post",
        event("The Amsel footbridge in Korrin reopened to walkers and cyclists after repairs to its rusted steel supports", "2024-04", {
          basis: "relative",
        }),
      ),
      item("b", "Valley Times", event("The Amsel footbridge reopened to walkers", "2024-04", { basis: "relative" })),
    ];
    expect(groupEvents(items)).toEqual([[0], [1]]);
  });

  it("keeps apart two events that only share a day", () => {
    const items = [
      item("a", "Korrin Post", event("The Amsel footbridge in Korrin reopened to walkers", "2024-04-09")),
      item("b", "Valley Times", event("The Korrin council approved a cycle lane along the river", "2024-04-09")),
    ];
    expect(groupEvents(items)).toEqual([[0], [1]]);
    expect(eventConflicts(items, byIndex)).toEqual([]);
  });

  it("keeps apart events whose actors exclude each other", () => {
    const items = [
      item("a", "Korrin Post", event("The mayor opened the new footbridge over the Amsel", "2024-04-09", { actors: ["person:t.gr_v_"] })),
      item("b", "Valley Times", event("The mayor opened the new footbridge over the Amsel", "2024-04-09", { actors: ["person:a.h_lm"] })),
    ];
    expect(groupEvents(items)).toEqual([[0], [1]]);
    expect(actorsAgree(items[0]?.event ?? event("x", "2024"), items[1]?.event ?? event("x", "2024"))).toBe(false);
  });
});

describe("date conflicts", () => {
  const opened = "The Amsel footbridge in Korrin reopened to walkers after repairs";

  it("flags one event told on two days by two sources, both versions cited", () => {
    const items = [item("a", "Korrin Post", event(opened, "2024-04-09")), item("b", "Valley Times", event(opened, "2024-04-07"))];
    const [conflict, ...rest] = eventConflicts(items, byIndex);
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("date");
    expect(conflict?.versions.map((v) => [v.article.source, v.value])).toEqual([
      ["Korrin Post", "2024-04-09"],
      ["Valley Times", "2024-04-07"],
    ]);
  });

  it("flags nothing when one article's past event is dated after the other article was published (a later meeting)", () => {
    const met = "The Korrin council met to debate the harbour budget";
    const first = {
      ...item("a", "Korrin Post", event(met, "2024-04-08")),
      article: { ...article("a", "Korrin Post").facts.article, published: "2024-04-09" },
    };
    const next = {
      ...item("b", "Valley Times", event(met, "2024-04-15")),
      article: { ...article("b", "Valley Times").facts.article, published: "2024-04-16" },
    };
    expect(eventConflicts([first, next], byIndex)).toEqual([]);
  });

  it("flags nothing between copies of one source", () => {
    const items = [
      item("a", "Korrin Post", event(opened, "2024-04-09")),
      { ...item("b", "Valley Times", event(opened, "2024-04-11")), source: "a" },
    ];
    expect(eventConflicts(items, byIndex)).toEqual([]);
  });

  it("flags nothing when the article also gives the other's day (a dateline beside the event's date)", () => {
    const items = [
      item("a", "Korrin Post", event(opened, "2024-04-10", { basis: "month-day" })),
      item("a", "Korrin Post", event(opened, "2024-04-09")),
      item("b", "Valley Times", event(opened, "2024-04-09")),
    ];
    expect(eventConflicts(items, noGroups)).toEqual([]);
  });

  it("flags nothing on a date the extractor inferred (last week, the publication day)", () => {
    const items = [
      item("a", "Korrin Post", event(opened, "2024-04", { basis: "relative" })),
      item("b", "Valley Times", event(opened, "2024-03-28")),
    ];
    expect(eventConflicts(items, byIndex)).toEqual([]);
  });
});
