import type { Readable, Writable } from "node:stream";
import type { AppConfig } from "../../config/load.ts";
import type { HttpFetch } from "../ingest/web/fetch-page.ts";
import type { Logger } from "../log/logger.ts";
import type { FactStore } from "../store/fact-store.ts";

/** The streams a CLI run talks to; tests pass their own. */
export type CliIo = { stdin: Readable; stdout: Writable; stderr: Writable; stdoutIsTty: boolean };

export type ServeOptions = { once?: string; format: OutputFormat };

export const OUTPUT_FORMATS = ["text", "md", "slack-json", "discord-json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What every CLI subcommand gets: parsed config, the streams, and the services main.ts composed. */
export type CliContext = {
  config: AppConfig;
  io: CliIo;
  log: Logger;
  seedsDir: string;
  /** Starts the bot (terminal, Slack, Discord, as configured); resolves when it stops. Wired in main.ts. */
  serve: (options: ServeOptions) => Promise<void>;
  /** The network for `brief ingest URL`: the global fetch, wired in main.ts. */
  fetch: HttpFetch;
  /** The fact store in DATA_DIR, opened on first use (so commands that need none never touch the disk). */
  store: () => FactStore;
};

/** One `brief` subcommand. `run` returns the exit code: 0 ok, 1 failure (usage errors throw UsageError). */
export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  /** Extra help text shown by `brief NAME --help`. */
  details?: string;
  /**
   * The command answers from the fact store: an empty store is filled from seeds/ first, as `npm start` does,
   * so `brief ask …` right after install answers about the seed articles instead of finding nothing.
   */
  readsFacts?: boolean;
  run: (args: readonly string[], ctx: CliContext) => Promise<number>;
};
