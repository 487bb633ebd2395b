import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "../config/load.ts";
import { packageRoot } from "../config/package-root.ts";
import type { Services } from "./app/services.ts";
import { describeMissingToken, digestTargetsWithoutToken } from "./cli/digest-tokens.ts";
import { CLI_COMMANDS, cliHelp } from "./cli/registry.ts";
import { listenForStop, type StopSignal } from "./cli/stop-signals.ts";
import type { CliCommand, CliContext, CliIo, ServeOptions } from "./cli/types.ts";
import type { DigestSenders } from "./digest/sender.ts";
import { UserError } from "./domain/errors.ts";
import type { Logger } from "./log/logger.ts";
import type { SecretMask } from "./log/secret-mask.ts";
import { opsPorts } from "./ops/ops-ports.ts";
import type { ServeOps } from "./ops/serve-ops.ts";
import type { Document } from "./render/document.ts";
import type { FactStore } from "./store/fact-store.ts";
import { StoreError } from "./store/store-error.ts";
import { storePath } from "./store/store-path.ts";
import { stripControlChars } from "./text/control-chars.ts";
import { closestMatches } from "./text/similarity.ts";

const SEEDS_DIR = join(packageRoot(), "seeds");

type ServeContext = {
  config: AppConfig;
  io: CliIo;
  log: Logger;
  openStore: () => FactStore;
  rawEnv: Readonly<Record<string, string | undefined>>;
  mask: SecretMask;
  /** The secret values `mask` masks, for the answer workers' own masking. */
  secrets: readonly string[];
  until?: Promise<void> | undefined;
};

export type MainOptions = {
  env?: Readonly<Record<string, string | undefined>>;
  io?: CliIo;
  /** When a served bot with platforms stops; SIGINT or SIGTERM by default. Tests resolve it. */
  until?: Promise<void>;
};

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
  const entry = CLI_COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    const guesses = closestMatches(
      name,
      CLI_COMMANDS.map((candidate) => candidate.name),
    );
    io.stderr.write(
      `Unknown command "${stripControlChars(name)}".${guesses.length > 0 ? ` Did you mean: brief ${guesses[0]}?` : ""}\nRun brief --help for the list.\n`,
    );
    return 2;
  }
  // why: only the command asked for is imported (its schemas, query and store code), even for its own --help
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(`usage: ${command.usage}\n\n${command.summary}\n${command.details ? `\n${command.details}\n` : ""}`);
    return 0;
  }

  return runCommand(command, args, options, io);
}

/**
 * Loads the config and runs one command. why: config (zod, yaml), the logger (pino), the secret mask and the
 * store driver are imported here, not at the top, so `brief --help` and usage errors load none of them.
 */
async function runCommand(command: CliCommand, args: readonly string[], options: MainOptions, rawIo: CliIo): Promise<number> {
  const { name } = command;
  let io = rawIo;
  const [{ SECRET_VARIABLES }, { ConfigError, loadConfig }, { createLogger }, { createSecretMask, maskingStream }, { createSqliteStore }] =
    await Promise.all([
      import("../config/env-schema.ts"),
      import("../config/load.ts"),
      import("./log/logger.ts"),
      import("./log/secret-mask.ts"),
      import("./store/sqlite-store.ts"),
    ]);
  const rawEnv = options.env ?? process.env;
  let config: AppConfig;
  try {
    config = loadConfig(rawEnv);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const llmKeyVariable = config.file.ask?.llm?.apiKeyEnv;
  const secrets = [...SECRET_VARIABLES.map((key) => config.env[key]), llmKeyVariable ? rawEnv[llmKeyVariable] : undefined].filter(
    (value): value is string => Boolean(value),
  );
  // why: a library or a remote endpoint can put a token into an error message (one that reflects the
  // Authorization header); every line to stdout and stderr, logs and user-facing errors alike, is masked.
  const mask = createSecretMask(secrets);
  if (secrets.length > 0) {
    io = { ...rawIo, stdout: maskingStream(rawIo.stdout, mask), stderr: maskingStream(rawIo.stderr, mask) };
  }
  const format = config.env.LOG_FORMAT ?? (config.env.NODE_ENV === "production" ? "json" : "pretty");
  const log = createLogger({ level: config.env.LOG_LEVEL, out: io.stderr, secrets, format });
  let store: FactStore | undefined;
  const openStore = (): FactStore => {
    store ??= createSqliteStore({ path: storePath(config.env.DATA_DIR) });
    return store;
  };
  const ctx: CliContext = {
    config,
    io,
    // why: serve's parts name themselves (slack, discord, digest, sources, ops); a one-shot command is one component.
    log: name === "serve" ? log : log.child({ component: name }),
    fetch: (url, init) => fetch(url, init),
    seedsDir: SEEDS_DIR,
    serve: (serveOptions) => serve(serveOptions, { config, io, log, openStore, rawEnv, mask, secrets, until: options.until }),
    store: openStore,
  };
  try {
    if (command.readsFacts) await seedEmptyStore(openStore(), config, log);
    return await command.run(args, ctx);
  } catch (error) {
    if (error instanceof UserError || error instanceof StoreError) {
      // why: messages may quote what was typed or read (a flag, a file's text); a terminal must not obey it.
      io.stderr.write(`${stripControlChars(error.message)}\n`);
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
async function serve(options: ServeOptions, run: ServeContext): Promise<void> {
  const { config, io, log } = run;
  // why: a first start has an empty store; fill it from the seeds before any command or adapter can ask.
  const store = run.openStore();
  await seedEmptyStore(store, config, log);
  const { env } = config;
  // why: queries, ask, digests, the scheduler and the metrics are serve's; other commands do not pay for loading them.
  const opsOptions = {
    port: env.PORT,
    metricsPort: env.METRICS_PORT,
    slackHttp: Boolean(env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && env.SLACK_SIGNING_SECRET),
    platforms: Boolean(env.SLACK_BOT_TOKEN || env.DISCORD_TOKEN),
    portSet: Boolean(run.rawEnv.PORT?.trim()),
  };
  // why: the metrics library costs a fifth of a second to load; a terminal chat that serves no endpoint never loads it
  const [{ createServices }, serveOps] = await Promise.all([
    import("./app/services.ts"),
    !options.once && opsPorts(opsOptions) ? import("./ops/serve-ops.ts") : undefined,
  ]);
  const ops = serveOps?.createServeOps({
    ...opsOptions,
    storeStats: () => ({ articles: store.articleCount(), bytes: storeBytes(storePath(env.DATA_DIR)) }),
    log: log.child({ component: "ops" }),
  });
  const services = createServices({
    config,
    store,
    log,
    secretsEnv: run.rawEnv,
    fetch: (url, init) => fetch(url, init),
    ...(ops ? { metrics: ops.metrics } : {}),
  });
  const [{ renderAs }, { renderText }] = await Promise.all([import("./render/render-as.ts"), import("./render/text.ts")]);
  const renderTerminal = (doc: Document) => renderText(doc, { color: io.stdoutIsTty, width: terminalWidth(io) });
  if (options.once) {
    const doc = await services.dispatcher.handle(options.once, {
      platform: "console",
      channelId: "terminal",
      userId: "you",
      threadId: "once",
    });
    // why: only the terminal format is painted; JSON and Markdown stay clean for pipes and files.
    const style = { color: options.format === "text" && io.stdoutIsTty, width: terminalWidth(io) };
    io.stdout.write(`${renderAs(options.format, doc, style)}\n`);
    return;
  }
  // why: check-config refuses these; a bot started anyway says at once which digests can never arrive.
  for (const missing of digestTargetsWithoutToken(config)) log.warn(describeMissingToken(missing));
  const [{ runConsoleChat }, { createConsoleDigestSender }] = await Promise.all([
    import("./adapters/console/console-chat.ts"),
    import("./digest/senders/console-sender.ts"),
  ]);
  const senders: DigestSenders = { console: createConsoleDigestSender({ out: io.stdout, render: renderTerminal }) };
  // why: /healthz answers while the platforms connect; /readyz says 503 "starting" until they have.
  // why: every part /readyz waits for is named before the port opens, so it never reads "ready" between two of them.
  ops?.readiness.set("store", true);
  ops?.readiness.set("scheduler", false, "starting");
  if (env.SLACK_BOT_TOKEN) ops?.readiness.set("slack", false, "connecting");
  if (env.DISCORD_TOKEN) ops?.readiness.set("discord", false, "connecting");
  await ops?.listen();
  let adapters: Running[] = [];
  let scheduler: ReturnType<Services["scheduleDigests"]> | undefined;
  try {
    adapters = await startPlatforms(config, services, senders, log, run, ops);
    scheduler = services.scheduleDigests(senders);
    await scheduler.start();
  } catch (error) {
    await Promise.all([scheduler?.stop(), ...adapters.map((adapter) => adapter.stop()), ops?.stop()]);
    throw error;
  }
  ops?.readiness.set("scheduler", true);
  // why: not awaited: a first poll of slow feeds must not hold up the chat; stop() waits for it
  const polling = services.scheduleSources();
  void polling.start();
  const signals = adapters.length > 0 && !run.until ? listenForStop(process, (signal) => exitNow(signal, io)) : undefined;
  try {
    if (adapters.length > 0) {
      const signal = await (run.until ?? signals?.first);
      log.info("stopping: finishing the answers in flight, then closing the store; a second signal stops at once", {
        ...(signal ? { signal } : {}),
      });
    } else {
      log.info("no platform tokens set: starting the terminal chat");
      const interactive = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
      await runConsoleChat({
        dispatcher: services.dispatcher,
        input: io.stdin,
        output: io.stdout,
        render: renderTerminal,
        interactive,
        threads: services.threads,
      });
    }
  } finally {
    ops?.readiness.set("serve", false, "stopping");
    // why: the store is closed by main() only after this returns, so nothing answering can find it closed.
    await Promise.all([scheduler.stop(), polling.stop(), ...adapters.map((adapter) => adapter.stop())]);
    await ops?.stop();
    signals?.dispose();
  }
}

/** Fills an empty store from seeds/ (first start); the extractor and its date parser load only then. */
async function seedEmptyStore(store: FactStore, config: AppConfig, log: Logger): Promise<void> {
  if (!store.isEmpty()) return;
  const [{ createDefaultIngester }, { seedIfEmpty }] = await Promise.all([
    import("./ingest/default-ingester.ts"),
    import("./ingest/seed-store.ts"),
  ]);
  await seedIfEmpty(store, createDefaultIngester(store, config.file.topics), SEEDS_DIR, log);
}

/** A second stop signal: the operator wants out now. SQLite's WAL keeps the store consistent without a close. */
function exitNow(signal: StopSignal, io: CliIo): never {
  io.stderr.write(`Second ${signal}: stopping at once; answers still in flight are dropped.\n`);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

type Running = { stop(): Promise<void> };

/** Starts Slack and/or Discord as their tokens ask, and adds each platform's digest sender. */
async function startPlatforms(
  config: AppConfig,
  services: Services,
  senders: DigestSenders,
  log: Logger,
  { mask, secrets }: Pick<ServeContext, "mask" | "secrets">,
  ops: ServeOps | undefined,
): Promise<Running[]> {
  const { env } = config;
  if (!env.SLACK_BOT_TOKEN && !env.DISCORD_TOKEN) return [];
  const [{ maskDeep }, { renderSlack }, { renderDiscord }] = await Promise.all([
    import("./log/secret-mask.ts"),
    import("./render/slack/render-slack.ts"),
    import("./render/discord/render-discord.ts"),
  ]);
  const connection = (platform: string) => (up: boolean, reason?: string) => ops?.readiness.set(platform, up, reason);
  // why: answers are user-facing lines too; a secret that reached a Document (an echoed error) is masked before rendering.
  const slackRender = (doc: Document) => renderSlack(maskDeep(doc, mask));
  const discordRender = (doc: Document) => renderDiscord(maskDeep(doc, mask));
  const running: Running[] = [];
  const shared = { dispatcher: services.dispatcher, threads: services.threads, log };
  if (env.SLACK_BOT_TOKEN) {
    // why: each platform's SDK costs a second or more to import; only a configured platform's code is loaded.
    const [{ createSlackAdapter }, { createSlackDigestClient }, { createSlackDigestSender }, { createAnswerPool }] = await Promise.all([
      import("./adapters/slack/app.ts"),
      import("./adapters/slack/digest-client.ts"),
      import("./digest/senders/slack-sender.ts"),
      import("./dispatch/answer-pool.ts"),
    ]);
    // why: Slack wants every request acknowledged at once; answers are composed on worker threads so a burst
    // of commands never holds up the acknowledgements behind it (src/dispatch/answer-pool.ts).
    const answers = createAnswerPool({
      storePath: storePath(env.DATA_DIR),
      topics: config.file.topics,
      defaultTimezone: env.TZ ?? "UTC",
      askInWorkers: !config.file.ask?.llm,
      main: services.dispatcher,
      log: log.child({ component: "answers" }),
      ...(ops ? { observe: ops.metrics.command } : {}),
      renderSlack: { secrets },
    });
    const slack = createSlackAdapter({
      ...shared,
      dispatcher: answers,
      botToken: env.SLACK_BOT_TOKEN,
      appToken: env.SLACK_APP_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET,
      apiUrl: env.SLACK_API_URL,
      port: env.PORT,
      render: (doc) => answers.slackMessages(doc) ?? slackRender(doc),
      onConnection: connection("slack"),
      ...(ops?.sharedRoutes ? { otherRequests: ops.sharedRoutes } : {}),
    });
    const started = await startOrExplain("Slack", () => slack.start()).catch(async (error) => {
      await answers.stop();
      throw error;
    });
    log.info("slack connected", started);
    // why: started once connected, so their loading never delays start-up; a command before then waits for them.
    answers.start();
    // why: the adapter finishes (drains) the answers it admitted first; only then do the workers close.
    running.push({ stop: () => slack.stop().finally(() => answers.stop()) });
    senders.slack = createSlackDigestSender({
      render: slackRender,
      client: createSlackDigestClient({ botToken: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL }),
    });
  }
  if (env.DISCORD_TOKEN) {
    const [{ createDiscordAdapter }, { createDiscordDigestClient }, { createDiscordDigestSender }] = await Promise.all([
      import("./adapters/discord/discord-adapter.ts"),
      import("./adapters/discord/digest-client.ts"),
      import("./digest/senders/discord-sender.ts"),
    ]);
    const discord = createDiscordAdapter({
      ...shared,
      token: env.DISCORD_TOKEN,
      applicationId: env.DISCORD_APPLICATION_ID,
      apiUrl: env.DISCORD_API_URL,
      messageContentIntent: env.DISCORD_MESSAGE_CONTENT,
      threadMode: env.DISCORD_THREAD_MODE,
      autocomplete: services.autocomplete,
      render: discordRender,
      onConnection: connection("discord"),
    });
    await startOrExplain("Discord", () => discord.start());
    log.info("discord connected");
    running.push(discord);
    senders.discord = createDiscordDigestSender({
      render: discordRender,
      client: createDiscordDigestClient({ token: env.DISCORD_TOKEN, apiUrl: env.DISCORD_API_URL }),
    });
  }
  return running;
}

/** A platform that refuses to start (bad token, missing intent) stops start-up with its own explanation. */
async function startOrExplain<T>(platform: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw new UserError(`${platform} could not start: ${(error as Error).message}`, { cause: error });
  }
}

/** The store's size on disk: the database file and its write-ahead log (0 for what does not exist). */
function storeBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

function terminalWidth(io: CliIo): number {
  const columns = (io.stdout as { columns?: number }).columns;
  return Math.min(Math.max(columns ?? 80, 40), 100);
}
