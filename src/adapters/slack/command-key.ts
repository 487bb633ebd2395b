import { createHash } from "node:crypto";

/**
 * The dedupe key of one slash command invocation: its trigger_id (unique per invocation, signed with the
 * body), else a hash of the whole body. why: a correctly signed request replayed within the 5-minute
 * signature window carries the same body, so it must be recognised and answered once.
 */
export function commandKey(body: Record<string, unknown>): string {
  const trigger = body.trigger_id;
  if (typeof trigger === "string" && trigger !== "") return `command:trigger:${trigger}`;
  const sorted = Object.keys(body)
    .sort()
    .map((key) => [key, body[key]]);
  return `command:body:${createHash("sha256").update(JSON.stringify(sorted)).digest("hex")}`;
}
