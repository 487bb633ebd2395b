import { webApi } from "@slack/bolt";
import type { SlackDigestClient } from "../../digest/senders/slack-sender.ts";

/**
 * The two Web API calls digests make, on a client of their own. why: retries are off here because the
 * digest runner retries with its own backoff and ledger; stacking the SDK's retries on top would hold a slot
 * for minutes and could post after the runner gave up.
 */
export function createSlackDigestClient(options: { botToken: string; apiUrl?: string | undefined }): SlackDigestClient {
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
  return {
    postMessage: (args) => client.chat.postMessage(args as webApi.ChatPostMessageArguments),
    history: ({ channel, oldest, limit }) =>
      client.conversations.history({ channel, limit, include_all_metadata: true, ...(oldest ? { oldest } : {}) }) as ReturnType<
        SlackDigestClient["history"]
      >,
  };
}
