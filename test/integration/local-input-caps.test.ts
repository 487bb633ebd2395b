import { spawn } from "node:child_process";
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../src/ingest/read-capped.ts";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const tempDir = () => makeTempDir("brief-input-caps-");
const BIN = fileURLToPath(new URL("../../bin/brief.js", import.meta.url));
const FLAGS = ["--published", "2024-06-03", "--source", "Wire", "--title", "Talks resume"];

function workspace() {
  const root = tempDir();
  const env = { LOG_LEVEL: "silent", DATA_DIR: join(root, "data") };
  const run = async (argv: string[], stdin: Readable = Readable.from([""])) => {
    const io = { ...captureIo(), stdin };
    const code = await main(argv, { env, io });
    return { code, out: io.out(), err: io.err() };
  };
  return { root, env, run };
}

/** Writes `megabytes` MB of article-like text without holding it in memory. */
function bigFile(path: string, megabytes: number): void {
  const line = Buffer.from("The council met again on Monday and talked about the harbour for a long time.\n".repeat(800));
  const fd = openSync(path, "w");
  for (let written = 0; written < megabytes * 1024 * 1024; written += line.length) writeSync(fd, line);
  closeSync(fd);
}

/** Runs the real `brief` binary; `feed` writes to its stdin until the pipe closes. */
function runBin(args: string[], env: Record<string, string>, options: { nodeArgs?: string[]; endlessStdin?: boolean } = {}) {
  return new Promise<{ code: number | null; err: string; fedBytes: number }>((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ["pipe", "ignore", "pipe"],
    });
    let err = "";
    let fedBytes = 0;
    child.stderr.on("data", (chunk) => {
      err += String(chunk);
    });
    child.stdin.on("error", () => {}); // why: the reader closing the pipe is the point of the test
    if (options.endlessStdin) {
      const chunk = Buffer.from("An endless line of words from a pipe that never closes. ".repeat(1000));
      const feed = () => {
        while (!child.stdin.destroyed && child.stdin.writable) {
          fedBytes += chunk.length;
          if (!child.stdin.write(chunk)) return void child.stdin.once("drain", feed);
        }
      };
      feed();
    } else child.stdin.end();
    child.on("close", (code) => resolve({ code, err, fedBytes }));
  });
}

describe("local input is read with a cap", () => {
  it("refuses a 100 MB file with a clear reason, and the process stays small (128 MB heap is enough)", async () => {
    const { root, env } = workspace();
    const big = join(root, "big.txt");
    bigFile(big, 100);
    const result = await runBin(["ingest", big, ...FLAGS], env, { nodeArgs: ["--max-old-space-size=128"] });
    expect(result.err).toMatch(/failed: .*big\.txt: too large: more than 1\.6 MB/);
    expect(result.err).toContain("0 new");
    expect(result.code).toBe(1);
  });

  it("ends on an endless stdin pipe: reading stops at the cap and the article is refused", async () => {
    const { env } = workspace();
    const result = await runBin(["ingest", "-", ...FLAGS], env, { endlessStdin: true });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/failed: \(stdin\): too large/);
    expect(result.fedBytes).toBeGreaterThan(MAX_INPUT_BYTES);
  });

  it("ends on /dev/zero, for ingest and for extract", async () => {
    const { run } = workspace();
    const ingest = await run(["ingest", "/dev/zero", ...FLAGS]);
    expect(ingest.code).toBe(1);
    expect(ingest.err).toContain("failed: /dev/zero: too large");
    const extract = await run(["extract", "/dev/zero", ...FLAGS]);
    expect(extract.code).toBe(1);
    expect(extract.err).toContain("zero: too large");
  });

  it("ends on an endless stdin stream in-process too", async () => {
    const { run } = workspace();
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536, "a"));
      },
    });
    const result = await run(["ingest", "-", ...FLAGS], endless);
    expect(result.code).toBe(1);
    expect(result.err).toContain("(stdin): too large");
    expect(produced).toBeLessThan(MAX_INPUT_BYTES * 2);
  });

  it("still ingests a file just under the cap", async () => {
    const { root, run } = workspace();
    const file = join(root, "long.txt");
    writeFileSync(file, "The council met on Monday.\n\n".repeat(Math.floor((MAX_INPUT_BYTES - 100) / 28)));
    const result = await run(["ingest", file, ...FLAGS]);
    expect(result.err).toBe("");
    expect(result.out).toContain("1 new");
  });
});

describe("binary files are refused by ingest", () => {
  it.each([
    ["with NUL bytes", "photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ["without NUL bytes", "blob.txt", Buffer.from(Array.from({ length: 3000 }, (_, i) => 1 + ((i * 131) % 255)))],
  ])("%s, naming the file and the reason; nothing is stored", async (_what, name, bytes) => {
    const { root, run } = workspace();
    writeFileSync(join(root, name), bytes);
    const result = await run(["ingest", join(root, name), ...FLAGS]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("0 new, 0 replaced, 0 unchanged, 1 failed");
    expect(result.err).toMatch(new RegExp(`failed: .*${name.replace(".", "\\.")}: (is a binary file|does not look like text)`));
  });
});

describe("extract and ingest read front matter the same way", () => {
  const BODY = 'The harbour reopened on Monday.\n\n"We are ready," said Ana Ruiz, the harbour master.\n';
  it.each([
    ["a list as title", "title: [a, b]", /title: expected text, found a list/],
    ["a map as title", "title:\n  main: A\n  sub: B", /title: expected text, found a map/],
    ["a map as source", "source: { name: X }", /source: expected text, found a map/],
    ["a javascript: url", 'url: "javascript:alert(1)"', /url: expected an http\(s\) URL, found "javascript:alert\(1\)"/],
    ["a file: url", 'url: "file:///etc/passwd"', /url: expected an http\(s\) URL/],
  ])("%s is refused by both, naming the field", async (_what, yaml, message) => {
    const { root, run } = workspace();
    const base = { title: "title: T", source: "source: S", published: 'published: "2024-06-03"' };
    const lines = { ...base, [yaml.split(":")[0] as string]: yaml };
    const file = join(root, "story.md");
    writeFileSync(file, `---\n${Object.values(lines).join("\n")}\n---\n${BODY}`);
    const extract = await run(["extract", file]);
    expect(extract.code).toBe(1);
    expect(extract.err).toMatch(message);
    expect(extract.err).toContain("story.md");
    const ingest = await run(["ingest", file]);
    expect(ingest.code).toBe(1);
    expect(ingest.err).toMatch(message);
    expect(ingest.err).toContain("story.md");
  });

  it("a --url that is not http(s) is refused by extract as a usage error", async () => {
    const { root, run } = workspace();
    const file = join(root, "plain.txt");
    writeFileSync(file, BODY);
    const result = await run(["extract", file, ...FLAGS, "--url", "javascript:alert(1)"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--url");
  });
});
