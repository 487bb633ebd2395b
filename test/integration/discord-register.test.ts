import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { buildBriefCommand } from "../../src/discord-commands/command-definition.ts";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.ts";
import { APP_ID, GUILD_ID } from "../support/fake-discord-fixtures.ts";

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function brief(argv: string[], env: Record<string, string>) {
  const io = captureIo();
  const code = await main(argv, { env: { LOG_LEVEL: "silent", ...env }, io });
  return { code, out: io.out(), err: io.err() };
}

describe("brief discord register", () => {
  it("bulk-overwrites the guild's commands with /brief in one PUT, the same body every time", async () => {
    fake = await startFakeDiscord();
    const env = { DISCORD_TOKEN: "fake.bot.token", DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: `${fake.apiUrl}/` };
    const first = await brief(["discord", "register", "--guild", GUILD_ID], env);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toContain(`Registered /brief in server ${GUILD_ID}`);
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.auth}`)).toEqual([
      `PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands Bot fake.bot.token`,
    ]);
    const body = fake.requests[0]?.body as unknown as ReturnType<typeof buildBriefCommand>[];
    expect(body).toEqual([buildBriefCommand(COMMANDS)]);
    const subcommands = (body[0]?.options ?? []).map((option) => option.name);
    expect(subcommands).toEqual(COMMANDS.map((command) => command.name));
    expect(JSON.stringify(body)).toContain('"autocomplete":true');

    await brief(["discord", "register", "--guild", GUILD_ID], env);
    expect(fake.requests[1]?.body).toEqual(fake.requests[0]?.body);
  });

  it("registers globally without --guild", async () => {
    fake = await startFakeDiscord();
    const env = { DISCORD_TOKEN: "fake.bot.token", DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl };
    const { code, out } = await brief(["discord", "register"], env);
    expect(code).toBe(0);
    expect(out).toContain("Registered /brief globally");
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${APP_ID}/commands`]);
  });

  it("says what is missing without a token, and refuses a bad guild id, with exit code 2", async () => {
    const missing = await brief(["discord", "register"], {});
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("DISCORD_TOKEN and DISCORD_APPLICATION_ID");
    const bad = await brief(["discord", "register", "--guild", "general"], { DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: APP_ID });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--guild: expected a numeric server (guild) id");
  });
});
