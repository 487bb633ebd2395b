import type { ThreadContext, ThreadPlatform, ThreadRegistry } from "./thread-registry.ts";

export type MemoryThreadRegistryOptions = {
  /** Claimed event ids kept for dedupe; the oldest are forgotten past this (Slack redelivers within minutes). */
  maxEvents?: number;
};

/** A ThreadRegistry in memory: for tests, the terminal, and a bot run without a data directory. */
export function createMemoryThreadRegistry(options: MemoryThreadRegistryOptions = {}): ThreadRegistry {
  const maxEvents = options.maxEvents ?? 10_000;
  const threads = new Map<string, ThreadContext>();
  // why: the context is kept (not just a flag) so a persistent store and this one hold the same data.
  const events = new Set<string>();
  const key = (...parts: string[]) => parts.join("\u0000");
  return {
    markBotThread(platform: ThreadPlatform, channelId: string, threadId: string, context: ThreadContext) {
      threads.set(key(platform, channelId, threadId), context);
    },
    isBotThread(platform: ThreadPlatform, channelId: string, threadId: string) {
      return threads.has(key(platform, channelId, threadId));
    },
    claimEvent(platform: ThreadPlatform, eventId: string) {
      const id = key(platform, eventId);
      if (events.has(id)) return false;
      events.add(id);
      // why: a Set iterates in insertion order, so the first entry is the oldest claim.
      if (events.size > maxEvents) events.delete(events.values().next().value as string);
      return true;
    },
  };
}
