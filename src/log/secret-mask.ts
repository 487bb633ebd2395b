import { Writable } from "node:stream";

/** Replaces every configured secret value in a text with a mask. */
export type SecretMask = (text: string) => string;

export const SECRET_MASK = "[redacted]";

/**
 * The one place that knows the configured secret values (bot and app tokens, signing secret, LLM key) and
 * masks them by value. why: libraries and remote endpoints put tokens into error messages (an endpoint that
 * reflects the Authorization header, a URL with a key in it); masking by name in a few log fields misses those.
 * Values shorter than 6 characters are ignored: masking "abc" everywhere would garble ordinary text.
 */
export function createSecretMask(secrets: readonly (string | undefined)[]): SecretMask {
  // why: longest first, so a secret that contains another is masked whole.
  const values = [...new Set(secrets.filter((secret): secret is string => typeof secret === "string" && secret.length >= 6))].sort(
    (a, b) => b.length - a.length,
  );
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((masked, secret) => (masked.includes(secret) ? masked.split(secret).join(SECRET_MASK) : masked), text);
}

/**
 * A stream that masks secrets in everything written to it, then passes it on to `target`.
 * why: user-facing error lines go to stdout/stderr from many places; masking at the stream catches them all.
 * The target's `columns` and `isTTY` are kept, so terminal width and colour decisions still see the real terminal.
 */
export function maskingStream<T extends NodeJS.WritableStream>(target: T, mask: SecretMask): Writable {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, _encoding, done) {
      target.write(mask(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")));
      done();
    },
  });
  const tty = target as { columns?: number; isTTY?: boolean };
  Object.defineProperty(stream, "columns", { get: () => tty.columns });
  Object.defineProperty(stream, "isTTY", { get: () => tty.isTTY });
  return stream;
}

/**
 * The same mask over every string inside plain data (a Document before it is rendered for a platform).
 * why: an answer is a user-facing line too; masking before rendering keeps the platform's limits intact.
 */
export function maskDeep<T>(value: T, mask: SecretMask): T {
  if (typeof value === "string") return mask(value) as T;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)])) as T;
  }
  return value;
}
