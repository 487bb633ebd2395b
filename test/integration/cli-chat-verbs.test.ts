import { describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { storePath } from "../../src/store/store-path.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const dataDir = makeTempDir("brief-verbs-");

async function brief(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir }, io });
  return { code, out: io.out(), err: io.err() };
}

describe("brief verbs take the words their chat command takes (over the seed articles)", () => {
  it("who takes chat's --all (the command line never shortens an answer, so the answer is the same)", async () => {
    const plain = await brief(["who", "Kalin"]);
    expect(plain.code, plain.err).toBe(0);
    expect(await brief(["who", "Kalin", "--all"])).toEqual(plain);
    expect((await brief(["who", "--help"])).out).toContain("--all is taken as in chat");
  });

  it("a date chat refuses is refused the same way, with the command line's usage, exit 2", async () => {
    const { code, err } = await brief(["on", "March", "32"]);
    expect(code).toBe(2);
    expect(err).toContain("usage: brief on DATE");
    expect(err).not.toContain("/brief on <date>");
  });

  it("an unknown option names the command line's and chat's options", async () => {
    const { code, err } = await brief(["who", "Kalin", "--jsn"]);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option --jsn. Did you mean --json?");
  });

  it("export takes chat's --json as --format json; the two asked against each other are refused", async () => {
    const json = await brief(["export", "turkey-mediation", "--json"]);
    expect(json.code, json.err).toBe(0);
    expect((JSON.parse(json.out) as { answer: { kind: string } }).answer.kind).toBe("topic-brief");
    const both = await brief(["export", "turkey-mediation", "--json", "--format", "md"]);
    expect(both.code).toBe(2);
    expect(both.err).toContain("--json and --format md");
  });

  it("topic --thread ID makes the brief that thread's parent, keyed by the slug chat's definition reads", async () => {
    const answered = await brief(["topic", "Turkey", "Mediation", "--thread", "t1", "--json"]);
    expect(answered.code, answered.err).toBe(0);
    const store = createSqliteStore({ path: storePath(dataDir) });
    try {
      const thread = store.getThread({ platform: "console", channel: "cli", threadId: "t1" });
      expect(thread?.topic).toBe("turkey-mediation");
      expect(thread?.turns[0]?.text).toBe("/brief topic turkey-mediation");
    } finally {
      store.close();
    }
    const missing = await brief(["topic", "turkey-mediation", "--thread"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Option --thread needs a value");
  });
});
