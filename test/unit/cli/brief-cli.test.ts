import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/main.ts";
import { captureIo } from "../../support/cli-io.ts";

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = captureIo();
  const dataDir = mkdtempSync(join(tmpdir(), "brief-cli-"));
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
});
