import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../../log/logger.ts";
import { parseRequestBody } from "./parse-request-body.ts";
import { refuseUnsigned } from "./verify-signature.ts";

export type SlackHttpReceiverOptions = {
  signingSecret: string;
  port: number;
  host?: string;
  /** The Request URL's path. */
  path?: string;
  log: Logger;
  /** The clock the timestamp is checked against; tests inject one. */
  now?: () => number;
  /** A request not acknowledged by then gets 404, as Slack gives up at 3 s anyway. */
  ackTimeoutMs?: number;
  maxBodyBytes?: number;
  /** True while stopping: events get 503 so Slack delivers them again later (to the restarted bot). */
  refusingEvents?: () => boolean;
  /** Requests for other paths (health and metrics share the port); returns true when it answered. */
  otherRequests?: (req: IncomingMessage, res: ServerResponse) => boolean;
};

export type SlackHttpReceiver = Receiver & { start(): Promise<Server> };

/**
 * Bolt's receiver for HTTP mode, written out: read the raw body, verify signature and timestamp (both ways),
 * parse, answer url_verification, hand the rest to Bolt with an `ack` that writes the HTTP answer.
 * why: Bolt's own HTTPReceiver accepts timestamps from the future, times out unparseable bodies as a 404 after
 * 3 s, and has no state for an orderly stop; each of those is one line here.
 */
export function createSlackHttpReceiver(options: SlackHttpReceiverOptions): SlackHttpReceiver {
  const path = options.path ?? "/slack/events";
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const log = options.log;
  let app: App | undefined;
  let server: Server | undefined;

  const answer = (res: ServerResponse, status: number, body = "", type = "text/plain; charset=utf-8") => {
    if (res.headersSent) return;
    res.writeHead(status, body ? { "content-type": type } : {});
    res.end(body);
  };

  async function readBody(req: IncomingMessage): Promise<string | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return undefined;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const isEvents = new URL(req.url ?? "/", "http://localhost").pathname === path;
    if (!isEvents && options.otherRequests?.(req, res)) return;
    if (req.method !== "POST" || !isEvents) return answer(res, 404, "not found");
    const raw = await readBody(req);
    if (raw === undefined) return answer(res, 413, "request body too large");
    const header = (name: string) => (typeof req.headers[name] === "string" ? (req.headers[name] as string) : undefined);
    const refusal = refuseUnsigned(
      { rawBody: raw, timestamp: header("x-slack-request-timestamp"), signature: header("x-slack-signature") },
      options.signingSecret,
      now(),
    );
    if (refusal) {
      log.warn("refused a request to the Slack endpoint", { reason: refusal });
      return answer(res, 401, refusal);
    }
    const body = parseRequestBody(raw, header("content-type"));
    if (typeof body === "string") {
      log.warn("refused a signed but unreadable Slack request", { reason: body });
      return answer(res, 400, body);
    }
    if (body.ssl_check === "1") return answer(res, 200);
    if (body.type === "url_verification") return answer(res, 200, JSON.stringify({ challenge: body.challenge }), "application/json");
    if (typeof body.command !== "string" && options.refusingEvents?.()) return answer(res, 503, "restarting; deliver again later");
    await dispatch(body, req, res);
  }

  async function dispatch(body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let acked = false;
    const timer = setTimeout(() => {
      if (acked) return;
      acked = true;
      log.warn("a Slack request was not acknowledged within 3 seconds");
      answer(res, 404);
    }, options.ackTimeoutMs ?? 3001);
    const ack = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      clearTimeout(timer);
      if (response === undefined || response === "") return answer(res, 200);
      if (typeof response === "string") return answer(res, 200, response);
      answer(res, 200, JSON.stringify(response), "application/json");
    };
    const retry = Number(req.headers["x-slack-retry-num"]);
    const reason = req.headers["x-slack-retry-reason"];
    try {
      await app?.processEvent({
        body,
        ack,
        ...(Number.isInteger(retry) ? { retryNum: retry } : {}),
        ...(typeof reason === "string" ? { retryReason: reason } : {}),
      });
    } catch (error) {
      log.error("slack request failed", { error });
      if (!acked) {
        acked = true;
        clearTimeout(timer);
        answer(res, 500);
      }
    }
  }

  return {
    init(bolt: App) {
      app = bolt;
    },
    async start() {
      const listening = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
          log.error("slack request failed", { error });
          answer(res, 500);
        });
      });
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(options.port, options.host, () => resolve());
      });
      server = listening;
      return listening;
    },
    async stop() {
      const closing = server;
      server = undefined;
      if (!closing) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeIdleConnections();
      });
    },
  };
}
