import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/brief.js", import.meta.url));

/** A real `node bin/brief.js …` process, with what it printed and how it ended. */
export type BriefProcess = {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves when the process printed text matching `pattern` (on stderr or stdout); rejects if it exits first. */
  printed(pattern: RegExp): Promise<RegExpMatchArray>;
  /** The exit code (or 128 + signal number when killed). */
  exited: Promise<number>;
};

export function spawnBrief(args: readonly string[], env: Record<string, string>): BriefProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiting: Array<() => void> = [];
  const wake = () => {
    for (const check of waiting.splice(0)) check();
  };
  child.stdout?.on("data", (chunk) => {
    out += String(chunk);
    wake();
  });
  child.stderr?.on("data", (chunk) => {
    err += String(chunk);
    wake();
  });
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => {
      resolve(code ?? (signal === "SIGKILL" ? 137 : signal === "SIGTERM" ? 143 : 1));
      wake();
    });
  });
  let ended = false;
  exited.then(() => {
    ended = true;
  });
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    printed(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = `${err}\n${out}`.match(pattern);
          if (match) return resolve(match);
          if (ended || child.exitCode !== null) return reject(new Error(`brief exited before printing ${pattern}:\n${err}\n${out}`));
          waiting.push(check);
        };
        check();
      });
    },
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
