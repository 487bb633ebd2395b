import type { Writable } from "node:stream";
import pino from "pino";
import { prettyLine } from "./pretty-line.ts";
import { createSecretMask } from "./secret-mask.ts";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;
/** `json`: one JSON object per line (production, log shippers); `pretty`: `time level msg key=value…` for people. */
export type LogFormat = "json" | "pretty";

/** Structured logging, one line per event. Components take a child (`log.child({ component: "slack" })`). */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

/**
 * Fields that hold credentials wherever they appear, censored by pino before a line is written. Tokens that
 * reach a log inside some other text (a library's error message) are masked by value as well (`secrets`).
 */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "botToken",
  "appToken",
  "signingSecret",
  "clientSecret",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
] as const;

export type LoggerOptions = { level: LogLevel; out: Writable; secrets?: readonly string[]; base?: LogFields; format?: LogFormat };

/**
 * A pino logger writing synchronously to `out` (stderr in the bot, a buffer in tests). `secrets` are masked
 * wherever they appear in the finished line, so a token pasted into an error message by a library still
 * never reaches the log.
 */
export function createLogger(options: LoggerOptions): Logger {
  const mask = createSecretMask(options.secrets ?? []);
  const format = options.format ?? "pretty";
  const destination = {
    write(line: string) {
      const masked = mask(line);
      options.out.write(format === "json" ? masked : prettyLine(masked));
    },
  };
  const root = pino(
    {
      level: options.level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError, err: serializeError },
      redact: { paths: [...REDACTED_PATHS], censor: "[redacted]" },
    },
    destination,
  );
  return wrap(options.base ? root.child(options.base) : root);
}

function wrap(log: pino.Logger): Logger {
  return {
    debug: (message, fields) => log.debug(fields ?? {}, message),
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
    child: (fields) => wrap(log.child(fields)),
  };
}

/** An error as its message, type and code (the stack only at debug, where someone asked for detail). */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return code === undefined ? value.message : `${value.message} (${String(code)})`;
}
