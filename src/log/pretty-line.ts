/**
 * One pino JSON line as a person reads it: `2026-01-02T03:04:05.000Z info  message key=value…`.
 * A line that is not JSON (never expected) passes through unchanged rather than being lost.
 */
export function prettyLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { time, level, msg, ...fields } = record;
  const tail = Object.entries(fields)
    .map(([key, value]) => `${key}=${formatValue(value)}`)
    .join(" ");
  return `${String(time)} ${String(level).padEnd(5)} ${String(msg ?? "")}${tail ? ` ${tail}` : ""}\n`;
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return /^[\w.:/@-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}
