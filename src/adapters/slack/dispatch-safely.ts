import type { CommandRequest } from "../../dispatch/command.ts";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Logger } from "../../log/logger.ts";
import { type Document, errorDocument, FAILURE_APOLOGY } from "../../render/document.ts";
import { StoppingError } from "./notices.ts";

/** The dispatcher's answer; should it ever throw, a short apology instead of silence (a stop is no failure: rethrown). */
export async function dispatchSafely(dispatcher: Dispatcher, text: string, request: CommandRequest, log: Logger): Promise<Document> {
  try {
    return await dispatcher.handle(text, request);
  } catch (error) {
    if (error instanceof StoppingError) throw error;
    log.error("dispatcher failed", { channel: request.channelId, user: request.userId, error });
    return errorDocument(FAILURE_APOLOGY);
  }
}
