import type { z } from "zod";

/**
 * Turns zod issues into lines that name the field, the value found and what was expected:
 *   PORT: expected a port from 1 to 65535 (found "70000")
 * Values of secret fields are never printed.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown, secretKeys: readonly string[] = []): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String);
      const field = path.length > 0 ? formatPath(issue.path) : "(top level)";
      const secret = path.some((key) => secretKeys.includes(key));
      const found = secret ? "" : describeFound(valueAt(input, issue.path));
      return `  ${field}: ${issue.message}${found}`;
    })
    .join("\n");
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeFound(value: unknown): string {
  if (value === undefined) return " (found nothing)";
  const text = JSON.stringify(value);
  if (text === undefined) return "";
  return ` (found ${text.length > 80 ? `${text.slice(0, 77)}…` : text})`;
}
