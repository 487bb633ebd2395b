import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cronProblem } from "../../../config/cron-check.ts";
import { MAX_TOPICS } from "../../../config/file-schema.ts";
import { ConfigError, loadConfig, loadEnv } from "../../../config/load.ts";
import { parseCron } from "../../../src/schedule/cron-fields.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

function tempConfig(text: string, name = "config.yaml"): string {
  const dir = makeTempDir("brief-config-");
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
    [{ PORT: "0x50" }, 'PORT: expected a port number from 1 to 65535, in decimal digits only (found "0x50")'],
    [{ PORT: "1e3" }, 'PORT: expected a port number from 1 to 65535, in decimal digits only (found "1e3")'],
    [{ PORT: "80.5" }, "PORT: expected a port number from 1 to 65535, in decimal digits only"],
    [{ PORT: "-80" }, "PORT: expected a port number from 1 to 65535, in decimal digits only"],
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
      'digests[0].cron: digest "morning": expected 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, found 2',
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

  it.each([
    ["61 25 * * 8", 'digest "morning": minute field "61": "61" is not allowed: expected 0-59'],
    ["0 25 * * *", 'hour field "25": "25" is not allowed: expected 0-23'],
    ["0 7 32 * *", 'day-of-month field "32": "32" is not allowed: expected 1-31'],
    ["0 7 * 13 *", 'month field "13": "13" is not allowed: expected 1-12 or jan-dec'],
    ["0 7 * * 8", 'day-of-week field "8": "8" is not allowed: expected 0-7 or sun-sat'],
    ["*/0 7 * * *", 'minute field "*/0": step "/0" must be a number from 1 to 59'],
    ["0 7 * * 5-1", 'day-of-week field "5-1": range "5-1" runs backwards'],
    ["0 7 1W * *", 'day-of-month field "1W": "1W" is not allowed'],
  ])("refuses the cron %j naming the digest and the field", (cron, expected) => {
    const path = tempConfig(
      `topics:\n  - slug: x\n    title: X\n    description: D\n    keywords: [x1]\ndigests:\n  - id: morning\n    cron: '${cron}'\n    timezone: UTC\n    targets: [console]\n    topics: [x]\n`,
    );
    const message = configError(() => loadConfig({ BRIEF_CONFIG: path }));
    expect(message).toContain("digests[0].cron: ");
    expect(message).toContain(expected);
  });

  it.each(["30 7 * * 1-5", "0 */2 * * *", "0 7 L * *", "15 6 * jan-mar mon,wed,fri", "0 0 7 * * 7", "0 7 ? * *"])(
    "accepts the cron %j, and the scheduler can read it",
    (cron) => {
      expect(cronProblem(cron)).toBeNull();
      expect(() => parseCron(cron)).not.toThrow();
    },
  );

  it("whatever cron the config accepts, the scheduler can read (fixed seed)", () => {
    const item = fc.oneof(
      fc.constant("*"),
      fc.integer({ min: 0, max: 70 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })).map(([a, b]) => `${a}-${b}`),
      fc.tuple(fc.constantFrom("*", "1-20", "5"), fc.integer({ min: 0, max: 70 })).map(([a, b]) => `${a}/${b}`),
      fc.constantFrom("L", "?", "mon", "jan", "sun-sat", "W", "#", ""),
    );
    const field = fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.join(","));
    fc.assert(
      fc.property(fc.array(field, { minLength: 5, maxLength: 6 }), (fields) => {
        const cron = fields.join(" ");
        if (cronProblem(cron) === null) expect(() => parseCron(cron)).not.toThrow();
      }),
      { seed: 606, numRuns: 10_000 },
    );
  });

  it(`refuses more than ${MAX_TOPICS} topics with a clear message`, () => {
    const topics = Array.from({ length: MAX_TOPICS + 1 }, (_, i) => ({ slug: `t${i}`, title: "T", description: "D", keywords: ["kw"] }));
    const path = tempConfig(JSON.stringify({ topics }), "config.json");
    expect(configError(() => loadConfig({ BRIEF_CONFIG: path }))).toContain(`topics: expected at most 1,000 topics`);
    const fine = tempConfig(JSON.stringify({ topics: topics.slice(0, MAX_TOPICS) }), "config.json");
    expect(loadConfig({ BRIEF_CONFIG: fine }).file.topics).toHaveLength(MAX_TOPICS);
  });

  it("says which file is missing or unparseable", () => {
    expect(configError(() => loadConfig({ BRIEF_CONFIG: "/nonexistent/briefbot.yaml" }))).toContain(
      "Config file not found: /nonexistent/briefbot.yaml",
    );
    const broken = tempConfig("topics: [unclosed\n");
    expect(configError(() => loadConfig({ BRIEF_CONFIG: broken }))).toContain("could not be parsed");
  });
});
