import type { Topic } from "../../config/file-schema.ts";
import type { Logger } from "../log/logger.ts";
import type { Clock } from "../schedule/clock.ts";
import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { ThreadStore } from "../store/ports/thread-store.ts";
import type { ThreadRegistry } from "../threads/thread-registry.ts";
import { markDigestThread } from "./digest-thread.ts";
import { formatSlot } from "./labels.ts";
import type { DigestPlan } from "./plan.ts";
import { prepareDigest } from "./prepare-digest.ts";
import { type RetryPolicy, withRetry } from "./retry.ts";
import type { DigestSenders } from "./sender.ts";
import { parseTarget } from "./target.ts";

export type DeliveryDeps = {
  store: FactReader & DeliveryLedger & ThreadStore;
  topics: readonly Topic[];
  senders: DigestSenders;
  threads?: ThreadRegistry | undefined;
  clock: Clock;
  log: Logger;
  retry: RetryPolicy;
  /** A claim left 'sending' longer than this is taken to be a crashed sender's and is reconciled. */
  leaseMs: number;
};

export type SlotJob = { plan: DigestPlan; target: string; slot: number; late: boolean };

export type SlotOutcome =
  | { status: "sent" | "reconciled"; messageId: string }
  | { status: "failed"; error: string }
  /** empty: nothing new; already: the slot was done before; busy: another sender holds it; no-sender: platform not running. */
  | { status: "empty" | "already" | "busy" | "no-sender" };

/**
 * Delivers one (digest, target, slot) at most once. The ledger row is claimed before the post and
 * completed with the platform's message id after; a row found 'sending' past its lease is taken over
 * atomically and checked against the platform (by marker) before anything is re-sent.
 */
export async function deliverSlot(deps: DeliveryDeps, job: SlotJob): Promise<SlotOutcome> {
  const { store, clock } = deps;
  const target = parseTarget(job.target);
  const sender = deps.senders[target.kind];
  const key = { digestId: job.plan.id, target: job.target, slot: new Date(job.slot).toISOString() };
  const log = deps.log.child({ digest: key.digestId, target: key.target, slot: key.slot });
  if (!sender) {
    log.debug("no sender for this platform; digest not delivered");
    return { status: "no-sender" };
  }
  const prepared = prepareDigest(
    store,
    deps.topics,
    job.plan,
    job.target,
    job.slot,
    job.late ? `scheduled for ${formatSlot(job.slot, job.plan.timezone)}` : undefined,
  );
  if (!prepared) return { status: "empty" };
  const marker = { digestId: key.digestId, slot: key.slot };
  const posted = async (messageId: string) => {
    await markDigestThread(
      { store, threads: deps.threads, now: () => clock.now() },
      { plan: job.plan, target, messageId, summary: prepared.doc.summary, content: prepared.content },
    );
  };

  const claim = store.claimDelivery({ ...key, late: job.late });
  if (!claim.claimed) {
    if (claim.delivery.status !== "sending") return { status: "already" };
    const staleBefore = new Date(clock.now().getTime() - deps.leaseMs).toISOString();
    if (!store.reclaimDelivery(key, staleBefore)) return { status: "busy" };
    let found: string | null;
    try {
      found = await sender.findDelivered(target, marker);
    } catch (error) {
      // why: without the platform's answer a re-send could double the post; the claim's lease runs out and we ask again.
      log.warn("could not check the platform for an interrupted digest; will retry", { error });
      return { status: "busy" };
    }
    if (found) {
      store.finishDelivery(key, { messageId: found });
      await posted(found);
      log.info("interrupted digest found on the platform; recorded without re-sending", { messageId: found });
      return { status: "reconciled", messageId: found };
    }
    log.info("interrupted digest never reached the platform; sending it now");
  }

  let messageId: string;
  try {
    const result = await withRetry(() => sender.send(target, prepared.doc, { marker }), {
      policy: deps.retry,
      sleep: (ms) => clock.sleep(ms),
      beforeRetry: (error, n) => {
        store.touchDelivery(key);
        log.warn("digest post failed; retrying", { attempt: n, error: error.message });
      },
    });
    messageId = result.messageId;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.finishDelivery(key, { error: message });
    log.error("digest not delivered", { error: message });
    return { status: "failed", error: message };
  }
  store.finishDelivery(key, { messageId });
  await posted(messageId);
  log.info(job.late ? "late digest delivered" : "digest delivered", { messageId });
  return { status: "sent", messageId };
}
