import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/main.ts";
import { captureIo } from "../../support/cli-io.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = captureIo();
  const dataDir = makeTempDir("brief-cli-");
  const code = await main(argv, { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir, ...env }, io });
  return { code, out: io.out(), err: io.err() };
}

describe("brief CLI", () => {
  it("lists its subcommands with --help and exits 0", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("check-config");
    expect(out).toContain("serve");
    expect(out).toContain("seeds");
  });

  it("prints help to stderr and exits 2 when no subcommand is given", async () => {
    const { code, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toContain("usage: brief <command>");
  });

  it("suggests the nearest subcommand for a typo and exits 2", async () => {
    const { code, err } = await run(["seds"]);
    expect(code).toBe(2);
    expect(err).toContain("Did you mean: brief seeds?");
  });

  it.each(["serve", "check-config", "seeds"])("has --help on %s", async (name) => {
    const { code, out } = await run([name, "--help"]);
    expect(code).toBe(0);
    expect(out).toContain(`usage: brief ${name}`);
  });

  it("check-config reports what it will run with", async () => {
    const { code, out } = await run(["check-config"]);
    expect(code).toBe(0);
    expect(out).toContain("Config OK");
    expect(out).toContain("turkey-mediation");
    expect(out).toContain("terminal chat");
  });

  it("check-config fails with exit 1 and names the bad field", async () => {
    const { code, err } = await run(["check-config"], { PORT: "0" });
    expect(code).toBe(1);
    expect(err).toContain("PORT");
    expect(err).toContain('(found "0")');
  });

  it("seeds lists each article with outlet and date", async () => {
    const { code, out } = await run(["seeds"]);
    expect(code).toBe(0);
    expect(out).toMatch(/2022-03-27\s+Ahval/);
    expect(out).toMatch(/2022-11-15\s+NPR/);
    expect(out).toContain("2 articles");
  });

  it("serve --once answers one command and exits", async () => {
    const { code, out } = await run(["serve", "--once", "/brief help"]);
    expect(code).toBe(0);
    expect(out).toContain("/brief who");
    expect(out).toContain("/brief help");
  });

  it("serve refuses an unknown flag as a usage error", async () => {
    const { code, err } = await run(["serve", "--onse", "x"]);
    expect(code).toBe(2);
    expect(err).toContain("--onse");
    expect(err).toContain("usage: brief serve");
  });

  it("answers ask --json from the seed articles on a first run, with an empty data directory", async () => {
    const { code, out } = await run(["ask", "--json", "Who is Sinan Ulgen?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { answered: boolean; answer: string; citations: { source: string }[] };
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("director");
    expect(answer.citations[0]?.source).toBe("NPR");
  });

  it("ask exits 1 when the articles don't say, still printing the answer and the nearest facts", async () => {
    const { code, out } = await run(["ask", "What colour is the moon over the harbour of Atlantis?"]);
    expect(code).toBe(1);
    expect(out).toMatch(/The articles don't (say|mention)/);
    const json = await run(["ask", "--json", "What colour is the moon over the harbour of Atlantis?"]);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.out) as { answered: boolean }).answered).toBe(false);
  });

  describe("digest targets need their platform's token", () => {
    const config = (targets: string) => {
      const path = join(makeTempDir("brief-cli-config-"), "config.yaml");
      writeFileSync(
        path,
        `topics:\n  - slug: harbour\n    title: Harbour\n    description: D\n    keywords: [harbour]\ndigests:\n  - id: morning\n    cron: '30 7 * * *'\n    timezone: UTC\n    targets: [${targets}]\n    topics: [harbour]\n`,
      );
      return path;
    };

    it("check-config fails naming the digest, the target and the missing variable", async () => {
      const { code, out, err } = await run(["check-config"], { BRIEF_CONFIG: config("console, slack:C0123, discord:123456789012345678") });
      expect(code).toBe(1);
      expect(out).not.toContain("Config OK");
      expect(err).toContain('digest "morning": target slack:C0123 needs SLACK_BOT_TOKEN, which is not set');
      expect(err).toContain('digest "morning": target discord:123456789012345678 needs DISCORD_TOKEN, which is not set');
    });

    it("check-config passes when the tokens are set", async () => {
      const { code, out } = await run(["check-config"], { BRIEF_CONFIG: config("slack:C0123"), SLACK_BOT_TOKEN: "xoxb-test" });
      expect(code).toBe(0);
      expect(out).toContain("Config OK");
    });

    it("serve warns at start about a digest target whose platform has no token", async () => {
      const { code, err } = await run(["serve"], { BRIEF_CONFIG: config("slack:C0123"), LOG_LEVEL: "warn" });
      expect(code).toBe(0);
      expect(err).toContain('digest "morning": target slack:C0123 needs SLACK_BOT_TOKEN, which is not set');
    });

    it("digest run exits 1 and says why a platform target was not sent", async () => {
      const { code, err } = await run(["digest", "run", "morning"], { BRIEF_CONFIG: config("slack:C0123") });
      expect(code).toBe(1);
      expect(err).toContain("slack:C0123");
      expect(err).toContain("not sent: SLACK_BOT_TOKEN is not set");
    });
  });
});
