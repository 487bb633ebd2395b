import { createRequire } from "node:module";
import type { Writable } from "node:stream";
import type pino from "pino";
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

/** pino's numbers for our levels: a line is written when its level is at least the configured one. */
const LEVEL_VALUES: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Number.POSITIVE_INFINITY };

/**
 * A pino logger writing synchronously to `out` (stderr in the bot, a buffer in tests). `secrets` are masked
 * wherever they appear in the finished line, so a token pasted into an error message by a library still
 * never reaches the log.
 * why lazy: loading pino cost ~60 ms of CPU at every `brief` start, and a one-shot command such as `brief ask`
 * usually writes no line at all; pino is loaded when the first line at or above the level is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  let root: pino.Logger | undefined;
  const rootLogger = () => {
    root ??= pinoLogger(options);
    return root;
  };
  return lazy(() => (options.base ? rootLogger().child(options.base) : rootLogger()), LEVEL_VALUES[options.level]);
}

function pinoLogger(options: LoggerOptions): pino.Logger {
  const pinoModule = createRequire(import.meta.url)("pino") as typeof pino;
  const mask = createSecretMask(options.secrets ?? []);
  const format = options.format ?? "pretty";
  const destination = {
    write(line: string) {
      const masked = mask(line);
      options.out.write(format === "json" ? masked : prettyLine(masked));
    },
  };
  return pinoModule(
    {
      level: options.level,
      base: null,
      timestamp: pinoModule.stdTimeFunctions.isoTime,
      messageKey: "msg",
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError, err: serializeError },
      redact: { paths: [...REDACTED_PATHS], censor: "[redacted]" },
    },
    destination,
  );
}

/** A Logger whose pino logger is made on its first line that passes the level; children likewise. */
function lazy(make: () => pino.Logger, threshold: number): Logger {
  let log: pino.Logger | undefined;
  const get = () => {
    log ??= make();
    return log;
  };
  return {
    debug: (message, fields) => {
      if (LEVEL_VALUES.debug >= threshold) get().debug(fields ?? {}, message);
    },
    info: (message, fields) => {
      if (LEVEL_VALUES.info >= threshold) get().info(fields ?? {}, message);
    },
    warn: (message, fields) => {
      if (LEVEL_VALUES.warn >= threshold) get().warn(fields ?? {}, message);
    },
    error: (message, fields) => {
      if (LEVEL_VALUES.error >= threshold) get().error(fields ?? {}, message);
    },
    child: (fields) => lazy(() => get().child(fields), threshold),
  };
}

/** An error as its message, type and code (the stack only at debug, where someone asked for detail). */
function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return code === undefined ? value.message : `${value.message} (${String(code)})`;
}
