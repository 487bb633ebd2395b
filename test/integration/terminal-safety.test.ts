import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { hasControlChars } from "../../src/text/control-chars.ts";
import { captureIo } from "../support/cli-io.ts";
import { type FakeWeb, startFakeWeb } from "../support/fake-web.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const tempDir = () => makeTempDir("brief-terminal-");

// why: what a hostile page or file would carry: clear screen, retitle the window, a hyperlink, a bell.
const CLEAR = "\x1b[2J\x1b[H";
const RETITLE = "\x1b]0;pwned\x07";

const PAGE = `<!doctype html><html><head>
<title>Harbour${CLEAR} toll rises${RETITLE}</title>
<meta property="og:title" content="Harbour &#27;[2J toll rises &#27;]0;pwned&#7;">
<meta property="og:site_name" content="Quay &#27;[31mGazette&#27;[0m">
<meta property="article:published_time" content="2024-06-04T09:00:00Z">
</head><body><article>
<p>The harbour board raised the mooring toll on Tuesday, its chair said.</p>
<p>"We had no other way to pay for the dredging," said Ilse Varga, the harbour board's chair.</p>
</article></body></html>`;

const FILE = `---
title: "Ferry \\e[2Jtimetable \\e]0;owned\\a changes"
source: "Inlet \\e[5mTimes"
url: "https://inlet.example/ferry-timetable"
published: "2024-06-05"
---
The ferry timetable changes on Monday${CLEAR}, the operator said.

"Crossings will run every forty minutes${RETITLE}," said Tomas Brandt, the ferry operator's director.
`;

let web: FakeWeb;
let env: Record<string, string>;

async function run(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, { env, io });
  return { code, out: io.out(), err: io.err() };
}

beforeAll(async () => {
  web = await startFakeWeb(() => ({ "/toll": { body: PAGE } }));
  const root = tempDir();
  env = { LOG_LEVEL: "silent", DATA_DIR: join(root, "data"), BRIEF_ALLOW_PRIVATE_HOSTS: "true" };
  const file = join(root, "ferry.md");
  writeFileSync(file, FILE);
  const ingested = await run(["ingest", `${web.base}/toll`, file]);
  expect(ingested.err).toBe("");
  expect(ingested.out).toContain("2 new");
});

afterAll(async () => {
  await web.close();
});

describe("escape codes from articles never reach a terminal", () => {
  it("are stripped from every stored text field at ingest", async () => {
    const { code, out } = await run(["sources", "--json"]);
    expect(code).toBe(0);
    const sources = JSON.parse(out) as { sources: { title: string; source: string; url: string }[] };
    const ours = sources.sources.filter((s) => /toll|timetable/.test(s.title));
    const words = (text: string) => text.replace(/\s+/g, " ").trim();
    expect(ours.map((s) => words(s.title)).sort()).toEqual(["Ferry timetable changes", "Harbour toll rises"]);
    expect(ours.map((s) => words(s.source)).sort()).toEqual(["Inlet Times", "Quay Gazette"]);
    for (const source of ours) for (const field of Object.values(source)) expect(hasControlChars(field)).toBe(false);
  });

  it.each([
    ["sources", ["sources"]],
    ["who", ["who", "Ilse Varga"]],
    ["who (phrase)", ["who", '"every forty minutes"']],
    ["search", ["search", "toll"]],
    ["ask", ["ask", "what did Tomas Brandt say?"]],
    ["topic", ["topics"]],
  ])("%s prints no control characters", async (_name, argv) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(0);
    expect(hasControlChars(out)).toBe(false);
    expect(hasControlChars(err)).toBe(false);
    expect(out).not.toContain("[2J");
    expect(out).not.toContain("pwned");
  });

  it("the terminal chat (serve --once) prints no control characters either", async () => {
    const { code, out } = await run(["serve", "--once", "/brief sources"]);
    expect(code).toBe(0);
    expect(out).toContain("Quay Gazette");
    expect(hasControlChars(out)).toBe(false);
  });

  it("typed arguments echoed in errors are stripped too", async () => {
    for (const argv of [[`who${RETITLE}`], ["who", `--x${CLEAR}`], ["on", `2024${CLEAR}-13`], ["ingest", `missing${RETITLE}.md`]]) {
      const { code, out, err } = await run(argv);
      expect(code).toBeGreaterThan(0);
      expect(hasControlChars(out + err)).toBe(false);
    }
  });
});
