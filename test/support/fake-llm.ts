import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake model answers: a supported reply, made-up content, garbage, an error, or nothing in time. */
export type FakeLlmMode =
  | "good"
  | "unsupported"
  | "invented"
  | "mixed"
  | "uncited"
  | "no-answer"
  | "broken-json"
  | "wrong-shape"
  | "http-500"
  | "slow";

export type FakeLlm = {
  baseUrl: string;
  mode: FakeLlmMode;
  /** Request bodies received, newest last. */
  requests: { model: string; messages: { role: string; content: string }[] }[];
  authorization: string[];
  close(): Promise<void>;
};

/**
 * A small OpenAI-compatible chat endpoint on 127.0.0.1 for tests. Its "good" reply restates fact [1] from
 * the prompt (speaker and verbatim text), so the reply checker has something true to keep.
 */
export async function startFakeLlm(initial: FakeLlmMode = "good"): Promise<FakeLlm> {
  const fake: FakeLlm = { baseUrl: "", mode: initial, requests: [], authorization: [], close: async () => {} };
  const server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as FakeLlm["requests"][number];
    fake.requests.push(body);
    fake.authorization.push(String(req.headers.authorization ?? ""));
    const reply = (content: string) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "fake", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content } }] }));
    };
    const first = firstFact(body.messages.at(-1)?.content ?? "");
    switch (fake.mode) {
      case "good":
        return reply(`${first.who} said: "${first.text}" [1]`);
      case "invented":
        // a model that answers with a quote nobody gave, put in the mouth of the real speaker, citing a real fact
        return reply(`${first.who} said: "We will sign the peace treaty in Geneva next Tuesday." [1]`);
      case "unsupported":
        return reply("The agreement will collapse in 2031 because of a secret treaty with Atlantis [1].");
      case "mixed":
        return reply(`${first.who} said: "${first.text}" [1] Officials expect 40,000 troops to arrive next week [1].`);
      case "uncited":
        return reply(`${first.who} said: "${first.text}"`);
      case "no-answer":
        return reply("NO ANSWER");
      case "broken-json":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end("{not json");
      case "wrong-shape":
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify({ answer: "hello" }));
      case "http-500":
        res.writeHead(500);
        return res.end("upstream exploded");
      case "slow":
        // why: a model that never answers makes the client's timeout the only possible outcome, however busy
        // the machine; the request is left open until the fake closes.
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.on("data", (chunk) => {
      text += String(chunk);
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}

/** Fact [1] of the prompt: "[1] (quote, NPR, 15 Nov 2022) Speaker Name: the text". */
function firstFact(prompt: string): { who: string; text: string } {
  const line = prompt.split("\n").find((row) => row.startsWith("[1] ")) ?? "";
  const body = line.replace(/^\[1\] \([^)]*\) /, "");
  const colon = body.indexOf(": ");
  return colon > 0 ? { who: body.slice(0, colon), text: body.slice(colon + 2) } : { who: "The article", text: body };
}
