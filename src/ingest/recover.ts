import { ArticleFactsSchema } from "../domain/facts.ts";
// why: the segmenter alone, not the index: the whole extractor (and its date parser) loads only when extracting.
import { splitSentences } from "../extract/text/segment.ts";
import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import type { FollowedSources } from "../store/ports/followed-sources.ts";
import type { SubscriptionStore } from "../store/ports/subscription-store.ts";
import type { ThreadStore } from "../store/ports/thread-store.ts";
import type { Salvage } from "../store/salvage.ts";
import type { IngesterDeps } from "./ingest-article.ts";

export type RecoverSummary = {
  articles: number;
  lost: string[];
  failed: { name: string; reason: string }[];
  subscriptions: number;
  deliveries: number;
  threads: number;
  sources: number;
  seenItems: number;
  partial: string[];
};

/**
 * Writes what was salvaged from a damaged store into a new one: each article's facts read again from its kept
 * text with its content hash and ingest time (so later ingests say "unchanged" and digests announce nothing
 * again), then subscriptions, the digest ledger (a post recorded as sent stays sent, so nothing is posted twice)
 * threads with their turns, and followed sources with the feed items they have seen. `setNow` makes the new store stamp the article's original ingest time.
 */
export async function restoreSalvage(
  salvage: Salvage,
  deps: IngesterDeps & { store: SubscriptionStore & DeliveryLedger & ThreadStore & FollowedSources; setNow: (iso: string | null) => void },
): Promise<RecoverSummary> {
  const { store } = deps;
  const summary: RecoverSummary = {
    articles: 0,
    lost: [...salvage.lostArticles],
    failed: [],
    subscriptions: 0,
    deliveries: 0,
    threads: 0,
    sources: 0,
    seenItems: 0,
    partial: [...salvage.partial],
  };
  for (const article of salvage.articles) {
    try {
      const { text, contentHash, ingestedAt, ...meta } = article;
      const checked = ArticleFactsSchema.safeParse(await deps.extract({ ...meta, text }));
      if (!checked.success) throw new Error(`the extractor returned facts that do not fit: ${checked.error.issues[0]?.message ?? ""}`);
      const body = deps.clean ? deps.clean(text) : text;
      const sentences = splitSentences(body);
      const topics = deps.matcher.tag(
        meta.title,
        sentences.map((sentence) => sentence.text),
      );
      deps.setNow(ingestedAt);
      store.putArticle({ facts: checked.data, contentHash, text: body, sentences, topics });
      summary.articles += 1;
    } catch (error) {
      summary.failed.push({ name: article.id, reason: (error as Error).message });
    } finally {
      deps.setNow(null);
    }
  }
  for (const subscription of salvage.subscriptions) {
    store.putSubscription(subscription);
    summary.subscriptions += 1;
  }
  for (const delivery of salvage.deliveries) {
    const key = { digestId: delivery.digestId, target: delivery.target, slot: delivery.slot };
    store.claimDelivery({ ...key, late: delivery.late });
    // why: a claim left 'sending' stays so, and is reconciled against the platform before anything is re-sent
    if (delivery.status === "sent" && delivery.messageId) store.finishDelivery(key, { messageId: delivery.messageId });
    if (delivery.status === "failed") store.finishDelivery(key, { error: delivery.error ?? "failed" });
    summary.deliveries += 1;
  }
  for (const thread of salvage.threads) {
    const { turns, ...root } = thread;
    store.putThread(root);
    for (const turn of turns) store.appendTurn(root, turn);
    summary.threads += 1;
  }
  // why: the seen items keep a re-followed source from announcing its whole feed again, and the state its backoff
  for (const source of salvage.sources) {
    store.sources.restoreSource(source);
    summary.sources += 1;
  }
  for (const item of salvage.seenItems) {
    store.sources.putSeen(item);
    summary.seenItems += 1;
  }
  return summary;
}

export function describeRecover(summary: RecoverSummary, from: string, to: string): string {
  const lines = [
    `Recovered ${summary.articles} articles, ${summary.subscriptions} subscriptions, ${summary.deliveries} digest deliveries and ${summary.threads} threads${summary.sources + summary.seenItems > 0 ? `, and ${summary.sources} followed sources with ${summary.seenItems} seen feed items,` : ""} from ${from} into ${to}. ${from} was not changed.`,
  ];
  if (summary.lost.length > 0)
    lines.push(
      `  unreadable articles (${summary.lost.length}): ${summary.lost.slice(0, 20).join(", ")}${summary.lost.length > 20 ? ", …" : ""}`,
    );
  for (const failure of summary.failed) lines.push(`  not re-read: ${failure.name}: ${failure.reason}`);
  for (const part of summary.partial) lines.push(`  read in part: ${part}`);
  lines.push(
    "To use it: stop Briefbot, move the damaged brief.db (with its -wal and -shm files) out of DATA_DIR and keep it,",
    `then move ${to} into DATA_DIR as brief.db. Ingest the unreadable articles' files or URLs again if you have them.`,
  );
  return lines.join("\n");
}
