/**
 * The platform-neutral answer tree. Commands build Documents; renderers turn them into Slack blocks,
 * Discord embeds, terminal text or Markdown. Text fields hold plain text: renderers escape it.
 * `cites` are 1-based indexes into the document's `sources` block.
 */
export type Cites = readonly number[];

export type Block =
  | { type: "heading"; text: string }
  | { type: "context"; text: string }
  | { type: "paragraph"; text: string; cites?: Cites }
  | { type: "bullets"; items: readonly { text: string; cites?: Cites }[] }
  | { type: "quote"; text: string; attribution: string; cites?: Cites }
  | { type: "timeline"; entries: readonly { date: string; text: string; cites?: Cites }[] }
  | { type: "people"; people: readonly { name: string; role?: string; detail?: string }[] }
  | { type: "sources"; sources: readonly SourceRef[] }
  | { type: "hint"; text: string }
  | { type: "divider" };

export type SourceRef = { n: number; title: string; outlet: string; date: string; url: string };

export type Document = {
  /** One line that stands for the whole answer: notifications, logs, the Slack `text` fallback. */
  summary: string;
  blocks: readonly Block[];
  /** Shown only to the person who asked (help, errors, previews). */
  ephemeral?: boolean;
};

export function errorDocument(message: string, hint?: string): Document {
  const blocks: Block[] = [{ type: "paragraph", text: message }];
  if (hint) blocks.push({ type: "hint", text: hint });
  return { summary: message, blocks, ephemeral: true };
}
