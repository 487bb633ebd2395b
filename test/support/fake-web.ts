import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake site answers on one path: a fixed response, or a handler for special behaviour. */
export type FakeRoute =
  | { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string> }
  | ((response: ServerResponse) => void);

export type FakeWeb = {
  base: string;
  /** Request headers of each request received, by path, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
};

/**
 * A small web site on 127.0.0.1 (ephemeral port) for ingest tests: the routes' bodies may contain
 * `{{BASE}}`, replaced by the site's own address. Unknown paths are 404.
 */
export async function startFakeWeb(routes: (base: string) => Record<string, FakeRoute>): Promise<FakeWeb> {
  const requests: FakeWeb["requests"] = [];
  let table: Record<string, FakeRoute> = {};
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    requests.push({ path, headers: request.headers });
    const route = table[path];
    if (route === undefined) {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
      return;
    }
    if (typeof route === "function") {
      route(response);
      return;
    }
    const headers = { "content-type": route.type ?? "text/html; charset=utf-8", "content-length": String(Buffer.byteLength(route.body)) };
    response.writeHead(route.status ?? 200, { ...headers, ...route.headers }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = routes(base);
  return {
    base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // why: the slow route never answers; its socket must be cut or close() waits for it forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fixture from test/fixtures/web with `{{BASE}}` filled in. */
export function webFixture(name: string, base: string): string {
  return readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), "utf8").replaceAll("{{BASE}}", base);
}

/** A route that sends its headers and then nothing: for timeouts. */
export const neverAnswers: FakeRoute = (response) => {
  response.writeHead(200, { "content-type": "text/html" });
  response.write("<html><body><p>");
};

/** A route that streams `bytes` of HTML in chunks with no Content-Length (chunked encoding). */
export function streams(bytes: number): FakeRoute {
  return (response) => {
    response.writeHead(200, { "content-type": "text/html" });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !response.destroyed) {
        sent += chunk.length;
        if (!response.write(chunk)) {
          response.once("drain", pump);
          return;
        }
      }
      response.end();
    };
    response.on("error", () => undefined);
    pump();
  };
}
