import type { LogFields, Logger } from "../log/logger.ts";
import type { LoggedLine } from "./answer-protocol.ts";

/**
 * A logger that keeps its lines for someone else to write. why: an answer worker's lines go to the main
 * thread with its answer, and are written there by the one logger that masks secrets and owns the output.
 */
export function createRecordingLogger(record: (line: LoggedLine) => void, base: LogFields = {}): Logger {
  const at =
    (level: LoggedLine["level"]) =>
    (message: string, fields?: LogFields): void => {
      const all = { ...base, ...fields };
      record(Object.keys(all).length > 0 ? { level, message, fields: cloneable(all) } : { level, message });
    };
  return {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (fields) => createRecordingLogger(record, { ...base, ...fields }),
  };
}

/** Fields as they can cross to another thread: errors by name, message, code and stack; anything else uncloneable as text. */
function cloneable(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      out[key] = { name: value.name, message: value.message, stack: value.stack, ...(code !== undefined ? { code } : {}) };
      continue;
    }
    try {
      out[key] = structuredClone(value);
    } catch {
      out[key] = String(value);
    }
  }
  return out;
}
