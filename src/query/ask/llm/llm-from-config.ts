import type { AskLlm } from "../../../../config/file-schema.ts";
import type { FetchLike } from "./llm-client.ts";
import { createLlmPhraser, type LlmPhraser } from "./llm-phraser.ts";

/**
 * The phraser the config asks for, or null: no `ask.llm` section, or its key variable unset (then answers
 * stay extractive; main.ts may log that). `env` is passed in: only main.ts reads the environment.
 */
export function llmFromConfig(
  config: AskLlm | undefined,
  env: Readonly<Record<string, string | undefined>>,
  fetchImpl: FetchLike,
): LlmPhraser | null {
  if (!config) return null;
  const apiKey = env[config.apiKeyEnv];
  if (!apiKey) return null;
  return createLlmPhraser({ baseUrl: config.baseUrl, model: config.model, apiKey, timeoutMs: config.timeoutMs }, fetchImpl);
}
