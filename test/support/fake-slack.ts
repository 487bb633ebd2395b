import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { conversationsHistory } from "./fake-slack-history.ts";
import { messageError } from "./fake-slack-limits.ts";
import { createFakeSlackSocket, type FakeSlackSocket } from "./fake-slack-socket.ts";

/** One request that reached the fake, as it arrived, with what the fake answered. */
export type RecordedRequest = {
  httpMethod: string;
  path: string;
  /** `chat.postMessage`, …; `response_url` for posts to a response_url sink. */
  method: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  status: number;
  reply: Record<string, unknown>;
  /** `performance.now()` when the request arrived. */
  at: number;
};

/** A scripted failure for the next call(s) of one method. */
export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 }
  | { error: string }
  | { reflectHeader: string }
  | { hang: true }
  | { until: Promise<void> };

export type FakeFile = {
  fileId: string;
  filename: string;
  length: number;
  content: string | undefined;
  channel?: string;
  threadTs?: string;
};

export const FAKE_BOT = { userId: "UBOT", botId: "BBOT", teamId: "T0001" } as const;

export type FakeSlack = {
  /** The Web API base for `clientOptions.slackApiUrl` / SLACK_API_URL. */
  apiUrl: string;
  /** A fresh response_url on this fake: accepts 5 posts, then answers 404 `used_url`. */
  responseUrl(): string;
  requests: RecordedRequest[];
  /** Calls of one method, refused ones included. */
  calls(method: string): RecordedRequest[];
  /** Calls of one method that the fake accepted (`ok: true`, or 200 for response_url). */
  accepted(method: string): RecordedRequest[];
  /** Calls `listener` with every request as it is recorded (benchmarks time answers with it). */
  onRequest(listener: (request: RecordedRequest) => void): void;
  /** The next `times` calls of `method` fail with `fault` (only those naming `channel`, when given). */
  fail(method: string, fault: Fault, times?: number, channel?: string): void;
  socket: FakeSlackSocket;
  /** Files shared into a channel with files.uploadV2 (uploaded, then completed), in order. */
  sharedFiles(): FakeFile[];
  /** Waits until `check` holds (polling), or throws after `ms`. */
  waitFor(check: () => boolean, ms?: number): Promise<void>;
  close(): Promise<void>;
};

const JSON_FIELDS = new Set(["blocks", "attachments", "metadata"]);

// why: @slack/web-api posts form bodies with non-primitive arguments (blocks) as JSON strings.
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.startsWith("application/json")) return JSON.parse(raw);
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return body;
}

/** An in-process fake Slack on 127.0.0.1:0: Web API, response_url sink and Socket Mode socket. */
export async function createFakeSlack(options: { now?: () => Date } = {}): Promise<FakeSlack> {
  const requests: RecordedRequest[] = [];
  const listeners: Array<(request: RecordedRequest) => void> = [];
  const faults = new Map<string, Array<Fault & { channel?: string }>>();
  const responseUrlUses = new Map<string, number>();
  const messages: Array<Record<string, unknown>> = [];
  const files = new Map<string, FakeFile>();
  const shared: FakeFile[] = [];
  let fileCount = 0;
  let clock = 1_700_000_000;
  let responseUrls = 0;
  // why: a ts is the time Slack accepted the message; `now` lets a test with an injected clock stamp it.
  const nextTs = () => {
    clock = Math.max(clock + 1, Math.floor((options.now?.().getTime() ?? 0) / 1000));
    return `${clock}.000100`;
  };

  function api(method: string, body: Record<string, unknown>, headers: IncomingHttpHeaders): [number, Record<string, unknown>] {
    const refused = ["chat.postMessage", "chat.postEphemeral", "chat.update"].includes(method) ? messageError(body) : undefined;
    if (refused) return [200, { ok: false, error: refused }];
    switch (method) {
      case "auth.test":
        return [
          200,
          {
            ok: true,
            url: "https://fake.slack.com/",
            team: "Fake",
            user: "briefbot",
            team_id: FAKE_BOT.teamId,
            user_id: FAKE_BOT.userId,
            bot_id: FAKE_BOT.botId,
          },
        ];
      case "chat.postMessage": {
        const message = { type: "message", user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, ts: nextTs(), ...body };
        messages.push(message);
        return [200, { ok: true, channel: body.channel, ts: message.ts, message }];
      }
      case "chat.postEphemeral":
        return [200, { ok: true, message_ts: nextTs() }];
      case "chat.update":
        return [200, { ok: true, channel: body.channel, ts: body.ts, text: body.text }];
      case "conversations.replies": {
        const thread = messages.filter((m) => m.channel === body.channel && (m.ts === body.ts || m.thread_ts === body.ts));
        return [200, { ok: true, messages: thread, has_more: false }];
      }
      case "conversations.history":
        return [200, conversationsHistory(messages, body)];
      case "files.getUploadURLExternal": {
        const length = Number(body.length);
        if (!body.filename || !Number.isInteger(length) || length < 1) return [200, { ok: false, error: "invalid_arguments" }];
        // why: Slack's limit for one file is 1 GB.
        if (length > 1_000_000_000) return [200, { ok: false, error: "file_too_large" }];
        const fileId = `F${String(++fileCount).padStart(6, "0")}`;
        files.set(fileId, { fileId, filename: String(body.filename), length, content: undefined });
        return [200, { ok: true, upload_url: `${uploadBase()}/upload/${fileId}`, file_id: fileId }];
      }
      case "files.completeUploadExternal": {
        const listed = JSON.parse(String(body.files ?? "[]")) as Array<{ id: string; title?: string }>;
        const found = listed.map((entry) => files.get(entry.id));
        if (found.some((file) => file?.content === undefined)) return [200, { ok: false, error: "file_not_found" }];
        if (!body.channel_id) return [200, { ok: true, files: listed }];
        for (const file of found) {
          if (!file) continue;
          file.channel = String(body.channel_id);
          if (body.thread_ts) file.threadTs = String(body.thread_ts);
          shared.push(file);
        }
        return [200, { ok: true, files: listed.map((entry) => ({ id: entry.id, title: entry.title })) }];
      }
      case "apps.connections.open":
        if (!String(headers.authorization).startsWith("Bearer xapp-")) return [200, { ok: false, error: "not_allowed_token_type" }];
        return [200, { ok: true, url: socket.url() }];
      default:
        return [200, { ok: false, error: "unknown_method" }];
    }
  }

  function sink(path: string, body: Record<string, unknown>): [number, Record<string, unknown>] {
    const uses = (responseUrlUses.get(path) ?? 0) + 1;
    responseUrlUses.set(path, uses);
    // why: a response_url takes 5 posts within 30 minutes; Slack answers 404 after that.
    if (uses > 5) return [404, { ok: false, error: "used_url" }];
    const refused = messageError(body);
    return refused ? [400, { ok: false, error: refused }] : [200, { ok: true }];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString("utf8");
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const method = path.startsWith("/respond/")
      ? "response_url"
      : path.startsWith("/upload/")
        ? "file_upload"
        : path.replace(/^\/api\//, "");
    if (method === "file_upload") {
      // why: the upload URL takes the file's bytes as the body, whatever their type; its length must match what was announced.
      const file = files.get(path.slice("/upload/".length));
      const content = await uploadedContent(bytes, req.headers["content-type"]);
      const ok = file !== undefined && content !== undefined && Buffer.byteLength(content) === file.length;
      if (file && ok) file.content = content;
      requests.push({
        httpMethod: req.method ?? "POST",
        path,
        method,
        headers: req.headers,
        body: {},
        status: ok ? 200 : 400,
        reply: {},
        at,
      });
      res.writeHead(ok ? 200 : 400, { "content-type": "text/plain" });
      res.end(ok ? `OK - ${raw.length}` : "bad upload");
      return;
    }
    const body = parseBody(raw, req.headers["content-type"]);
    const queue = faults.get(method) ?? [];
    const faultAt = queue.findIndex((f) => f.channel === undefined || f.channel === body.channel);
    const fault = faultAt >= 0 ? queue.splice(faultAt, 1)[0] : undefined;
    // why: a call that never returns keeps an answer "on the wire" for as long as a test needs it to;
    // it is recorded (status 0) so a test can see it arrived.
    if (fault && "hang" in fault) {
      requests.push({ httpMethod: req.method ?? "GET", path, method, headers: req.headers, body, status: 0, reply: {}, at });
      return;
    }
    // why: a call held until the test says so makes a transient state (a reconnect in progress) last as long as
    // the test needs to observe it, instead of racing how fast the client retries.
    if (fault && "until" in fault) await fault.until;
    let status: number;
    let reply: Record<string, unknown>;
    const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
    if (fault && "status" in fault) {
      status = fault.status;
      reply = { ok: false, error: fault.status === 429 ? "ratelimited" : "internal_error" };
      if (fault.status === 429) headers["retry-after"] = String(fault.retryAfter);
    } else if (fault && "reflectHeader" in fault) {
      // why: some endpoints (proxies, gateways) echo request headers in their error text, the token included.
      [status, reply] = [200, { ok: false, error: `${fault.reflectHeader}: ${String(req.headers[fault.reflectHeader])}` }];
    } else if (fault && "error" in fault) {
      [status, reply] = [method === "response_url" ? 404 : 200, { ok: false, error: fault.error }];
    } else {
      [status, reply] = method === "response_url" ? sink(path, body) : api(method, body, req.headers);
    }
    const recorded = { httpMethod: req.method ?? "GET", path, method, headers: req.headers, body, status, reply, at };
    requests.push(recorded);
    for (const listener of listeners) listener(recorded);
    res.writeHead(status, headers);
    // why: Slack's response_url answers plain text ("ok", "used_url"); the Web API answers JSON.
    res.end(method === "response_url" ? (status === 200 ? "ok" : String(reply.error)) : JSON.stringify(reply));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const socket = createFakeSlackSocket(server, () => base);
  const uploadBase = () => base;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: () => `${base}/respond/T0001/${++responseUrls}/token`,
    requests,
    calls: (method) => requests.filter((r) => r.method === method),
    accepted: (method) => requests.filter((r) => r.method === method && r.status === 200 && r.reply.ok !== false),
    onRequest: (listener) => listeners.push(listener),
    fail(method, fault, times = 1, channel) {
      const scoped = channel === undefined ? fault : { ...fault, channel };
      faults.set(method, [...(faults.get(method) ?? []), ...Array.from({ length: times }, () => scoped)]);
    },
    socket,
    sharedFiles: () => [...shared],
    async waitFor(check, ms = 60_000) {
      const end = Date.now() + ms;
      while (!check()) {
        if (Date.now() > end) throw new Error("fake Slack: timed out waiting for a condition");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The file in an upload: web-api sends it as the one file part of a multipart form; a raw body is taken as it is. */
async function uploadedContent(bytes: Buffer, contentType: string | undefined): Promise<string | undefined> {
  if (!contentType?.startsWith("multipart/form-data")) return bytes.toString("utf8");
  const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  const file = [...form.values()].find((value) => typeof value !== "string");
  return file === undefined || typeof file === "string" ? undefined : await file.text();
}
