import { fileURLToPath } from "node:url";
import { COMMANDS } from "../commands/index.ts";
import { SECRET_VARIABLES } from "../config/env-schema.ts";
import { type AppConfig, ConfigError, loadConfig } from "../config/load.ts";
import { runConsoleChat } from "./adapters/console/console-chat.ts";
import { CLI_COMMANDS, cliHelp, PLANNED_CLI_COMMANDS } from "./cli/registry.ts";
import type { CliContext, CliIo, ServeOptions } from "./cli/types.ts";
import { createDispatcher } from "./dispatch/dispatcher.ts";
import { UserError } from "./domain/errors.ts";
import { createDefaultIngester } from "./ingest/default-ingester.ts";
import { seedIfEmpty } from "./ingest/seed-store.ts";
import { createLogger, type Logger } from "./log/logger.ts";
import { createQueryEngine } from "./query/create-query-engine.ts";
import type { Document } from "./render/document.ts";
import { renderAs } from "./render/render-as.ts";
import { renderText } from "./render/text.ts";
import type { FactStore } from "./store/fact-store.ts";
import { createSqliteStore } from "./store/sqlite-store.ts";
import { StoreError } from "./store/store-error.ts";
import { storePath } from "./store/store-path.ts";
import { closestMatches } from "./text/similarity.ts";

const SEEDS_DIR = fileURLToPath(new URL("../seeds", import.meta.url));

export type MainOptions = { env?: Readonly<Record<string, string | undefined>>; io?: CliIo };

/**
 * The composition root and the CLI's edge: the only place that reads process.env and imports adapters.
 * Returns the exit code: 0 ok, 1 failure, 2 usage error.
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const io = options.io ?? {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTty: Boolean(process.stdout.isTTY),
  };
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(cliHelp());
    return name === undefined ? 2 : 0;
  }
  const command = CLI_COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    if ((PLANNED_CLI_COMMANDS as readonly string[]).includes(name)) {
      io.stderr.write(`brief ${name} is not available yet.\n`);
      return 1;
    }
    const guesses = closestMatches(
      name,
      CLI_COMMANDS.map((candidate) => candidate.name),
    );
    io.stderr.write(
      `Unknown command "${name}".${guesses.length > 0 ? ` Did you mean: brief ${guesses[0]}?` : ""}\nRun brief --help for the list.\n`,
    );
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(`usage: ${command.usage}\n\n${command.summary}\n${command.details ? `\n${command.details}\n` : ""}`);
    return 0;
  }

  let config: AppConfig;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const secrets = SECRET_VARIABLES.map((key) => config.env[key]).filter((value): value is string => Boolean(value));
  const log = createLogger({ level: config.env.LOG_LEVEL, out: io.stderr, secrets });
  let store: FactStore | undefined;
  const openStore = (): FactStore => {
    store ??= createSqliteStore({ path: storePath(config.env.DATA_DIR) });
    return store;
  };
  const ctx: CliContext = {
    config,
    io,
    log,
    seedsDir: SEEDS_DIR,
    serve: (serveOptions) => serve(serveOptions, config, io, log, openStore),
    store: openStore,
  };
  try {
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UserError || error instanceof StoreError) {
      io.stderr.write(`${error.message}\n`);
      return error instanceof UserError ? error.exitCode : 1;
    }
    log.error("unexpected failure", { command: name, error, stack: (error as Error).stack });
    io.stderr.write(`brief ${name} failed unexpectedly: ${(error as Error).message}\n`);
    return 1;
  } finally {
    store?.close();
  }
}

/** Starts the bot with what the environment asks for; the terminal chat when no platform token is set. */
async function serve(options: ServeOptions, config: AppConfig, io: CliIo, log: Logger, openStore: () => FactStore): Promise<void> {
  // why: a first start has an empty store; fill it from the seeds before any command or adapter can ask.
  const store = openStore();
  await seedIfEmpty(store, createDefaultIngester(store, config.file.topics), SEEDS_DIR, log);
  const query = createQueryEngine(store, config.file.topics);
  const dispatcher = createDispatcher({ commands: COMMANDS, deps: { topics: config.file.topics, query }, log });
  const render = (doc: Document) => renderText(doc, { color: io.stdoutIsTty, width: terminalWidth(io) });
  if (options.once) {
    const doc = await dispatcher.handle(options.once, { platform: "console", channelId: "terminal", userId: "you", threadId: "once" });
    // why: only the terminal format is painted; JSON and Markdown stay clean for pipes and files.
    const style = { color: options.format === "text" && io.stdoutIsTty, width: terminalWidth(io) };
    io.stdout.write(`${renderAs(options.format, doc, style)}\n`);
    return;
  }
  const { env } = config;
  if (env.SLACK_BOT_TOKEN || env.DISCORD_TOKEN) {
    throw new UserError("Slack and Discord are not available yet. Unset SLACK_BOT_TOKEN and DISCORD_TOKEN to run the terminal chat.");
  }
  log.info("no platform tokens set: starting the terminal chat");
  await runConsoleChat({
    dispatcher,
    input: io.stdin,
    output: io.stdout,
    render,
    interactive: Boolean((io.stdin as { isTTY?: boolean }).isTTY),
  });
}

function terminalWidth(io: CliIo): number {
  const columns = (io.stdout as { columns?: number }).columns;
  return Math.min(Math.max(columns ?? 80, 40), 100);
}
