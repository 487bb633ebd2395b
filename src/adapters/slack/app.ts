import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, webApi } from "@slack/bolt";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Logger } from "../../log/logger.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";
import type { ConnectionListener } from "../connection-listener.ts";
import { checkSlackAuth } from "./auth-check.ts";
import { createBoltLogger } from "./bolt-logger.ts";
import { createDeliver } from "./deliver.ts";
import { createSlackHttpReceiver } from "./http-receiver.ts";
import { createPacer } from "./pacing.ts";
import { createSlackSender } from "./send.ts";
import { registerSlashCommand } from "./slash-command.ts";
import { watchSocketState } from "./socket-state.ts";
import { takeTurns } from "./take-turns.ts";
import { registerThreadReplies } from "./thread-replies.ts";
import type { SlackRender } from "./types.ts";
import { createWorkGate } from "./work-gate.ts";

export type RetryConfig = NonNullable<NonNullable<ConstructorParameters<typeof App>[0]>["clientOptions"]>["retryConfig"];

export type SlackAdapterOptions = {
  botToken: string;
  /** `xapp-…`: Socket Mode, no public URL needed. Wins when both it and a signing secret are set. */
  appToken?: string;
  /** HTTP mode: requests to `/slack/events` on `port` are verified with it (5-minute replay window). */
  signingSecret?: string;
  /** Web API base, e.g. `http://127.0.0.1:PORT/api/` for a fake Slack or a proxy. */
  apiUrl?: string;
  port: number;
  /** Interface to listen on in HTTP mode; all interfaces when unset. */
  host?: string;
  dispatcher: Dispatcher;
  threads: ThreadRegistry;
  render: SlackRender;
  log: Logger;
  /** The slash command to answer; `/brief` unless the app was installed under another name. */
  command?: string;
  /** Minimum gap between two messages to one channel (Slack: about one a second). */
  paceMs?: number;
  /** How the Web API client retries 429s (after Retry-After) and 5xx; defaults to five retries in five minutes. */
  retryConfig?: RetryConfig;
  /** At most this many answers waiting or in flight per channel; later requests are told the bot is busy. Default 10. */
  maxPerChannel?: number;
  /** How long stop() waits for answers in flight before cutting them short. Default 10 s. */
  drainMs?: number;
  /** The waits between start-up token checks while Slack is failing (5xx, network). */
  authRetryDelaysMs?: readonly number[];
  /** Timers and the clock (request timestamps); tests inject them. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told when the connection to Slack comes up or goes down (readiness). */
  onConnection?: ConnectionListener;
  /** Other requests on the HTTP-mode port (the health and metrics routes); returns true when it answered. */
  otherRequests?: (req: IncomingMessage, res: ServerResponse) => boolean;
};

export type SlackAdapter = {
  /** Connects (Socket Mode) or starts listening (HTTP); resolves with where HTTP requests are expected. */
  start(): Promise<{ mode: "socket" | "http"; url?: string }>;
  stop(): Promise<void>;
};

/** The Slack transport: verify, ack, parse, send, thread bookkeeping. Everything else goes through the dispatcher. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const mode = options.appToken ? "socket" : options.signingSecret ? "http" : undefined;
  if (!mode) throw new Error("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP) beside SLACK_BOT_TOKEN.");
  const log = options.log.child({ component: "slack", mode });
  const gate = createWorkGate({
    maxPerChannel: options.maxPerChannel ?? 10,
    drainMs: options.drainMs ?? 10_000,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const receiver =
    mode === "http" && options.signingSecret
      ? createSlackHttpReceiver({
          signingSecret: options.signingSecret,
          port: options.port,
          ...(options.host ? { host: options.host } : {}),
          log,
          ...(options.now ? { now: options.now } : {}),
          refusingEvents: () => gate.state() !== "running",
          ...(options.otherRequests ? { otherRequests: options.otherRequests } : {}),
        })
      : undefined;
  const app = new App({
    token: options.botToken,
    // why: otherwise the constructor calls auth.test itself, and a refused token becomes an unhandled rejection
    // instead of the clear start-up error below; start() checks the token first, then initialises.
    deferInitialization: true,
    ...(receiver ? { receiver } : { socketMode: true, appToken: options.appToken }),
    logger: createBoltLogger(log),
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      retryConfig: options.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    },
  });
  // why: web-api pauses its queue for Retry-After on a 429 and retries; log it so slow answers are explained.
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfter: number, request: { url?: string }) =>
    log.warn("rate limited by Slack; waiting", { retryAfter, url: request?.url }),
  );
  app.error(async (error) => log.error("slack listener failed", { error }));

  const sender = createSlackSender(app.client, createPacer({ intervalMs: options.paceMs ?? 1000 }));
  const deliver = createDeliver({ sender, render: options.render, threads: options.threads, log, state: gate.state });
  const dispatcher = takeTurns(options.dispatcher, () => gate.state() !== "running");
  const deps = { dispatcher, deliver, threads: options.threads, gate, notice: sender.notice, log };
  registerSlashCommand(app, { ...deps, command: options.command ?? "/brief" });
  registerThreadReplies(app, deps);
  // why: the start-up check makes its own tries, so it uses a client that does not retry underneath them.
  const authClient = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    timeout: 15_000,
    logger: createBoltLogger(log),
  });

  return {
    async start() {
      // why: Bolt checks the bot token lazily, on the first event; a revoked or mistyped token should stop start-up instead.
      const auth = await checkSlackAuth({
        call: () => authClient.auth.test(),
        log,
        ...(options.authRetryDelaysMs ? { delaysMs: options.authRetryDelaysMs } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
      });
      log.info("authenticated with Slack", { team: auth.team_id, botUser: auth.user_id });
      await app.init();
      if (mode === "socket") {
        if (options.onConnection && !watchSocketState(app, options.onConnection)) {
          log.warn("cannot follow the Socket Mode connection's state: readiness shows Slack as up once started");
        }
        await app.start();
        options.onConnection?.(true);
        log.info("connected to Slack over Socket Mode");
        return { mode };
      }
      const server = (await app.start()) as { address(): AddressInfo | string | null };
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      const url = `http://${options.host ?? "localhost"}:${port}/slack/events`;
      log.info("listening for Slack requests", { url });
      options.onConnection?.(true);
      return { mode, url };
    },
    async stop() {
      // why: answers already acknowledged are finished (within drainMs) while new requests are told the bot is
      // restarting; only then does the listener close, and the caller closes the store after this resolves.
      const { unfinished } = await gate.drain();
      if (unfinished > 0) log.warn("stopped with answers still in flight; they were cut short", { unfinished });
      await app.stop();
    },
  };
}
