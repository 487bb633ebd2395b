import type { Writable } from "node:stream";
import { createSecretMask } from "./secret-mask.ts";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;

/** Structured logging: one line per event, `level msg key=value…`, to stderr. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/**
 * `secrets` are masked wherever they appear in a message or a field, so a token pasted into an error
 * message by a library still never reaches the log.
 */
export function createLogger(options: { level: LogLevel; out: Writable; secrets?: readonly string[]; base?: LogFields }): Logger {
  const mask = createSecretMask(options.secrets ?? []);
  const write = (level: LogLevel, message: string, fields: LogFields = {}) => {
    if (RANK[level] < RANK[options.level]) return;
    const all = { ...options.base, ...fields };
    const tail = Object.entries(all)
      .map(([key, value]) => `${key}=${formatValue(value)}`)
      .join(" ");
    options.out.write(`${mask(`${new Date().toISOString()} ${level.padEnd(5)} ${message}${tail ? ` ${tail}` : ""}`)}\n`);
  };
  return {
    debug: (message, fields) => write("debug", message, fields),
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
    child: (fields) => createLogger({ ...options, base: { ...options.base, ...fields } }),
  };
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === "string") return /^[\w.:/@-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}
