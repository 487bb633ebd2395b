import { describe, expect, it } from "vitest";
import { CLI_COMMANDS, cliHelp } from "../../../src/cli/registry.ts";

describe("the command registry", () => {
  it("names and summarises each command as its module does, so brief --help matches brief X --help", async () => {
    for (const entry of CLI_COMMANDS) {
      const command = await entry.load();
      expect(command.name, entry.name).toBe(entry.name);
      expect(command.summary, entry.name).toBe(entry.summary);
    }
  });

  it("lists every command once, each in brief --help", () => {
    const names = CLI_COMMANDS.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    const help = cliHelp();
    const lines = help.split("\n").map((line) => line.trim());
    for (const entry of CLI_COMMANDS) {
      expect(
        lines.some((line) => line.startsWith(`${entry.name} `) && line.endsWith(`  ${entry.summary}`)),
        entry.name,
      ).toBe(true);
    }
  });
});
