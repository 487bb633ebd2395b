import { articleIdFor } from "../../extract/article-id.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";

/**
 * The id of the stored article with this URL, or null. Article ids derive from the URL (scheme, "www.",
 * query and fragment ignored), so this is one indexed lookup: what lets a feed be re-read without re-fetching.
 */
export function storedArticleIdByUrl(store: Pick<FactReader, "articlesByIds">, url: string): string | null {
  return store.articlesByIds([articleIdFor({ url, text: "", title: "" })])[0]?.id ?? null;
}
