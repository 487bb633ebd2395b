import type { ArticleInput } from "../domain/article.ts";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a, 64-bit, over UTF-16 code units: small, pure and stable across runs and platforms. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * The article's stable id: from its URL (scheme, "www.", query, fragment and trailing slash ignored), or
 * from its normalised text when it has no URL. The same article ingested twice gets the same id.
 */
export function articleIdFor(input: Pick<ArticleInput, "url" | "text" | "title">): string {
  const url = input.url.trim();
  if (url) {
    const normal = url
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, "")
      .replace(/^www\./, "")
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "");
    return `url-${fnv1a64(normal)}`;
  }
  const body = `${input.title}\n${input.text}`.replace(/\s+/g, " ").trim().toLowerCase();
  return `text-${fnv1a64(body.slice(0, 200_000))}`;
}
