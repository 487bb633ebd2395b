import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Document } from "../../render/document.ts";

export type ConsoleChatOptions = {
  dispatcher: Dispatcher;
  input: Readable;
  output: Writable;
  /** Renders an answer for this terminal (colour and width decided by the caller). */
  render: (doc: Document) => string;
  interactive: boolean;
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
      const doc = await options.dispatcher.handle(text, {
        platform: "console",
        channelId: "terminal",
        userId: "you",
        threadId: `console-${thread}`,
      });
      say(options.render(doc));
    }
    if (options.interactive) rl.prompt();
  }
  rl.close();
}
