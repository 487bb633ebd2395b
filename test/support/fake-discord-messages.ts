type Json = Record<string, unknown>;

/** How long Discord remembers an enforced nonce ("the past few minutes"). */
export const NONCE_WINDOW_MS = 5 * 60_000;

/**
 * The messages created through POST /channels/{id}/messages, per channel, as Discord keeps them:
 * `create` honours `nonce` + `enforce_nonce` (the same nonce again within minutes returns the first
 * message and creates none), and `recent` is GET /channels/{id}/messages?limit= (1–100, default 50, newest first).
 */
export function createChannelMessages(now: () => number = Date.now) {
  const byChannel = new Map<string, Json[]>();
  const nonces = new Map<string, { message: Json; at: number }>();
  return {
    create(channelId: string, body: Json, make: (extra: Json) => Json): Json {
      const nonce = body.nonce === undefined ? undefined : String(body.nonce);
      const enforced = nonce !== undefined && body.enforce_nonce === true ? nonces.get(nonce) : undefined;
      if (enforced && now() - enforced.at < NONCE_WINDOW_MS) return enforced.message;
      const message = make(nonce === undefined ? {} : { nonce });
      byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), message]);
      if (nonce !== undefined && body.enforce_nonce === true) nonces.set(nonce, { message, at: now() });
      return message;
    },
    /** The newest messages first, or the Invalid Form Body problems of a bad `limit`. */
    recent(channelId: string, query: URLSearchParams): Json[] | { problems: string[] } {
      const limit = Number(query.get("limit") ?? 50);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { problems: [`limit ${query.get("limit")} is not 1-100`] };
      return [...(byChannel.get(channelId) ?? [])].reverse().slice(0, limit);
    },
  };
}
