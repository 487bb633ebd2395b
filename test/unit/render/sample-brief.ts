import type { Document } from "../../../src/render/document.ts";

/** A brief on the seed articles, shaped like "What a briefing looks like" in the product design (../shared/design/product.md). */
export const SAMPLE_BRIEF: Document = {
  summary: "Turkey's mediation between Russia and Ukraine: 2 articles, Mar–Nov 2022",
  more: "/brief turkey-mediation --all",
  blocks: [
    { type: "heading", text: "Turkey's mediation between Russia and Ukraine" },
    { type: "context", text: "2 articles, Mar–Nov 2022" },
    {
      type: "bullets",
      items: [
        { text: "Turkey keeps talking to Moscow while backing Kyiv, arguing someone must stay in contact.", cites: [1, 2] },
        { text: "Erdogan wants the grain corridor to become a corridor of peace.", cites: [2] },
      ],
    },
    { type: "heading", text: "People", level: 2 },
    {
      type: "people",
      people: [
        { name: "Ibrahim Kalin", role: "Erdoğan's chief foreign-policy adviser", detail: "2 quotes" },
        { name: "Recep Tayyip Erdogan", role: "Turkish President" },
      ],
    },
    { type: "heading", text: "Quotes", level: 2 },
    {
      type: "quote",
      text: "If everybody burns bridges with Russia, then who is going to talk to them at the end of the day?",
      attribution: "Ibrahim Kalin, Doha Forum, 27 Mar 2022 (via Reuters)",
      cites: [1],
    },
    { type: "heading", text: "Timeline", level: 2 },
    {
      type: "timeline",
      entries: [
        { date: "2014", text: "Russia annexes Crimea", cites: [1] },
        { date: "24 Feb 2022", text: "Russia attacks Ukraine", cites: [1] },
        { date: "12 Nov 2022", text: "Erdogan proposes a corridor of peace", cites: [2] },
      ],
    },
    { type: "more", count: 4, command: "/brief on 2022" },
    { type: "heading", text: "Sources", level: 2 },
    {
      type: "sources",
      sources: [
        {
          n: 1,
          outlet: "Ahval",
          date: "27 Mar 2022",
          title: "Erdoğan’s top foreign policy adviser defends Turkey's engagement with Russia",
          url: "https://ahval.me/ibrahim-kalin/erdogans-top-foreign-policy-adviser-defends-turkeys-engagement-russia",
        },
        {
          n: 2,
          outlet: "NPR",
          date: "15 Nov 2022",
          title: "Turkey is friendly with both Russia and Ukraine. Now it wants them to talk peace",
          url: "https://www.npr.org/",
        },
      ],
    },
    { type: "hint", text: "Reply in this thread to ask a follow-up." },
  ],
};
