type Json = Record<string, unknown>;

const truthy = (value: unknown) => value === true || value === "true" || value === "1";

/**
 * `conversations.history` as Slack answers it: the channel's messages (thread replies left out) newest first,
 * between `oldest` and `latest` (exclusive unless `inclusive`), at most `limit` (default 100), and message
 * `metadata` only when `include_all_metadata` is set. `messages` are the accepted posts, oldest first.
 */
export function conversationsHistory(messages: readonly Json[], body: Json): Json {
  const oldest = Number(body.oldest ?? 0);
  const latest = body.latest === undefined ? Number.POSITIVE_INFINITY : Number(body.latest);
  const inclusive = truthy(body.inclusive);
  const limit = Math.min(Math.max(Number(body.limit ?? 100) || 100, 1), 999);
  const inRange = (ts: number) => (inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest);
  const found = messages
    .filter((m) => m.channel === body.channel && (m.thread_ts === undefined || m.thread_ts === m.ts) && inRange(Number(m.ts)))
    .reverse();
  const withMetadata = truthy(body.include_all_metadata);
  const page = found.slice(0, limit).map(({ channel: _channel, metadata, ...message }) => ({
    ...message,
    ...(withMetadata && metadata !== undefined ? { metadata } : {}),
  }));
  return { ok: true, messages: page, has_more: found.length > limit };
}
