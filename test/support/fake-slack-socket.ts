import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";

/** The Socket Mode side of the fake: `apps.connections.open` hands out its URL; envelopes go down, acks come up. */
export type FakeSlackSocket = {
  url(): string;
  /** Resolves once the Bolt app has connected and been greeted with `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope (`slash_commands`, `events_api`, …); returns its envelope_id. */
  send(type: string, payload: unknown, extra?: Record<string, unknown>): string;
  /** Every frame the app sent back: `{ envelope_id, payload? }`. */
  acks: Array<{ envelope_id?: string; payload?: unknown }>;
  /** Cuts the current connection as a network fault would; the client is expected to reconnect. */
  drop(): void;
  close(): void;
};

export function createFakeSlackSocket(server: Server, baseUrl: () => string): FakeSlackSocket {
  const wss = new WebSocketServer({ server });
  const acks: FakeSlackSocket["acks"] = [];
  let socket: WebSocket | undefined;
  let envelopes = 0;
  let resolveConnected: () => void = () => {};
  let whenConnected = new Promise<void>((resolve) => {
    resolveConnected = resolve;
  });

  wss.on("connection", (ws) => {
    socket = ws;
    // why: SocketModeClient waits for `hello` before it considers itself connected.
    ws.send(
      JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake-slack" }, connection_info: { app_id: "A0001" } }),
    );
    ws.on("message", (data) => acks.push(JSON.parse(String(data))));
    ws.on("close", () => {
      if (socket === ws) {
        socket = undefined;
        whenConnected = new Promise<void>((resolve) => {
          resolveConnected = resolve;
        });
      }
    });
    resolveConnected();
  });

  return {
    url: () => `${baseUrl().replace(/^http/, "ws")}/link/?ticket=fake`,
    connected: () => whenConnected,
    send(type, payload, extra = {}) {
      if (!socket) throw new Error("no Socket Mode client is connected to the fake");
      envelopes += 1;
      const envelopeId = `env-${envelopes}`;
      socket.send(JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: type !== "events_api", payload, ...extra }));
      return envelopeId;
    },
    acks,
    drop() {
      socket?.terminate();
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
