import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";

export type GatewayEvent = { op: 0; t: string; s: number; d: unknown };
export type GatewayFrame = { op: number; d?: unknown; t?: string | null; s?: number | null };

// why: Discord's privileged intent bit; without it MESSAGE_CREATE content is blanked unless the bot is mentioned.
export const MESSAGE_CONTENT_INTENT = 1 << 15;

/**
 * The fake gateway: HELLO, HEARTBEAT_ACK, IDENTIFY → READY (+ GUILD_CREATE), RECONNECT (op 7) on demand and
 * RESUME (op 6) → replay of the events after the client's sequence, then RESUMED. Every frame is logged.
 */
export function createFakeGateway(
  server: Server,
  hooks: { onIdentify: (send: (t: string, d: unknown) => void) => void; allowMessageContent: boolean },
) {
  const wss = new WebSocketServer({ server });
  const events: GatewayEvent[] = [];
  const received: GatewayFrame[] = [];
  let socket: WebSocket | undefined;
  let seq = 0;
  let intents = 0;
  let duplicates: GatewayEvent[] = [];
  let connections = 0;
  let resumed = 0;

  const send = (ws: WebSocket, frame: object) => ws.send(JSON.stringify(frame));
  const dispatch = (t: string, d: unknown): GatewayEvent => {
    const event: GatewayEvent = { op: 0, t, s: ++seq, d };
    events.push(event);
    // why: while the client reconnects there is no socket; the event waits for RESUME's replay, as on Discord.
    if (socket?.readyState === 1) send(socket, event);
    return event;
  };

  wss.on("connection", (ws) => {
    connections += 1;
    socket = ws;
    send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      received.push(frame);
      if (frame.op === 1) send(ws, { op: 11 });
      if (frame.op === 2) {
        intents = Number((frame.d as { intents?: number }).intents ?? 0);
        // why: Discord closes with 4014 when a privileged intent is not enabled in the Developer Portal.
        if (!hooks.allowMessageContent && (intents & MESSAGE_CONTENT_INTENT) !== 0) return ws.close(4014, "Disallowed intent(s).");
        hooks.onIdentify(dispatch);
      }
      if (frame.op === 6) {
        const after = Number((frame.d as { seq?: number }).seq ?? 0);
        for (const event of [...duplicates, ...events.filter((e) => e.s > after)]) send(ws, event);
        duplicates = [];
        send(ws, { op: 0, t: "RESUMED", s: ++seq, d: {} });
        resumed += 1;
      }
    });
    ws.on("close", () => {
      if (socket === ws) socket = undefined;
    });
  });

  return {
    dispatch,
    received,
    events,
    get intents() {
      return intents;
    },
    get connections() {
      return connections;
    },
    get resumed() {
      return resumed;
    },
    /** Sends op 7 RECONNECT; after the resume, past events of the `redeliver` types are sent again, as a double delivery. */
    reconnect(redeliver: readonly string[] = []) {
      duplicates = events.filter((event) => redeliver.includes(event.t));
      if (socket) send(socket, { op: 7, d: null });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
