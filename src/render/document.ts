/**
 * The platform-neutral answer tree. Commands build Documents; renderers turn them into Slack blocks,
 * Discord embeds, terminal text or Markdown. Text fields hold plain text: renderers escape it and
 * defuse mentions, so composers never need to think about any platform's markup.
 * `cites` are the numbers (`n`) of entries in the document's `sources` block.
 */
export type Cites = readonly number[];

export type CitedText = { text: string; cites?: Cites };
export type TimelineEntry = { date: string; text: string; cites?: Cites };
export type Person = { name: string; role?: string; detail?: string };
export type SourceRef = { n: number; title: string; outlet: string; date: string; url: string };

export type Block =
  /** Level 1 titles the answer (Slack header, embed title); level 2 names a part of it ("Quotes"). */
  | { type: "heading"; text: string; level?: 1 | 2 }
  /** A short dim line under a heading: counts, date span. */
  | { type: "context"; text: string }
  | { type: "paragraph"; text: string; cites?: Cites }
  | { type: "bullets"; items: readonly CitedText[] }
  /** `reported`: reported speech, shown without quotation marks so it never passes for verbatim words. */
  | { type: "quote"; text: string; attribution: string; cites?: Cites; reported?: boolean }
  | { type: "timeline"; entries: readonly TimelineEntry[] }
  | { type: "people"; people: readonly Person[] }
  | { type: "sources"; sources: readonly SourceRef[] }
  /** Items a composer left out on purpose: "…and 12 more: /brief who X --all". */
  | { type: "more"; count: number; command?: string }
  /** What to do next ("Reply in this thread to ask a follow-up"); shown last, never cut. */
  | { type: "hint"; text: string }
  | { type: "divider" };

export type Document = {
  /** One line that stands for the whole answer: notifications, logs, the Slack `text` fallback. */
  summary: string;
  blocks: readonly Block[];
  /** Shown only to the person who asked (help, errors, previews). */
  ephemeral?: boolean;
  /** The command that shows everything, named when a renderer must cut the answer to fit a platform. */
  more?: string;
  /**
   * How the command ended when it did not simply answer: `refused` is "nothing found" or "the articles don't
   * say", `invalid` a message about the request itself. Counted apart in the metrics; renderers ignore it.
   */
  outcome?: "refused" | "invalid";
  /** A file that goes with the message (an export): uploaded to Slack, attached on Discord, printed in the terminal. */
  attachment?: Attachment;
};

export type Attachment = { filename: string; mime: string; content: string };

/** What a person sees when answering failed unexpectedly: a short apology, never a stack trace (the error is logged). */
export const FAILURE_APOLOGY = "Sorry, something went wrong while answering that. It has been logged; please try again.";

export function errorDocument(message: string, hint?: string): Document {
  const blocks: Block[] = [{ type: "paragraph", text: message }];
  if (hint) blocks.push({ type: "hint", text: hint });
  return { summary: message, blocks, ephemeral: true, outcome: "invalid" };
}

/** "…and 12 more: /brief who X --all", the one wording every renderer uses for a cut. */
export function moreText(count: number, command?: string): string {
  const head = count > 0 ? `…and ${count} more` : "…and more";
  return command ? `${head}: ${command}` : head;
}
