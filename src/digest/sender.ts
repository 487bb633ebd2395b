import type { Document } from "../render/document.ts";
import type { Target, TargetKind } from "./target.ts";

/** Names one post (digest, slot) so a platform message can be matched to the ledger after a crash. */
export type DeliveryMarker = { digestId: string; slot: string };

/**
 * The port a digest leaves through, one per platform. `send` posts the Document as one thread root
 * (more parts go under it) carrying the marker; `findDelivered` looks on the platform for a post with
 * that marker, so a crash between sending and recording is reconciled instead of posted twice.
 * Both throw DigestSendError (or anything else, which counts as not worth retrying).
 */
export type DigestSender = {
  send(target: Target, doc: Document, options: { marker: DeliveryMarker }): Promise<{ messageId: string }>;
  findDelivered(target: Target, marker: DeliveryMarker): Promise<string | null>;
};

export type DigestSenders = Partial<Record<TargetKind, DigestSender>>;

/**
 * A failed send, classified: `retryable` for rate limits (429) and server errors (5xx), with the wait the
 * platform asked for; not retryable for a deleted channel or a removed bot.
 */
export class DigestSendError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { retryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "DigestSendError";
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Reads an HTTP status from the usual error shapes (`status`, `statusCode`) and classifies it. */
export function classifyHttpError(error: unknown): DigestSendError {
  if (error instanceof DigestSendError) return error;
  const e = (error ?? {}) as { status?: unknown; statusCode?: unknown; retryAfter?: unknown; message?: unknown };
  const status = Number(e.status ?? e.statusCode);
  const retryAfter = Number(e.retryAfter);
  const message = typeof e.message === "string" ? e.message : String(error);
  return new DigestSendError(message, {
    retryable: status === 429 || (status >= 500 && status < 600),
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    cause: error,
  });
}
