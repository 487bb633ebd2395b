import type { CommandRequest } from "../../src/dispatch/command.ts";
import type { Dispatcher } from "../../src/dispatch/dispatcher.ts";
import type { Document } from "../../src/render/document.ts";

/** A stand-in for the command layer: fixed Documents, and a record of every question it was asked. */
export type StubDispatcher = Dispatcher & { asked: Array<{ text: string; request: CommandRequest }> };

export const BRIEF: Document = {
  summary: "Turkey's mediation between Russia and Ukraine",
  blocks: [
    { type: "heading", text: "Turkey's mediation between Russia and Ukraine", level: 1 },
    { type: "context", text: "2 articles, Mar–Nov 2022" },
    { type: "bullets", items: [{ text: "Turkey keeps talking to Moscow while backing Kyiv. <!channel>", cites: [1, 2] }] },
    {
      type: "quote",
      text: "If everybody burns bridges with Russia, then who is going to talk to them at the end of the day?",
      attribution: "Ibrahim Kalin, Doha Forum, 27 Mar 2022 (via Reuters)",
      cites: [1],
    },
    { type: "timeline", entries: [{ date: "24 Feb 2022", text: "Russia attacks Ukraine", cites: [1] }] },
    {
      type: "sources",
      sources: [
        { n: 1, title: "Erdoğan's top foreign policy adviser", outlet: "Ahval", date: "27 Mar 2022", url: "https://example.org/a" },
      ],
    },
    { type: "hint", text: "Reply in this thread to ask a follow-up." },
  ],
};

/** Far over one message's 50 blocks and one section's 3000 characters: the renderer must split it. */
export const LONG: Document = {
  summary: "A very long answer",
  blocks: [
    { type: "heading", text: "A very long answer", level: 1 },
    ...Array.from({ length: 70 }, (_, i) => ({ type: "paragraph" as const, text: `Paragraph ${i + 1}: ${"word ".repeat(60)}` })),
    { type: "paragraph", text: "x & y ".repeat(1200) },
  ],
};

export const HELP: Document = {
  summary: "Briefbot commands",
  ephemeral: true,
  blocks: [
    { type: "heading", text: "Briefbot commands", level: 1 },
    { type: "bullets", items: [{ text: "/brief <topic>: a briefing" }, { text: "/brief who <name>: what they said" }] },
  ],
};

export function answerTo(question: string): Document {
  return {
    summary: `Answer: ${question}`,
    blocks: [{ type: "paragraph", text: `About "${question}": the articles say this.`, cites: [1] }],
  };
}

/** `/brief long` → LONG, `/brief help` → HELP, any other `/brief` → BRIEF, anything else → an answer to it. */
export function createStubDispatcher(): StubDispatcher {
  const asked: StubDispatcher["asked"] = [];
  return {
    asked,
    async handle(text, request) {
      asked.push({ text, request });
      if (text === "/brief long") return LONG;
      if (text === "/brief help") return HELP;
      if (text.startsWith("/brief")) return BRIEF;
      return answerTo(text);
    },
  };
}
