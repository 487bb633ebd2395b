import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BRIEF = fileURLToPath(new URL("../../bin/brief.js", import.meta.url));

export type BriefRun = { code: number | null; signal: NodeJS.Signals | null; out: string; err: string };

/** The environment a child `brief` gets: no platform tokens from the caller's shell, quiet logs, this data directory. */
export function briefEnv(dataDir: string): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", DATA_DIR: dataDir, LOG_LEVEL: "warn", TZ: "UTC" };
}

/**
 * Starts `node bin/brief.js ARGS` as a real process. With `limitKb`, it runs under a file-size limit
 * (`ulimit -f`, SIGXFSZ ignored) so every write past that size fails the way a full disk makes it fail.
 */
export function startBrief(args: readonly string[], options: { dataDir: string; limitKb?: number }): ChildProcess {
  const env = briefEnv(options.dataDir);
  if (options.limitKb === undefined) return spawn(process.execPath, [BRIEF, ...args], { cwd: REPO_ROOT, env });
  // why: an ignored SIGXFSZ stays ignored across exec, so a write past the limit returns EFBIG instead of killing node
  const script = `trap '' XFSZ; ulimit -f ${options.limitKb}; exec "$0" "$@"`;
  return spawn("bash", ["-c", script, process.execPath, BRIEF, ...args], { cwd: REPO_ROOT, env });
}

/** Runs `brief ARGS` to the end and returns what it printed. */
export function runBrief(args: readonly string[], options: { dataDir: string; limitKb?: number }): Promise<BriefRun> {
  const child = startBrief(args, options);
  return finished(child);
}

/** What a started child printed, once it has exited (by itself or by a signal). */
export function finished(child: ChildProcess): Promise<BriefRun> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    err += String(chunk);
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out, err }));
  });
}
