import type { FileConfig } from "../../config/file-schema.ts";
import type { FollowedSources } from "../store/ports/followed-sources.ts";

/**
 * Makes the store's config-owned sources match the config file: new ones followed (their first poll spread
 * over a minute), changed ones updated with their polling state kept, removed ones unfollowed. Sources added
 * from the CLI or chat are left alone; a config id that one of them already uses is reported, not overwritten.
 */
export function syncConfigSources(store: FollowedSources, config: FileConfig, now: Date, random: () => number): { conflicts: string[] } {
  const ledger = store.sources;
  const defaults = config.sourceDefaults;
  const wanted = new Set(config.sources.map((source) => source.id));
  const conflicts: string[] = [];
  for (const source of config.sources) {
    const fields = {
      id: source.id,
      url: source.url,
      topics: source.topics,
      intervalMinutes: source.every ?? defaults.every,
      backfill: source.backfill ?? defaults.backfill,
    };
    const existing = ledger.getSource(source.id);
    if (existing && existing.origin !== "config") conflicts.push(source.id);
    else if (existing) {
      if (
        existing.url !== fields.url ||
        existing.intervalMinutes !== fields.intervalMinutes ||
        existing.backfill !== fields.backfill ||
        existing.topics.join() !== fields.topics.join()
      )
        ledger.updateSource(fields);
    } else {
      const nextTry = new Date(now.getTime() + Math.floor(random() * 60_000)).toISOString();
      ledger.addSource({ ...fields, origin: "config", scope: null, followedAt: now.toISOString(), nextTry });
    }
  }
  for (const source of ledger.listSources()) if (source.origin === "config" && !wanted.has(source.id)) ledger.removeSource(source.id);
  return { conflicts };
}
