import { createHash } from "node:crypto";
import type { DeliveryMarker } from "../sender.ts";

/** Slack message metadata event type carried by every digest post. */
export const DIGEST_EVENT_TYPE = "briefbot_digest";

/** A short, stable token for one (digest, target, slot): Discord's `nonce` allows at most 25 characters. */
export function markerToken(marker: DeliveryMarker, channel: string): string {
  return createHash("sha256").update(`${marker.digestId}|${channel}|${marker.slot}`).digest("base64url").slice(0, 25);
}

/** The visible tag on a Discord digest (footer): how a restarted bot recognises its own post in the recent messages. */
export function markerTag(marker: DeliveryMarker, channel: string): string {
  return `digest ${marker.digestId} · ${markerToken(marker, channel).slice(0, 10)}`;
}
