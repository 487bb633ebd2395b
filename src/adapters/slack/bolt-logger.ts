import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../log/logger.ts";

const RANK: Record<LogLevel, number> = { [LogLevel.DEBUG]: 10, [LogLevel.INFO]: 20, [LogLevel.WARN]: 30, [LogLevel.ERROR]: 40 };

/** Bolt's, the Web API client's and the Socket Mode client's log lines, written through our structured logger. */
export function createBoltLogger(log: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = "bolt";
  const forward =
    (at: LogLevel, write: Logger["info"]) =>
    (...parts: unknown[]) => {
      if (RANK[at] >= RANK[level]) write(parts.map(describe).join(" "), { source: name });
    };
  return {
    debug: forward(LogLevel.DEBUG, (message, fields) => log.debug(message, fields)),
    info: forward(LogLevel.INFO, (message, fields) => log.info(message, fields)),
    warn: forward(LogLevel.WARN, (message, fields) => log.warn(message, fields)),
    error: forward(LogLevel.ERROR, (message, fields) => log.error(message, fields)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
