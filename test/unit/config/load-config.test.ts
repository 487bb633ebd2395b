import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadEnv } from "../../../config/load.ts";

function tempConfig(text: string, name = "config.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "brief-config-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("environment", () => {
  it("applies defaults when nothing is set", () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ DATA_DIR: "./data", PORT: 3000, LOG_LEVEL: "info" });
    expect(env.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    expect(loadEnv({ SLACK_BOT_TOKEN: "", PORT: " " }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "70000" }, 'PORT: expected a port number from 1 to 65535 (found "70000")'],
    [{ PORT: "abc" }, "PORT: expected a port number"],
    [{ LOG_LEVEL: "loud" }, 'LOG_LEVEL: Invalid option: expected one of "debug"|"info"|"warn"|"error"|"silent" (found "loud")'],
    [{ TZ: "Mars/Olympus" }, 'TZ: expected an IANA time zone such as Europe/Berlin or UTC (found "Mars/Olympus")'],
    [{ SLACK_API_URL: "slack.local" }, "SLACK_API_URL: expected an http(s) URL"],
    [{ DISCORD_APPLICATION_ID: "my-app" }, "DISCORD_APPLICATION_ID: expected the numeric application id"],
  ])("names the field, the value found and what was expected for %o", (raw, expected) => {
    expect(configError(() => loadEnv(raw))).toContain(expected);
  });

  it("never prints a secret's value in an error", () => {
    const message = configError(() => loadEnv({ SLACK_BOT_TOKEN: "oops-secret-value-123", SLACK_APP_TOKEN: "also-secret-456" }));
    expect(message).toContain("SLACK_BOT_TOKEN: expected a Slack bot token");
    expect(message).not.toContain("oops-secret-value-123");
    expect(message).not.toContain("also-secret-456");
  });
});

describe("config file", () => {
  it("loads the shipped default with the seed topics", () => {
    const config = loadConfig({});
    expect(config.file.topics.map((topic) => topic.slug)).toContain("turkey-mediation");
    for (const topic of config.file.topics) {
      expect(topic.title.length).toBeGreaterThan(0);
      expect(topic.description.length).toBeGreaterThan(0);
    }
  });

  it("reads BRIEF_CONFIG, in YAML or JSON", () => {
    const yamlPath = tempConfig("topics:\n  - slug: a-topic\n    title: A\n    description: D\n    keywords: [alpha]\n");
    expect(loadConfig({ BRIEF_CONFIG: yamlPath }).file.topics[0]?.minMatches).toBe(2);
    const jsonPath = tempConfig(JSON.stringify({ topics: [] }), "config.json");
    expect(loadConfig({ BRIEF_CONFIG: jsonPath }).file.topics).toEqual([]);
  });

  it.each([
    [
      "topics:\n  - slug: Bad Slug\n    title: A\n    description: D\n    keywords: [x1]\n",
      'topics[0].slug: expected a lowercase slug like turkey-mediation (letters, digits, dashes) (found "Bad Slug")',
    ],
    [
      "topics: []\ndigests:\n  - id: morning\n    cron: every morning\n    timezone: UTC\n    targets: [console]\n    topics: [x]\n",
      "digests[0].cron: expected a cron expression",
    ],
    [
      "topics: []\ndigests:\n  - id: morning\n    cron: '30 7 * * *'\n    timezone: Europe/Nowhere\n    targets: [console]\n    topics: [x]\n",
      'digests[0].timezone: expected an IANA time zone such as Europe/Berlin (found "Europe/Nowhere")',
    ],
    [
      "topics: []\ndigests:\n  - id: morning\n    cron: '30 7 * * *'\n    timezone: UTC\n    targets: [email:me]\n    topics: [x]\n",
      "digests[0].targets[0]: expected slack:CHANNEL_ID",
    ],
    [
      "topics: []\ndigests:\n  - id: morning\n    cron: '30 7 * * *'\n    timezone: UTC\n    targets: [console]\n    topics: [nope]\n",
      'digests[0].topics[0]: unknown topic "nope"',
    ],
    ["topicz: []\n", 'Unrecognized key: "topicz"'],
  ])("rejects a wrong value with a message naming it (%#)", (text, expected) => {
    const path = tempConfig(text);
    const message = configError(() => loadConfig({ BRIEF_CONFIG: path }));
    expect(message).toContain(path);
    expect(message).toContain(expected);
  });

  it("says which file is missing or unparseable", () => {
    expect(configError(() => loadConfig({ BRIEF_CONFIG: "/nonexistent/briefbot.yaml" }))).toContain(
      "Config file not found: /nonexistent/briefbot.yaml",
    );
    const broken = tempConfig("topics: [unclosed\n");
    expect(configError(() => loadConfig({ BRIEF_CONFIG: broken }))).toContain("could not be parsed");
  });
});
