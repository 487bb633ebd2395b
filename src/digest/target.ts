import { DigestTargetSchema } from "../../config/file-schema.ts";

export type TargetKind = "slack" | "discord" | "console";

/** A digest target split into the platform and its channel id (`console` has the channel "console"). */
export type Target = { kind: TargetKind; channel: string };

export function parseTarget(target: string): Target {
  const checked = DigestTargetSchema.parse(target);
  if (checked === "console") return { kind: "console", channel: "console" };
  const [kind, channel] = checked.split(":") as [TargetKind, string];
  return { kind, channel };
}

export function targetOf(platform: TargetKind, channel: string): string {
  return platform === "console" ? "console" : `${platform}:${channel}`;
}
