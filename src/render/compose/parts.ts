import type { Block } from "../document.ts";

/** Under every answer that can be followed up. */
export const FOLLOW_UP_HINT = "Reply in this thread to ask a follow-up.";

/** A titled part of an answer, or nothing when it has no content (no empty "Quotes" headings). */
export function section(title: string, content: readonly (Block | undefined)[]): Block[] {
  const blocks = content.filter((block): block is Block => block !== undefined);
  return blocks.length > 0 ? [{ type: "heading", text: title, level: 2 }, ...blocks] : [];
}

/** "…and N more: <command>" when a composer left items out. */
export function moreBlock(count: number, command: string): Block[] {
  return count > 0 ? [{ type: "more", count, command }] : [];
}
