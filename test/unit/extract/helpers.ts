import { extractArticle } from "../../../src/extract/index.ts";

/** Extracts from a bare text with fixed metadata, for focused tests. */
export function extractText(text: string, published = "2024-05-08", source = "Test Gazette") {
  return extractArticle({ title: "Test article", source, url: "https://example.com/test", published, text });
}

/** The quotes as [kind, speaker name or "(description)", text], the shape most tests compare. */
export function quotesOf(text: string, published?: string, source?: string) {
  return extractText(text, published, source).quotes.map((q) => [q.kind, q.speaker.name ?? `(${q.speaker.description})`, q.text] as const);
}
