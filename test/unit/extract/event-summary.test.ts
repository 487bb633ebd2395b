import { describe, expect, it } from "vitest";
import { summariseEvent } from "../../../src/extract/event-summary.ts";

function summary(sentence: string, date: string): string | null {
  const start = sentence.indexOf(date);
  if (start < 0) throw new Error(`"${date}" is not in the sentence`);
  return summariseEvent(sentence, start, start + date.length);
}

describe("event summaries: the clause that carries the date", () => {
  it.each([
    [
      "a relative clause keeps the noun it hangs on",
      "The council wants the old quarter back, including Vellmar Bridge, which the province sold in 2009.",
      "2009",
      "Vellmar Bridge, which the province sold in 2009",
    ],
    [
      "a leading date phrase is dropped: the timeline shows the date",
      "On Tuesday, the port authority reopened the northern terminal.",
      "On Tuesday",
      "The port authority reopened the northern terminal",
    ],
    [
      "a leading relative date phrase is dropped too",
      "Earlier this month, after two weeks of talks, the unions called off the strike.",
      "Earlier this month",
      "After two weeks of talks, the unions called off the strike",
    ],
    [
      "a main clause with the date stands alone; what follows 'but' is another matter",
      "The mayor closed the bridge on March 3, but traffic returned within days.",
      "March 3",
      "The mayor closed the bridge on March 3",
    ],
    [
      "a clause without its own subject falls back to the whole sentence",
      "The board rejected the offer in May, and approved a smaller one on June 9.",
      "June 9",
      "The board rejected the offer in May, and approved a smaller one on June 9",
    ],
    [
      "the date of the telling is not the event: the whole sentence",
      "Fares will rise by a tenth, the operator said on Monday.",
      "Monday",
      "Fares will rise by a tenth, the operator said on Monday",
    ],
    [
      "commas inside quotation marks do not split clauses, and a quotation is no clause of the writer's",
      '"We will rebuild, street by street," the governor said on Friday.',
      "Friday",
      null,
    ],
    [
      "a bare predicate gets its subject back from before the relative clause",
      "Hoping to calm the markets, union leader Mara Testa, who had been abroad for a month, returned to Pellin late on Friday, her office said.",
      "late on Friday",
      "Union leader Mara Testa returned to Pellin late on Friday",
    ],
    [
      "a predicate whose subject is a long clause falls back to the whole sentence",
      "The regional assembly of the northern provinces and the river towns, meeting in emergency session, voted on May 2 to close the dam.",
      "May 2",
      "The regional assembly of the northern provinces and the river towns, meeting in emergency session, voted on May 2 to close the dam",
    ],
    [
      "an opening phrase that carries the date has no verb: the sentence is the clause",
      "In the weeks after the storm in October, volunteers rebuilt the harbour wall.",
      "October",
      "In the weeks after the storm in October, volunteers rebuilt the harbour wall",
    ],
    ["a sentence without clauses is kept whole", "The ferry service ended in 1998.", "1998", "The ferry service ended in 1998"],
  ])("%s", (_why, sentence, date, expected) => {
    expect(summary(sentence, date)).toBe(expected);
  });

  it("cuts a long clause at a word boundary and marks the cut", () => {
    const sentence = `On Monday, ${"the committee heard evidence from residents ".repeat(8)}about the flood.`;
    const out = summary(sentence, "On Monday");
    expect(out?.length).toBeLessThanOrEqual(161);
    expect(out?.endsWith("…")).toBe(true);
    expect(out?.startsWith("The committee heard evidence")).toBe(true);
  });

  it("reads two tellings of the same event alike, so a timeline can merge them", () => {
    const first = summary("Officials want every district returned, including Orla, which the army seized in 2016.", "2016");
    const second = summary("The envoy demanded control of Orla, which it seized in 2016, and new border talks.", "2016");
    expect(first).toBe("Orla, which the army seized in 2016");
    expect(second).toBe("Orla, which it seized in 2016");
  });
});

describe("event summaries: openings and subordinate clauses fall back to the sentence", () => {
  it.each([
    [
      "'But after …' is an opening phrase",
      "But after Tuesday night's vote, the mayor promised a second ballot.",
      "Tuesday",
      "But after Tuesday night's vote, the mayor promised a second ballot",
    ],
    [
      "a participle opening has no subject",
      "Winning three wards on Tuesday, the greens took control of the council.",
      "Tuesday",
      "Winning three wards on Tuesday, the greens took control of the council",
    ],
    [
      "a subordinate clause leans on the main one",
      "The ferry is still late, although the gap has narrowed since March.",
      "March",
      "The ferry is still late, although the gap has narrowed since March",
    ],
    [
      "a colon ends the lead-in",
      "The result: after Thursday's debate, the mayor travels north.",
      "Thursday",
      "The result: after Thursday's debate, the mayor travels north",
    ],
    [
      "a predicate after a relative clause gets the subject before the relative pronoun",
      "Ines Moro, whose 2005 book angered the council, a bitter, long quarrel, returned to the valley in June.",
      "June",
      "Ines Moro returned to the valley in June",
    ],
    [
      "a relative clause hangs on the whole noun phrase",
      "Critics attacked the party's new line of attack, which echoes a campaign from 2008.",
      "2008",
      "The party's new line of attack, which echoes a campaign from 2008",
    ],
  ])("%s", (_name, sentence, date, expected) => {
    expect(summary(sentence, date)).toBe(expected);
  });
});
