import type { App } from "@slack/bolt";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Logger } from "../../log/logger.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";
import { claimMessage } from "./dedupe.ts";
import type { Deliver } from "./deliver.ts";
import { dispatchSafely } from "./dispatch-safely.ts";
import { NOTICES, StoppingError } from "./notices.ts";
import { AppMentionEventSchema, EventEnvelopeSchema, type MessageEvent, MessageEventSchema } from "./payloads.ts";
import { slackToPlain } from "./plain-text.ts";
import type { SlackSender } from "./send.ts";
import type { WorkGate } from "./work-gate.ts";

export type ThreadRepliesDeps = {
  dispatcher: Dispatcher;
  deliver: Deliver;
  threads: ThreadRegistry;
  gate: WorkGate;
  /** Short private notices (busy, restarting), unpaced. */
  notice: SlackSender["notice"];
  log: Logger;
};

// why: a reply "also sent to the channel" (thread_broadcast) or with a file attached is still a person asking;
// every other subtype is an edit, a deletion, a join or a bot post, and is ignored.
const ASKING_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share"]);

/**
 * Follow-ups: a reply in a thread rooted at a bot answer, a direct message, or an @mention anywhere is a
 * question for the dispatcher, answered in that thread. Each user message is answered once.
 */
export function registerThreadReplies(app: App, deps: ThreadRepliesDeps): void {
  const { threads } = deps;

  async function answer(
    question: string,
    place: { channel: string; user: string; threadTs?: string; botUserId?: string; requestId: string },
  ) {
    const log = deps.log.child({ requestId: place.requestId });
    const request = {
      platform: "slack" as const,
      channelId: place.channel,
      userId: place.user,
      ...(place.threadTs ? { threadId: place.threadTs } : {}),
    };
    const ticket = deps.gate.admit(place.channel);
    if (ticket === "busy" || ticket === "stopping") {
      log.info(ticket === "busy" ? "channel busy: question refused" : "stopping: question refused", { channel: place.channel });
      await deps.notice(place, ticket === "busy" ? NOTICES.busy : NOTICES.restarting).catch(() => undefined);
      return;
    }
    try {
      const doc = await dispatchSafely(deps.dispatcher, question, request, log);
      await deps.deliver(doc, { ...place, asked: question });
    } catch (error) {
      if (!(error instanceof StoppingError)) throw error;
      log.info("stopping: a question still waiting for its turn was dropped", { channel: place.channel });
      await deps.notice(place, NOTICES.droppedAtRestart).catch(() => undefined);
    } finally {
      ticket.release();
    }
  }

  app.event("message", async ({ event, body, context }) => {
    const message = MessageEventSchema.safeParse(event);
    const envelope = EventEnvelopeSchema.safeParse(body);
    if (!message.success || !envelope.success) return;
    const m: MessageEvent = message.data;
    // why: Bolt's ignoreSelf drops our own posts; other bots are ignored too, so two bots never talk in a loop.
    if (!ASKING_SUBTYPES.has(m.subtype) || m.bot_id || !m.user || m.user === context.botUserId) return;
    // why: Slack omits the message_replied subtype on thread replies; a reply is `thread_ts` set and different from `ts`.
    const reply = m.thread_ts !== undefined && m.thread_ts !== m.ts ? m.thread_ts : undefined;
    const direct = m.channel_type === "im";
    if (reply === undefined && !direct) return;
    if (reply !== undefined && !(await threads.isBotThread("slack", m.channel, reply))) return;
    const question = slackToPlain(m.text, context.botUserId);
    if (!question || !(await claimMessage(threads, envelope.data.event_id, m.channel, m.ts))) return;
    await answer(question, {
      channel: m.channel,
      user: m.user,
      requestId: envelope.data.event_id,
      ...(reply ? { threadTs: reply } : {}),
      ...bot(context.botUserId),
    });
  });

  app.event("app_mention", async ({ event, body, context }) => {
    const mention = AppMentionEventSchema.safeParse(event);
    const envelope = EventEnvelopeSchema.safeParse(body);
    if (!mention.success || !envelope.success || mention.data.bot_id) return;
    const m = mention.data;
    if (!(await claimMessage(threads, envelope.data.event_id, m.channel, m.ts))) return;
    const root = m.thread_ts ?? m.ts;
    const question = slackToPlain(m.text, context.botUserId);
    // why: a mention in a channel starts a thread under it; later replies there need no mention.
    if (!(await threads.isBotThread("slack", m.channel, root))) {
      await threads.markBotThread("slack", m.channel, root, { command: question, summary: question });
    }
    await answer(question, {
      channel: m.channel,
      user: m.user,
      threadTs: root,
      requestId: envelope.data.event_id,
      ...bot(context.botUserId),
    });
  });
}

const bot = (botUserId: string | undefined) => (botUserId ? { botUserId } : {});
