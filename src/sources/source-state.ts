import { formatEvery } from "../../config/every.ts";
import type { FollowedSource } from "../store/ports/followed-sources.ts";

export type SourceState = "new" | "ok" | "failing";

/** new: never polled successfully (and not failing); failing: the last poll failed (backing off); ok otherwise. */
export function sourceState(source: FollowedSource): SourceState {
  if (source.failures > 0) return "failing";
  return source.lastSuccess === null ? "new" : "ok";
}

/** One source as `brief feeds list --json` and the chat listing show it. */
export function sourceSummary(source: FollowedSource) {
  return {
    id: source.id,
    url: source.url,
    state: sourceState(source),
    every: formatEvery(source.intervalMinutes),
    topics: source.topics,
    backfill: source.backfill,
    origin: source.origin,
    scope: source.scope,
    followedAt: source.followedAt,
    lastSuccess: source.lastSuccess,
    lastFailure: source.lastFailure,
    failures: source.failures,
    nextTry: source.nextTry,
    lastError: source.lastError,
  };
}

/** "failing (3 in a row): HTTP 500 …; next try 2026-01-05 09:00 UTC" and the like: one line of state. */
export function describeState(source: FollowedSource): string {
  const state = sourceState(source);
  const next = `next poll ${shortTime(source.nextTry)}`;
  if (state === "failing")
    return `failing (${source.failures} in a row): ${source.lastError ?? "unknown error"}; next try ${shortTime(source.nextTry)}`;
  if (state === "new") return `not polled yet; ${next}`;
  return `ok, last polled ${shortTime(source.lastSuccess ?? "")}; ${next}`;
}

function shortTime(iso: string): string {
  return iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
}
