import { z } from "zod";
import type { DomDocument } from "./dom.ts";

/** A text field that may be absent or of the wrong shape: a bad field is ignored, the rest of the node is kept. */
const optionalText = z.string().trim().min(1).optional().catch(undefined);

const NameSchema = z.union([z.string(), z.object({ name: z.string() }).transform((named) => named.name)]);

/** The fields of a schema.org article node that ingest reads; everything else in the node is ignored. */
export const JsonLdArticleSchema = z.looseObject({
  "@type": z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  headline: optionalText,
  datePublished: optionalText,
  dateCreated: optionalText,
  url: optionalText,
  publisher: z
    .union([NameSchema, z.array(NameSchema).transform((names) => names[0])])
    .optional()
    .catch(undefined),
});
export type JsonLdArticle = z.output<typeof JsonLdArticleSchema>;

const ARTICLE_TYPE = /(^|:)(\w*Article|BlogPosting|Report|WebPage)$/;

/**
 * The page's schema.org article nodes from its `<script type="application/ld+json">` blocks, articles before
 * other page nodes. Arrays and `@graph` lists are flattened; a block that is not valid JSON is skipped.
 */
export function jsonLdArticles(document: DomDocument): JsonLdArticle[] {
  const nodes: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""), nodes, 0);
    } catch {
      // why: hand-written JSON-LD is often broken (trailing commas, raw newlines); the HTML meta tags still count.
    }
  }
  const articles = nodes.flatMap((node) => {
    const parsed = JsonLdArticleSchema.safeParse(node);
    return parsed.success && [parsed.data["@type"] ?? []].flat().some((type) => ARTICLE_TYPE.test(type)) ? [parsed.data] : [];
  });
  const rank = (node: JsonLdArticle) => ([node["@type"] ?? []].flat().some((type) => /Article|BlogPosting/.test(type)) ? 0 : 1);
  return articles.sort((a, b) => rank(a) - rank(b));
}

function collect(value: unknown, into: unknown[], depth: number): void {
  if (depth > 3 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  into.push(value);
  const graph = (value as { "@graph"?: unknown })["@graph"];
  if (graph !== undefined) collect(graph, into, depth + 1);
}
