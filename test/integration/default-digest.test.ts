import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

describe("the shipped config's digest", () => {
  it("lets a newcomer list and preview the console morning digest without editing anything", async () => {
    const env = { LOG_LEVEL: "silent", DATA_DIR: join(makeTempDir("brief-default-digest-"), "data") };
    const run = async (argv: string[]) => {
      const io = captureIo("");
      const code = await main(argv, { env, io });
      return { code, out: io.out(), err: io.err() };
    };
    const listed = await run(["digest", "list"]);
    expect(listed.code, listed.err).toBe(0);
    expect(listed.out).toContain(
      'morning  "30 7 * * *" UTC  topics: turkey-mediation, grain-deal, us-russia-contacts, russia-ukraine-war  targets: console',
    );
    const preview = await run(["digest", "preview", "morning"]);
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out).toContain("── console");
    expect(preview.out).toMatch(/\d+ new articles in the last 24 hours/);
  });
});
