import type { Topic } from "../../config/file-schema.ts";
import type { Document } from "../render/document.ts";
import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import { composeDigest, composeNothingNew } from "./compose-digest.ts";
import { buildDigestContent, type DigestContent } from "./content.ts";
import type { DigestPlan } from "./plan.ts";
import { digestWindow } from "./window.ts";

/** A digest ready to post: the Document, and the facts it showed (for thread context). */
export type PreparedDigest = { doc: Document; content: DigestContent };

/**
 * The post one target would get for the slot at `upTo`, or null when nothing is new and the plan stays
 * silent then. `late` words the notice on a catch-up post.
 */
export function prepareDigest(
  store: FactReader & DeliveryLedger,
  topics: readonly Topic[],
  plan: DigestPlan,
  target: string,
  upTo: number,
  late?: string,
): PreparedDigest | null {
  const { window, since } = digestWindow(store, plan, target, upTo);
  const content = buildDigestContent(store, topics, plan, window);
  const topicTitles = plan.topics.map((slug) => topics.find((topic) => topic.slug === slug)?.title ?? slug);
  const header = { topicTitles, since, ...(late ? { late } : {}) };
  if (content.itemCount > 0) return { doc: composeDigest(content, header), content };
  return plan.postWhenEmpty ? { doc: composeNothingNew(header), content } : null;
}
