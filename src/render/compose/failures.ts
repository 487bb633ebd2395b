import type { InvalidQuery, NotFound } from "../../query/types.ts";
import { type Document, errorDocument } from "../document.ts";

/**
 * Nothing matched: the engine's sentence, then what to type instead. `retry` turns a suggestion into
 * the command that would use it ("coastal-fisheries" → "/brief coastal-fisheries").
 */
export function composeNotFound(result: NotFound, retry: (suggestion: string) => string, fallbackHint: string): Document {
  const hint = result.suggestions.length > 0 ? `Try ${result.suggestions.slice(0, 3).map(retry).join(" or ")}.` : fallbackHint;
  return { ...errorDocument(result.message, hint), outcome: "refused" };
}

/** The question could not be read (a malformed date, an empty name): the reason and the right usage. */
export function composeInvalid(result: InvalidQuery, usage: string): Document {
  return errorDocument(result.message, `usage: ${usage}`);
}
