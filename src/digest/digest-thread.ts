import type { ThreadStore } from "../store/ports/thread-store.ts";
import type { ThreadRegistry } from "../threads/thread-registry.ts";
import type { DigestContent } from "./content.ts";
import type { DigestPlan } from "./plan.ts";
import type { Target } from "./target.ts";

/** The fact ids a digest showed ("q12", "e7") and the people in them: the context of its thread. */
function shownFacts(content: DigestContent): { factIds: string[]; entities: string[] } {
  const factIds: string[] = [];
  const entities = new Set<string>();
  for (const item of content.sections.flatMap((section) => section.items)) {
    if (item.kind === "quote") {
      factIds.push(item.quote.id);
      if (item.quote.speaker.entityId) entities.add(item.quote.speaker.entityId);
    } else if (item.kind === "event") {
      factIds.push(item.event.id);
      for (const actor of item.event.actors) entities.add(actor);
    }
  }
  return { factIds, entities: [...entities] };
}

/**
 * Makes a posted digest a thread root: the adapters answer replies under it (ThreadRegistry), and the
 * store keeps what it showed so a follow-up is answered with the digest's facts as context.
 */
export async function markDigestThread(
  deps: { store: ThreadStore; threads?: ThreadRegistry | undefined; now: () => Date },
  posted: { plan: DigestPlan; target: Target; messageId: string; summary: string; content: DigestContent },
): Promise<void> {
  const { plan, target, messageId } = posted;
  if (target.kind === "console") return;
  const topic = plan.topics[0] ?? null;
  await deps.threads?.markBotThread(target.kind, target.channel, messageId, {
    command: topic ? `/brief ${topic}` : "/brief digest preview",
    summary: posted.summary,
  });
  deps.store.putThread({
    platform: target.kind,
    channel: target.channel,
    threadId: messageId,
    topic,
    ...shownFacts(posted.content),
    createdAt: deps.now().toISOString(),
  });
}
