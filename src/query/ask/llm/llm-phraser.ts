import type { AskWork } from "../ask.ts";
import type { AskResult } from "../types.ts";

/** Rephrases an extractive answer with a language model; on any failure returns the extractive one. */
export type LlmPhraser = { phrase(question: string, work: AskWork): Promise<AskResult> };
