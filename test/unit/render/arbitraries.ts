import fc from "fast-check";
import type { Block, Document } from "../../../src/render/document.ts";

/** Every mention and markup trick we know of, to be spliced into any text field. */
export const INJECTIONS = [
  "@everyone",
  "@here",
  "@channel",
  "@EVERYONE",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S0123>",
  "<@U024BE7LH>",
  "<@&S123>",
  "<#C024BE7LR>",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&123456789012345678>",
  "<#123456789012345678>",
  "</brief:123456789012345678>",
  "&lt;!channel&gt;",
  "<https://evil.example|click>",
  "[click](https://evil.example)",
  "**bold** __u__ ~~s~~ ||spoiler|| `code`",
  "> quoted\n# heading\n- list\n-# small",
  "\x1b[2J\x1b]0;title\x07",
  "@\u200Beveryone",
  "<<@123>>",
  "@@here",
] as const;

const injection = fc.constantFrom(...INJECTIONS);
const longText = fc.constantFrom(
  "x".repeat(10_000),
  "&".repeat(10_000),
  "<".repeat(5_000),
  `${"word ".repeat(2_000)}@here`,
  "@everyone ".repeat(1_200),
);

/** Random unicode (including astral and control characters) with injections mixed in, sometimes huge. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(injection, fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: longText },
);

const citesArb = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 });
const urlArb = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), textArb, fc.constant("javascript:alert(1)"));
const many = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 30 });

export const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant("heading" as const), text: textArb, level: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ type: fc.constant("context" as const), text: textArb }),
  fc.record({ type: fc.constant("paragraph" as const), text: textArb, cites: citesArb }),
  fc.record({ type: fc.constant("bullets" as const), items: many(fc.record({ text: textArb, cites: citesArb })) }),
  fc.record({ type: fc.constant("quote" as const), text: textArb, attribution: textArb, cites: citesArb, reported: fc.boolean() }),
  fc.record({ type: fc.constant("timeline" as const), entries: many(fc.record({ date: textArb, text: textArb, cites: citesArb })) }),
  fc.record({
    type: fc.constant("people" as const),
    people: many(fc.record({ name: textArb, role: textArb, detail: textArb }, { requiredKeys: ["name"] })),
  }),
  fc.record({
    type: fc.constant("sources" as const),
    sources: many(fc.record({ n: fc.integer({ min: 0, max: 30 }), title: textArb, outlet: textArb, date: textArb, url: urlArb })),
  }),
  fc.record({ type: fc.constant("more" as const), count: fc.nat(5_000), command: textArb }, { requiredKeys: ["type", "count"] }),
  fc.record({ type: fc.constant("hint" as const), text: textArb }),
  fc.constant({ type: "divider" as const }),
);

export const documentArb: fc.Arbitrary<Document> = fc.record(
  { summary: textArb, blocks: fc.array(blockArb, { maxLength: 40 }), ephemeral: fc.boolean(), more: textArb },
  { requiredKeys: ["summary", "blocks"] },
);

/** A document with 1,000 items in every list and 10,000-character quotes: the worst a command could build. */
export function hugeDocument(text: (i: number) => string = (i) => `item ${i} @here <!channel>`): Document {
  const range = Array.from({ length: 1_000 }, (_, i) => i);
  const sources = range.map((i) => ({ n: i + 1, title: text(i), outlet: text(i), date: "2022", url: `https://example.com/${i}?a=1&b=2` }));
  return {
    summary: text(0),
    more: "/brief who someone --all",
    blocks: [
      { type: "heading", text: text(0).repeat(20) },
      { type: "context", text: text(1) },
      { type: "bullets", items: range.map((i) => ({ text: text(i), cites: [i + 1, i + 2] })) },
      ...range.slice(0, 50).map((i) => ({ type: "quote" as const, text: "q".repeat(10_000), attribution: text(i), cites: [i + 1] })),
      { type: "timeline", entries: range.map((i) => ({ date: "2022", text: text(i), cites: [i + 1] })) },
      { type: "people", people: range.map((i) => ({ name: text(i), role: text(i), detail: text(i) })) },
      { type: "sources", sources },
      { type: "hint", text: "Reply in this thread to ask a follow-up." },
    ],
  };
}
