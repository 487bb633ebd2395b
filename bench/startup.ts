/**
 * Start-up benchmark: `npm run bench:startup [-- --runs N] [--data-dir DIR] [--who NAME] [--ask QUESTION]`.
 * Whole processes, as a person or a script meets them: `brief --help`, `brief who NAME`, `brief ask QUESTION`
 * and `brief serve` (terminal mode, no tokens) until it is ready, each beside `node -e 0` run in the same
 * loop. Per command: median of N runs (default 5) after one warm-up of user+sys CPU and peak RSS (both from
 * /usr/bin/time, which reads the child's rusage) and wall time, and the CPU ratio to bare Node.
 * Without --data-dir a temporary store is filled from seeds/ (untimed) and removed at the end.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import BetterSqlite3 from "better-sqlite3";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "brief.js");
const TIME = "/usr/bin/time";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "data-dir": { type: "string" },
    who: { type: "string" },
    ask: { type: "string" },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error("--runs takes a whole number ≥ 1");
if (!existsSync(TIME)) throw new Error(`${TIME} is missing (apt-get install time): it reads each child's CPU and peak RSS`);

type Sample = { cpu: number; wall: number; rssMb: number };
type Case = { label: string; args: string[]; ready?: RegExp };

const scratch = mkdtempSync(join(tmpdir(), "bench-startup-"));
const dataDir = values["data-dir"] ?? join(scratch, "data");
// why: no platform tokens from the caller's shell (serve must take the terminal path), info logs for serve's ready line
const env = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: process.env.HOME ?? "/tmp",
  DATA_DIR: dataDir,
  LOG_LEVEL: "info",
  TZ: "UTC",
};

/** One whole process under /usr/bin/time; with `ready`, it is timed until that line appears, then its stdin closes. */
function runOnce(command: Case): Promise<Sample> {
  const timeFile = join(scratch, "time.txt");
  const started = process.hrtime.bigint();
  const child = spawn(TIME, ["-f", "%U %S %M", "-o", timeFile, ...command.args], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
  let printed = "";
  let readyAt: bigint | undefined;
  const watch = (chunk: Buffer) => {
    printed += String(chunk);
    if (command.ready && readyAt === undefined && command.ready.test(printed)) {
      readyAt = process.hrtime.bigint();
      child.stdin.end();
    }
  };
  child.stdout.on("data", watch);
  child.stderr.on("data", watch);
  if (!command.ready) child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const ended = readyAt ?? process.hrtime.bigint();
      if (command.ready && readyAt === undefined)
        return reject(new Error(`${command.label} exited (${code}) before it was ready:\n${printed}`));
      // why: `who`/`ask` exit 1 when nothing is found; that is still a whole start-up. Only a crash is an error.
      if (code !== 0 && code !== 1) return reject(new Error(`${command.label} exited ${code}:\n${printed}`));
      const [user, sys, rssKb] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
      resolve({ cpu: (user ?? 0) + (sys ?? 0), wall: Number(ended - started) / 1e9, rssMb: (rssKb ?? 0) / 1024 });
    });
  });
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The most quoted speaker in the store: a `who` that finds something, without naming anyone here. */
function busiestSpeaker(): string {
  const db = new BetterSqlite3(join(dataDir, "brief.db"), { readonly: true });
  try {
    const row = db
      .prepare("SELECT e.name AS name FROM quotes q JOIN entities e ON e.n = q.speaker GROUP BY e.n ORDER BY count(*) DESC, e.name LIMIT 1")
      .get() as { name: string } | undefined;
    return row?.name ?? "nobody";
  } finally {
    db.close();
  }
}

function firstBenchQuestion(): string {
  const questions = JSON.parse(readFileSync(join(ROOT, "bench", "questions", "test.json"), "utf8")) as Array<{
    question: string;
    corpus: string;
  }>;
  return questions.find((q) => q.corpus === "seeds")?.question ?? "who said what?";
}

try {
  // untimed: fills an empty store from seeds/, so every timed run reads the same store
  await runOnce({ label: "seed", args: [process.execPath, BIN, "sources"] });
  const who = values.who ?? busiestSpeaker();
  const question = values.ask ?? firstBenchQuestion();
  const brief = (...args: string[]) => [process.execPath, BIN, ...args];
  const cases: Case[] = [
    { label: "node -e 0", args: [process.execPath, "-e", "0"] },
    { label: "brief --help", args: brief("--help") },
    { label: "brief who NAME", args: brief("who", who) },
    { label: "brief ask QUESTION", args: brief("ask", question) },
    { label: "brief serve (ready)", args: brief("serve"), ready: /starting the terminal chat/ },
  ];
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.label, []]));
  // why: one warm-up round (disk cache, compile caches), then every case once per round so load drifts hit all alike
  for (let round = 0; round <= RUNS; round++) {
    for (const command of cases) {
      const sample = await runOnce(command);
      if (round > 0) samples.get(command.label)?.push(sample);
    }
  }
  const bareCpu = median(samples.get("node -e 0")?.map((s) => s.cpu) ?? []);
  console.log(`bench:startup  node ${process.version}  runs=${RUNS} (median, after 1 warm-up)  store=${values["data-dir"] ?? "seeds"}`);
  console.log(`who: ${JSON.stringify(who)}  ask: ${JSON.stringify(question)}`);
  console.log(`${"command".padEnd(22)} ${"cpu s".padStart(7)} ${"×node".padStart(6)} ${"wall s".padStart(7)} ${"rss MB".padStart(7)}`);
  for (const command of cases) {
    const list = samples.get(command.label) ?? [];
    const cpu = median(list.map((s) => s.cpu));
    const wall = median(list.map((s) => s.wall));
    const rss = median(list.map((s) => s.rssMb));
    const ratio = bareCpu > 0 ? cpu / bareCpu : Number.NaN;
    console.log(
      `${command.label.padEnd(22)} ${cpu.toFixed(2).padStart(7)} ${ratio.toFixed(1).padStart(6)} ${wall.toFixed(2).padStart(7)} ${rss.toFixed(0).padStart(7)}`,
    );
  }
  console.log(
    "cpu = user+sys of the whole process; serve: wall until its ready line, cpu and rss of the whole run (ready, then stdin closed)",
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
