import { type InternalRequest, REST } from "@discordjs/rest";
import type { Client } from "discord.js";

// why: Discord exempts interaction callbacks and interaction webhooks (edit reply, follow-ups) from the bot's
// global 50 requests/s, but @discordjs/rest counts every request against it; under load a deferral would wait
// up to a second behind thread creations and channel posts. These unauthenticated routes get their own queue.
const INTERACTION_ROUTE = /^\/(interactions|webhooks)\//;
const UNLIMITED_PER_SECOND = 1_000_000;

/**
 * Sends the client's interaction responses through a REST manager of their own (same API base, per-route
 * buckets and 429 retries kept, no global cap). Returns that manager, so its events can be observed.
 */
export function separateInteractionQueue(client: Client, api: string): REST {
  const interactions = new REST({ api, globalRequestsPerSecond: UNLIMITED_PER_SECOND });
  const shared = client.rest.request.bind(client.rest);
  client.rest.request = (options: InternalRequest) =>
    options.auth === false && INTERACTION_ROUTE.test(options.fullRoute) ? interactions.request(options) : shared(options);
  return interactions;
}
