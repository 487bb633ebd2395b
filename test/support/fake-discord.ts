import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  APP_ID,
  BOT_ID,
  botUser,
  briefInteraction,
  CHANNEL_ID,
  type CommandOption,
  GUILD_ID,
  guildCreate,
  member,
  message,
  textChannel,
  threadChannel,
  user,
} from "./fake-discord-fixtures.ts";
import { createFakeGateway, MESSAGE_CONTENT_INTENT } from "./fake-discord-gateway.ts";
import { choiceViolations, messageViolations } from "./fake-discord-limits.ts";
import { createChannelMessages } from "./fake-discord-messages.ts";

/** One REST request as the fake saw it; `at` is `performance.now()` when it arrived. */
export type RecordedRequest = {
  method: string;
  path: string;
  body: Record<string, unknown>;
  auth?: string;
  status: number;
  response?: unknown;
  at: number;
  /** Files sent with the request (multipart `files[n]`), as text. */
  files?: { name: string; size: number; content: string }[];
};
type Interaction = { id: string; dispatchedAt: number; acked: boolean; ephemeral: boolean; originalId?: string; edited: boolean };
type Fault = { method: string; path: RegExp; retryAfter: number };
type Json = Record<string, unknown>;

const V = "/api/v10";

/**
 * An in-process Discord on 127.0.0.1: REST (`apiUrl`) and gateway, recording every request, enforcing
 * Discord's limits (message size, embeds, autocomplete choices, the 3 s interaction deadline, one
 * callback per interaction, the first follow-up after a defer editing the original) and scripted 429s.
 */
export async function startFakeDiscord(options: { interactionDeadlineMs?: number; allowMessageContent?: boolean } = {}) {
  const deadlineMs = options.interactionDeadlineMs ?? 3_000;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const interactions = new Map<string, Interaction>();
  const threads = new Map<string, ReturnType<typeof threadChannel>>();
  const faults: Fault[] = [];
  const listeners: ((request: RecordedRequest) => void)[] = [];
  const channelMessages = createChannelMessages();
  let snowflake = 5_000_000_000_000_000_000n;
  const nextId = () => String(++snowflake);

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const gateway = createFakeGateway(server, {
    allowMessageContent: options.allowMessageContent ?? true,
    onIdentify: (dispatch) => {
      dispatch("READY", {
        v: 10,
        user: botUser,
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: "fake-session",
        resume_gateway_url: baseWs(),
        shard: [0, 1],
        application: { id: APP_ID, flags: 0 },
      });
      dispatch("GUILD_CREATE", guildCreate([...threads.values()]));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  function baseWs() {
    return `ws://127.0.0.1:${port}`;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const type = req.headers["content-type"] ?? "";
    // why: a message with files is multipart/form-data: the JSON in `payload_json`, each file as `files[n]`.
    const form = type.startsWith("multipart/form-data") ? await readForm(Buffer.concat(chunks), type) : undefined;
    const body = (form ? form.body : raw && type.includes("json") ? JSON.parse(raw) : {}) as Json;
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname;
    const record: RecordedRequest = {
      method,
      path,
      body,
      auth: req.headers.authorization,
      status: 0,
      at,
      ...(form ? { files: form.files } : {}),
    };
    requests.push(record);
    const reply = (status: number, json?: unknown) => {
      record.status = status;
      record.response = json;
      for (const listener of listeners) listener(record);
      // why: a 204 must carry no content-type, or @discordjs/rest tries to parse an empty body as JSON.
      if (json === undefined) res.writeHead(status).end();
      else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    };
    const fault = faults.findIndex((f) => f.method === method && f.path.test(path));
    if (fault >= 0) {
      const [{ retryAfter }] = faults.splice(fault, 1) as [Fault];
      record.status = 429;
      res
        .writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(retryAfter),
          "x-ratelimit-scope": "user",
          "x-ratelimit-limit": "5",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset-after": String(retryAfter),
          "x-ratelimit-bucket": "fake-bucket",
        })
        .end(JSON.stringify({ message: "You are being rate limited.", retry_after: retryAfter, global: false }));
      return;
    }
    const invalid = (problems: string[]) => {
      violations.push(...problems.map((p) => `${method} ${path}: ${p}`));
      reply(400, { code: 50035, message: "Invalid Form Body", errors: problems });
    };
    // why: Discord refuses a bot's upload over 10 MiB (all files of one message together) with 40005.
    if ((form?.files ?? []).reduce((sum, file) => sum + file.size, 0) > UPLOAD_LIMIT_BYTES) {
      return reply(413, { code: 40005, message: "Request entity too large" });
    }
    const attachments = (form?.files ?? []).map((file) => {
      const id = nextId();
      const url = `https://cdn.fake-discord.test/attachments/${id}/${file.name}`;
      return { id, filename: file.name, size: file.size, url, proxy_url: url };
    });
    const botMessage = (channelId: string, extra: Json = {}) =>
      message(nextId(), channelId, String(body.content ?? ""), botUser, { embeds: body.embeds ?? [], attachments, ...extra });

    const callback = path.match(/^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/);
    const original = path.match(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/(?:@|%40)original$/);
    const followUp = path.match(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/);
    const thread = path.match(/^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/);
    const channel = path.match(/^\/api\/v10\/channels\/(\d+)$/);
    const post = path.match(/^\/api\/v10\/channels\/(\d+)\/messages$/);
    if (method === "GET" && path === `${V}/gateway/bot`) {
      return reply(200, {
        url: baseWs(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (callback && method === "POST") {
      const interaction = interactions.get(callback[2] ?? "");
      if (!interaction || Date.now() - interaction.dispatchedAt > deadlineMs)
        return reply(404, { code: 10062, message: "Unknown interaction" });
      if (interaction.acked) return reply(400, { code: 40060, message: "Interaction has already been acknowledged." });
      const data = (body.data ?? {}) as Json;
      const problems = body.type === 8 ? choiceViolations(data) : body.type === 4 ? messageViolations(data, true) : [];
      if (problems.length > 0) return invalid(problems);
      interaction.acked = true;
      interaction.ephemeral = (Number(data.flags ?? 0) & 64) === 64;
      return reply(204);
    }
    if (original) {
      const interaction = interactions.get(original[2] ?? "");
      if (!interaction?.acked) return reply(404, { code: 10015, message: "Unknown Webhook" });
      if (method === "DELETE") {
        interaction.originalId = undefined;
        return reply(204);
      }
      const problems = messageViolations(body, false);
      if (problems.length > 0) return invalid(problems);
      interaction.originalId ??= nextId();
      interaction.edited = true;
      return reply(200, originalMessage(interaction, botMessage));
    }
    if (followUp && method === "POST") {
      const interaction = interactions.get(followUp[2] ?? "");
      if (!interaction?.acked) return reply(404, { code: 10015, message: "Unknown Webhook" });
      const problems = messageViolations(body, true);
      if (problems.length > 0) return invalid(problems);
      if (!interaction.edited) {
        // why: Discord docs: right after a defer, a follow-up edits the original and its ephemeral flag is ignored.
        interaction.originalId ??= nextId();
        interaction.edited = true;
        return reply(200, originalMessage(interaction, botMessage));
      }
      const flags = Number(body.flags ?? 0);
      return reply(200, botMessage(CHANNEL_ID, { flags, webhook_id: APP_ID, application_id: APP_ID }));
    }
    if (thread && method === "POST") {
      const [, parentId = "", messageId = ""] = thread;
      if (threads.has(messageId)) return reply(400, { code: 160004, message: "A thread has already been created for this message" });
      const created = threadChannel(messageId, parentId, String(body.name ?? ""), Number(body.auto_archive_duration ?? 1440));
      threads.set(messageId, created);
      gateway.dispatch("THREAD_CREATE", { ...created, newly_created: true });
      return reply(201, created);
    }
    if (channel && method === "GET") {
      const found = threads.get(channel[1] ?? "") ?? (channel[1] === CHANNEL_ID ? textChannel : undefined);
      return found ? reply(200, found) : reply(404, { code: 10003, message: "Unknown Channel" });
    }
    if (post && method === "POST") {
      const problems = messageViolations(body, true);
      if (problems.length > 0) return invalid(problems);
      return reply(
        200,
        channelMessages.create(post[1] ?? "", body, (extra) => botMessage(post[1] ?? "", extra)),
      );
    }
    if (post && method === "GET") {
      const recent = channelMessages.recent(post[1] ?? "", url.searchParams);
      return Array.isArray(recent) ? reply(200, recent) : invalid(recent.problems);
    }
    if (path.match(/^\/api\/v10\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/) && method === "PUT") {
      const commands = Array.isArray(body) ? (body as Json[]) : (JSON.parse(raw) as Json[]);
      const problems = commands.flatMap((command, i) =>
        /^[-_\p{L}\p{N}]{1,32}$/u.test(String(command.name)) && String(command.description ?? "").length <= 100
          ? []
          : [`commands[${i}] invalid`],
      );
      if (problems.length > 0) return invalid(problems);
      return reply(
        200,
        commands.map((command) => ({ ...command, id: nextId(), application_id: APP_ID, version: "1" })),
      );
    }
    reply(404, { code: 0, message: `Unknown route (fake): ${method} ${path}` });
  }

  function originalMessage(interaction: Interaction, botMessage: (channelId: string, extra?: Json) => Json) {
    return {
      ...botMessage(CHANNEL_ID, { webhook_id: APP_ID, application_id: APP_ID, flags: interaction.ephemeral ? 64 : 0 }),
      id: interaction.originalId,
    };
  }

  const dispatchInteraction = (type: 2 | 4, subcommand: string, options: readonly CommandOption[], channelId = CHANNEL_ID) => {
    const id = nextId();
    interactions.set(`itoken-${id}`, { id, dispatchedAt: Date.now(), acked: false, ephemeral: false, edited: false });
    gateway.dispatch("INTERACTION_CREATE", briefInteraction(id, type, subcommand, options, threads.get(channelId) ?? textChannel));
    return id;
  };

  return {
    /** The REST base to give discord.js (`rest.api`); it appends `/v10`. */
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    violations,
    gateway,
    threads,
    /** The next `method` request whose path matches gets a 429 with `retry_after` seconds. */
    rateLimitOnce(method: string, path: RegExp, retryAfter = 0.05) {
      faults.push({ method, path, retryAfter });
    },
    /** Dispatches `/brief <subcommand> option:value…` (in the channel, or in one of the fake's threads); returns the interaction id. */
    command: (subcommand: string, options: readonly CommandOption[] = [], channelId = CHANNEL_ID) =>
      dispatchInteraction(2, subcommand, options, channelId),
    /** Dispatches an autocomplete interaction for the focused option; returns its id. */
    autocomplete: (subcommand: string, option: string, partial: string) =>
      dispatchInteraction(4, subcommand, [{ name: option, value: partial, focused: true }]),
    /** A human's message (MESSAGE_CREATE); content is blanked like Discord does without the Message Content intent. */
    userMessage(channelId: string, content: string, extra: { mentionBot?: boolean; replyTo?: string; author?: object } = {}) {
      const id = nextId();
      const author = extra.author ?? user;
      const text = extra.mentionBot ? `<@${BOT_ID}> ${content}` : content;
      const mentioned = Boolean(extra.mentionBot);
      const seen = (gateway.intents & MESSAGE_CONTENT_INTENT) !== 0 || mentioned;
      gateway.dispatch(
        "MESSAGE_CREATE",
        message(id, channelId, seen ? text : "", author, {
          member: { ...member, user: undefined },
          mentions: mentioned ? [botUser] : [],
          ...(extra.replyTo
            ? { type: 19, message_reference: { type: 0, message_id: extra.replyTo, channel_id: channelId, guild_id: GUILD_ID } }
            : {}),
        }),
      );
      return id;
    },
    /** Calls `listener` with every request once it is answered (benchmarks). */
    onRequest(listener: (request: RecordedRequest) => void) {
      listeners.push(listener);
    },
    /** Requests whose path contains the interaction's token. */
    forInteraction: (id: string) => requests.filter((r) => r.path.includes(`/itoken-${id}`)),
    async waitFor(predicate: () => boolean, what: string, ms = 60_000) {
      const end = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > end) throw new Error(`fake Discord: timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

async function readForm(bytes: Buffer, contentType: string): Promise<{ body: Json; files: NonNullable<RecordedRequest["files"]> }> {
  const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  const payload = form.get("payload_json");
  const files: NonNullable<RecordedRequest["files"]> = [];
  for (const [key, value] of form.entries()) {
    if (!/^files\[\d+\]$/.test(key) || typeof value === "string") continue;
    files.push({ name: value.name, size: value.size, content: await value.text() });
  }
  return { body: typeof payload === "string" ? (JSON.parse(payload) as Json) : {}, files };
}
