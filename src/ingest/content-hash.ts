import { createHash } from "node:crypto";
import type { ArticleInput } from "../domain/article.ts";

/**
 * The identity of an article's content: metadata and text with whitespace runs collapsed, so a re-saved
 * file with different line endings or trailing spaces is still "the same article".
 */
export function contentHash(input: ArticleInput): string {
  const squash = (value: string) => value.replace(/\s+/g, " ").trim();
  const parts = [input.title, input.source, input.url, input.published, input.text].map(squash);
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}
