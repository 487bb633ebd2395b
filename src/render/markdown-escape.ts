import { cleanText } from "./safety/mentions.ts";

const INLINE = /[\\*_~`|[\]<>]/g;
const LINE_START = /^(\s*)([>#+-])/gm;
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;

/** CommonMark-safe text: markup characters escaped, mentions defused (exports get pasted into chats). */
export function escapeMarkdown(plain: string): string {
  return cleanText(plain).replace(INLINE, "\\$&").replace(LINE_START, "$1\\$2").replace(NUMBERED, "$1\\.");
}
