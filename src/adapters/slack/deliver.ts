import type { Logger } from "../../log/logger.ts";
import type { Attachment, Document } from "../../render/document.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";
import { NOTICES, StoppingError } from "./notices.ts";
import type { SlackSender } from "./send.ts";
import { isMembershipError, noticeFor, slackErrorCode } from "./slack-errors.ts";
import type { SlackMessage, SlackPlace, SlackRender } from "./types.ts";
import type { GateState } from "./work-gate.ts";

/** Sends a Document to where it was asked for; never throws, and never leaves the user without a word. */
export type Deliver = (doc: Document, place: SlackPlace) => Promise<void>;

// why: a response_url accepts at most 5 posts; a hint plus 4 answer messages is the most it can carry.
const RESPONSE_URL_POSTS = 5;

export type DeliverDeps = {
  sender: SlackSender;
  render: SlackRender;
  threads: ThreadRegistry;
  log: Logger;
  /** The adapter's state: once a stop's bound ran out, nothing more is posted (the asker gets a notice). */
  state?: () => GateState;
};

export function createDeliver(deps: DeliverDeps): Deliver {
  const { sender, threads } = deps;
  const state = deps.state ?? (() => "running" as const);
  // why: an answer already composed is posted while the bot drains; once the stop's bound ran out, no post
  // starts (one already on the wire completes), so the store can close without work still writing to it.
  const mayPost = () => {
    if (state() === "aborted") throw new StoppingError();
  };

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

  async function notice(place: SlackPlace, text: string, log: Logger): Promise<void> {
    try {
      await sender.notice(place, text);
    } catch (error) {
      log.warn("could not send a notice", { code: slackErrorCode(error) });
    }
  }

  // why: the answer is already in the channel; a failure to remember its thread (the store closing at
  // shutdown, a full disk) costs follow-ups under it, and must never be reported as Slack refusing the post.
  async function rememberRoot(place: SlackPlace, ts: string, summary: string, log: Logger): Promise<void> {
    try {
      await threads.markBotThread("slack", place.channel, ts, { command: place.asked, summary });
    } catch (error) {
      log.warn("answer posted, but its thread could not be recorded; follow-ups under it will not be answered", {
        ts,
        reason: (error as Error).name,
      });
    }
  }

  /** The file that goes with an answer; a refusal is told to the asker (the answer itself is already posted). */
  async function upload(attachment: Attachment, place: SlackPlace, threadTs: string | undefined, log: Logger): Promise<void> {
    try {
      await sender.upload(place.channel, attachment, threadTs);
    } catch (error) {
      const code = slackErrorCode(error);
      log.warn("could not upload the file", { code, filename: attachment.filename, error });
      const why = code === "missing_scope" ? "the Slack app needs the files:write scope" : `Slack said ${code ?? "no"}`;
      await notice(
        place,
        `I could not attach ${attachment.filename} (${why}). \`brief export\` on the bot's machine writes the same file.`,
        log,
      );
    }
  }

  return async (doc, place) => {
    const log = deps.log.child({
      ...(place.requestId ? { requestId: place.requestId } : {}),
      channel: place.channel,
      user: place.user,
      ...(place.threadTs ? { thread: place.threadTs } : {}),
    });
    const messages = deps.render(doc);
    if (doc.ephemeral) return privately(messages, place, log);
    let posted = 0;
    let firstTs: string | undefined;
    try {
      for (const message of messages) {
        const ts = await sender.post(place.channel, message, place.threadTs, mayPost);
        posted += 1;
        firstTs ??= ts;
        // why: every top-level part of an answer is a thread root the user may reply under.
        if (ts && !place.threadTs) await rememberRoot(place, ts, doc.summary, log);
      }
      // why: the file goes under the message that announces it, so the channel shows one line, not a file card.
      if (doc.attachment) await upload(doc.attachment, place, place.threadTs ?? firstTs, log);
    } catch (error) {
      if (error instanceof StoppingError) {
        log.info(posted === 0 ? "answer dropped: stopping" : "answer cut short: stopping", { posted, of: messages.length });
        return notice(place, posted === 0 ? NOTICES.droppedAtRestart : NOTICES.cutAtRestart, log);
      }
      const code = slackErrorCode(error);
      log.warn("could not post the answer", { code, posted, of: messages.length, error });
      const hint: SlackMessage = { text: noticeFor(code, place.botUserId ? `<@${place.botUserId}>` : "me") };
      // why: when the bot may not post here, the answer itself still reaches the asker, privately, after the hint.
      await privately(isMembershipError(code) ? [hint, ...messages.slice(posted)] : [hint], place, log);
    }
  };
}
