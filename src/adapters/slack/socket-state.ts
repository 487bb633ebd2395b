import type { EventEmitter } from "node:events";
import type { App } from "@slack/bolt";
import type { ConnectionListener } from "../connection-listener.ts";

/**
 * Follows the Socket Mode connection (SocketModeClient's `connected`, `reconnecting`, `disconnected`).
 * why: Bolt keeps its receiver private and offers no connection events of its own; the receiver's `client`
 * is reached through the app. Returns false when it is not there (a Bolt that changed this), so the caller can say so.
 */
export function watchSocketState(app: App, report: ConnectionListener): boolean {
  const client = (app as unknown as { receiver?: { client?: EventEmitter } }).receiver?.client;
  if (typeof client?.on !== "function") return false;
  client.on("connected", () => report(true));
  client.on("reconnecting", () => report(false, "socket reconnecting"));
  client.on("disconnected", () => report(false, "socket disconnected"));
  return true;
}
