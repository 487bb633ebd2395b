import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { runConsoleChat } from "../../../src/adapters/console/console-chat.ts";
import { createDispatcher } from "../../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { renderText } from "../../../src/render/text.ts";

async function chat(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => {
    text += String(chunk);
  });
  const dispatcher = createDispatcher({
    commands: COMMANDS,
    deps: { topics: [] },
    log: createLogger({ level: "silent", out: new PassThrough() }),
  });
  await runConsoleChat({
    dispatcher,
    input: Readable.from([`${lines.join("\n")}\n`]),
    output,
    render: (doc) => renderText(doc),
    interactive: false,
  });
  return text;
}

describe("terminal chat", () => {
  it("answers /brief help", async () => {
    const text = await chat(["/brief help"]);
    expect(text).toContain("/brief who");
  });

  it("stops reading at /quit", async () => {
    const text = await chat(["/quit", "/brief help"]);
    expect(text).not.toContain("/brief who");
  });

  it("answers an unknown command with a suggestion instead of failing", async () => {
    const text = await chat(["/brief hlep me"]);
    expect(text).toContain('I don\'t know the command "hlep"');
    expect(text).toContain("/brief help");
  });
});
