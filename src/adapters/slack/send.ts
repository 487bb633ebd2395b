import type { App } from "@slack/bolt";
import type { Attachment } from "../../render/document.ts";
import type { Pacer } from "./pacing.ts";
import { postToResponseUrl, type ResponseType } from "./response-url.ts";
import type { SlackMessage } from "./types.ts";

type WebClient = App["client"];

/** The three ways an answer leaves the bot. Every call throws Slack's error; callers decide what the user sees. */
export type SlackSender = {
  /** Posts one message (paced per channel); returns its ts. `guard` may throw to refuse it before it is sent. */
  post(channel: string, message: SlackMessage, threadTs?: string, guard?: () => void): Promise<string | undefined>;
  /** Posts the messages so only `user` sees them (needs the bot in the channel). */
  ephemeral(channel: string, user: string, messages: readonly SlackMessage[], threadTs?: string): Promise<void>;
  /** Posts the messages to a slash command's response_url (works where the bot is not a member). */
  respond(responseUrl: string, messages: readonly SlackMessage[], responseType: ResponseType): Promise<void>;
  /**
   * One short private notice (busy, restarting), not paced: through the response_url when there is one,
   * else chat.postEphemeral. why: a notice must not wait behind the very queue it is about.
   */
  notice(place: { channel: string; user: string; threadTs?: string; responseUrl?: string }, text: string): Promise<void>;
  /** Uploads a file into the channel (in a thread when given), paced with the channel's messages. */
  upload(channel: string, attachment: Attachment, threadTs?: string): Promise<void>;
};

export function createSlackSender(client: WebClient, pacer: Pacer): SlackSender {
  const body = (message: SlackMessage) => ({
    text: message.text,
    ...(message.blocks ? { blocks: [...message.blocks] } : {}),
    // why: a brief ends with source links; unfurled, each one would become a large preview card.
    unfurl_links: false,
    unfurl_media: false,
  });

  return {
    async post(channel, message, threadTs, guard) {
      const result = await pacer.run(
        channel,
        () => client.chat.postMessage({ channel, ...body(message), ...(threadTs ? { thread_ts: threadTs } : {}) }),
        guard,
      );
      return result.ts;
    },
    async ephemeral(channel, user, messages, threadTs) {
      for (const message of messages) {
        await pacer.run(channel, () =>
          client.chat.postEphemeral({ channel, user, ...body(message), ...(threadTs ? { thread_ts: threadTs } : {}) }),
        );
      }
    },
    async respond(responseUrl, messages, responseType) {
      for (const message of messages) await postToResponseUrl(responseUrl, message, responseType);
    },
    async upload(channel, attachment, threadTs) {
      // why: files.uploadV2 is Slack's current way (getUploadURLExternal, the upload, completeUploadExternal);
      // the old files.upload method is retired.
      const file = { filename: attachment.filename, title: attachment.filename, content: attachment.content };
      await pacer.run(channel, () =>
        threadTs
          ? client.files.uploadV2({ ...file, channel_id: channel, thread_ts: threadTs })
          : client.files.uploadV2({ ...file, channel_id: channel }),
      );
    },
    async notice(place, text) {
      if (place.responseUrl) {
        try {
          await postToResponseUrl(place.responseUrl, { text }, "ephemeral");
          return;
        } catch {
          // why: a used-up or expired response_url; chat.postEphemeral below still reaches the user.
        }
      }
      await client.chat.postEphemeral({
        channel: place.channel,
        user: place.user,
        text,
        ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
      });
    },
  };
}
