import type { Topic } from "../../config/file-schema.ts";
import type { AliasKeyCache } from "../query/alias-key-cache.ts";
import { createAskCaches } from "../query/ask/ask-caches.ts";
import { deriveThreadRoot, deriveThreadRootOf } from "../query/ask/thread-root.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { ThreadStore } from "../store/ports/thread-store.ts";
import type { ThreadContext, ThreadPlatform, ThreadRegistry } from "./thread-registry.ts";

export type StoreThreadRegistryOptions = {
  store: FactReader & ThreadStore;
  /** The configured topics, so `/brief <slug>` roots are recognised as topic briefs. */
  topics: readonly Topic[];
  now?: () => string;
  /** Claimed event ids kept for dedupe; the oldest are forgotten past this. */
  maxEvents?: number;
  /** The store's alias-key cache (alias-key-cache.ts), shared with its other readers; one of its own otherwise. */
  aliasKeys?: AliasKeyCache;
};

/**
 * The persistent ThreadRegistry: thread roots live in the store (threads + thread_turns), so a restart
 * keeps every thread's context and follow-ups keep working under old messages. The root's topic, people and
 * facts are derived from its command unless the caller passes them: from the command as data when it came so
 * (kept with the root), else from its readable line (roots stored before, text platforms); the command line and
 * summary become the thread's first two turns.
 *
 * Event dedupe stays in memory, bounded: platforms redeliver an unacknowledged event within seconds to
 * minutes, so a set of recent ids covers the window, and writing every incoming event id to disk would put
 * a write on the 3-second acknowledgement path for no gain. After a restart a redelivery may be answered
 * twice at most once; digest posts, which must never double, have their own ledger in the store.
 */
export function createStoreThreadRegistry(options: StoreThreadRegistryOptions): ThreadRegistry {
  const { store, topics } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const maxEvents = options.maxEvents ?? 10_000;
  const events = new Set<string>();
  const caches = createAskCaches(store, options.aliasKeys);
  return {
    markBotThread(platform: ThreadPlatform, channel: string, threadId: string, context: ThreadContext) {
      const key = { platform, channel, threadId };
      const existing = store.getThread(key);
      // why: a root marked again (a Discord thread opened later) keeps the command it was first stored with.
      const root = context.root ?? existing?.rootCommand ?? undefined;
      const derived =
        context.topic !== undefined && context.entities && context.factIds
          ? { topic: context.topic ?? null, entities: [...context.entities], factIds: [...context.factIds] }
          : root
            ? deriveThreadRootOf(store, topics, root, context.command, caches)
            : deriveThreadRoot(store, topics, context.command, caches);
      const at = now();
      store.putThread({ ...key, ...derived, ...(root ? { rootCommand: root } : {}), createdAt: existing?.createdAt ?? at });
      // why: a root marked twice (a retried post, a Discord thread opened after the answer) keeps one pair of turns.
      if (existing && existing.turns.length > 0) return;
      store.appendTurn(key, { author: "user", text: context.command, entities: derived.entities, at });
      store.appendTurn(key, { author: "bot", text: context.summary, entities: derived.entities, at });
    },
    isBotThread(platform: ThreadPlatform, channel: string, threadId: string) {
      return store.getThread({ platform, channel, threadId }) !== null;
    },
    claimEvent(platform: ThreadPlatform, eventId: string) {
      const id = `${platform}\u0000${eventId}`;
      if (events.has(id)) return false;
      events.add(id);
      // why: a Set iterates in insertion order, so the first entry is the oldest claim.
      if (events.size > maxEvents) events.delete(events.values().next().value as string);
      return true;
    },
  };
}
