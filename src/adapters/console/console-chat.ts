import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Document } from "../../render/document.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";

export type ConsoleChatOptions = {
  dispatcher: Dispatcher;
  input: Readable;
  output: Writable;
  /** Renders an answer for this terminal (colour and width decided by the caller). */
  render: (doc: Document) => string;
  interactive: boolean;
  /** Where command answers are recorded as thread roots, so the next plain question has their context. */
  threads?: ThreadRegistry;
};

/**
 * The terminal adapter: a `brief>` prompt with line editing and history (readline), `/brief …` commands,
 * plain questions, `/new` for a fresh thread and `/quit` to leave. Each answer opens a thread that the
 * next plain question continues.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({
    input: options.input,
    output: options.output,
    terminal: options.interactive,
    historySize: 500,
    prompt: "brief> ",
  });
  let thread = 1;
  // why: a persistent registry outlives this process; a per-run prefix keeps a new run's "console-1" from
  // continuing the previous run's thread.
  const session = options.threads ? `${Date.now().toString(36)}-` : "";
  const say = (text: string) => options.output.write(`${text}\n`);
  if (options.interactive) {
    say("Briefbot in the terminal. Type /brief help, a /brief command, or a question. /new starts a new thread, /quit leaves.");
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text === "/new") {
      thread += 1;
      say("(new thread)");
    } else if (text) {
      // why: each command's answer is a new thread root; plain questions continue the latest one.
      if (text.startsWith("/")) thread += 1;
      const threadId = `console-${session}${thread}`;
      const doc = await options.dispatcher.handle(text, { platform: "console", channelId: "terminal", userId: "you", threadId });
      if (text.startsWith("/") && options.threads) {
        await options.threads.markBotThread("console", "terminal", threadId, { command: text, summary: doc.summary });
      }
      // why: a blank line after each answer keeps the next prompt from running into its last line.
      say(`${options.render(doc)}${options.interactive ? "\n" : ""}`);
    }
    if (options.interactive) rl.prompt();
  }
  rl.close();
}
