import { z } from "zod";
import type { ChatMessage } from "./llm-prompt.ts";

/** Where the model is and how long to wait for it. The key comes from the environment, passed in by main.ts. */
export type LlmSettings = { baseUrl: string; model: string; apiKey: string; timeoutMs: number };
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const ReplySchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/**
 * One OpenAI-compatible chat completion. Returns the reply text, or null on a timeout, a network or HTTP
 * error, or a reply of the wrong shape: the caller then keeps its extractive answer.
 */
export async function complete(settings: LlmSettings, messages: readonly ChatMessage[], fetchImpl: FetchLike): Promise<string | null> {
  try {
    const response = await fetchImpl(`${settings.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${settings.apiKey}` },
      body: JSON.stringify({ model: settings.model, messages, temperature: 0, max_tokens: 300 }),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    if (!response.ok) return null;
    const parsed = ReplySchema.safeParse(await response.json());
    return parsed.success ? (parsed.data.choices[0]?.message.content ?? null) : null;
  } catch {
    return null;
  }
}
