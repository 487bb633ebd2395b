import { describe, expect, it } from "vitest";
import { junkIn } from "../../../bench/lib/junk.ts";
import type { ArticleFacts } from "../../../src/domain/facts.ts";
import { extractText } from "./helpers.ts";

// The junk counter itself (bench/lib/junk.ts), on invented text: it must catch each kind the issue names and
// must not call the writer's attribution after a quotation a quote fragment.
const kinds = (text: string) => junkIn(extractText(text), text).map((item) => item.kind);

function withEvent(facts: ArticleFacts, summary: string, sentence: string): ArticleFacts {
  const event = {
    date: "2024-05-07",
    precision: "day" as const,
    basis: "weekday" as const,
    summary,
    actors: [],
    sentence,
    start: 0,
    end: sentence.length,
  };
  return { ...facts, events: [...facts.events, event] };
}

describe("the junk counter", () => {
  it("does not count the attribution after a quotation begun a sentence earlier", () => {
    expect(kinds("“We have waited long enough. Now the council must act,” union leader Ivo Brandt said Tuesday.")).toEqual([]);
  });

  it("counts an event whose line starts inside a quotation", () => {
    const text = "“The ferry will run again, the council agreed on Tuesday after a long fight,” Ivo Brandt said.";
    const facts = withEvent(extractText(text), "The council agreed on Tuesday after a long fight", text);
    expect(junkIn(facts, text).map((item) => item.kind)).toContain("eventQuoteFragment");
  });

  it("counts a person who is the tail of an organisation's name", () => {
    const text = "Pia Holm works at the Institute for Ferries and Foreign Trade Studies.";
    const facts = extractText(text);
    const fake = {
      ...facts,
      entities: [
        ...facts.entities,
        { ...(facts.entities[0] as ArticleFacts["entities"][number]), name: "Trade Studies", type: "person" as const },
      ],
    };
    expect(junkIn(fake, text).map((item) => item.kind)).toContain("personInOrg");
  });
});
