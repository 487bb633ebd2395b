import type { Logger } from "../../log/logger.ts";
import type { Document } from "../../render/document.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";
import type { SlackSender } from "./send.ts";
import { isMembershipError, noticeFor, slackErrorCode } from "./slack-errors.ts";
import type { SlackMessage, SlackPlace, SlackRender } from "./types.ts";

/** Sends a Document to where it was asked for; never throws, and never leaves the user without a word. */
export type Deliver = (doc: Document, place: SlackPlace) => Promise<void>;

// why: a response_url accepts at most 5 posts; a hint plus 4 answer messages is the most it can carry.
const RESPONSE_URL_POSTS = 5;

export function createDeliver(deps: { sender: SlackSender; render: SlackRender; threads: ThreadRegistry; log: Logger }): Deliver {
  const { sender, threads } = deps;

  async function privately(messages: readonly SlackMessage[], place: SlackPlace, log: Logger): Promise<void> {
    if (place.responseUrl) {
      try {
        await sender.respond(place.responseUrl, messages.slice(0, RESPONSE_URL_POSTS), "ephemeral");
        if (messages.length > RESPONSE_URL_POSTS) log.warn("answer cut to fit the response_url", { messages: messages.length });
        return;
      } catch (error) {
        log.warn("response_url refused the answer; trying chat.postEphemeral", { code: slackErrorCode(error), error });
      }
    }
    try {
      await sender.ephemeral(place.channel, place.user, messages, place.threadTs);
    } catch (error) {
      log.error("could not reach the user", { code: slackErrorCode(error), error });
    }
  }

  return async (doc, place) => {
    const log = deps.log.child({ channel: place.channel, user: place.user, ...(place.threadTs ? { thread: place.threadTs } : {}) });
    const messages = deps.render(doc);
    if (doc.ephemeral) return privately(messages, place, log);
    let posted = 0;
    try {
      for (const message of messages) {
        const ts = await sender.post(place.channel, message, place.threadTs);
        posted += 1;
        // why: every top-level part of an answer is a thread root the user may reply under.
        if (ts && !place.threadTs) await threads.markBotThread("slack", place.channel, ts, { command: place.asked, summary: doc.summary });
      }
    } catch (error) {
      const code = slackErrorCode(error);
      log.warn("could not post the answer", { code, posted, of: messages.length, error });
      const notice: SlackMessage = { text: noticeFor(code, place.botUserId ? `<@${place.botUserId}>` : "me") };
      // why: when the bot may not post here, the answer itself still reaches the asker, privately, after the hint.
      await privately(isMembershipError(code) ? [notice, ...messages.slice(posted)] : [notice], place, log);
    }
  };
}
