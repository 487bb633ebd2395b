import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { type Env, EnvSchema, SECRET_VARIABLES } from "./env-schema.ts";
import { type FileConfig, FileConfigSchema } from "./file-schema.ts";
import { formatIssues } from "./format-issues.ts";
import { packageRoot } from "./package-root.ts";

/** Everything Briefbot is configured with, parsed once at start-up. */
export type AppConfig = { env: Env; file: FileConfig; configPath: string };

/** A bad setting. Its message names the field, the value found and what was expected; it never holds a secret. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export const DEFAULT_CONFIG_PATH = join(packageRoot(), "config", "default.yaml");

export function loadEnv(raw: Readonly<Record<string, string | undefined>>): Env {
  const picked = Object.fromEntries(Object.keys(EnvSchema.shape).map((key) => [key, raw[key]]));
  const result = EnvSchema.safeParse(picked);
  if (!result.success) {
    throw new ConfigError(
      `Invalid environment:\n${formatIssues(result.error.issues, picked, SECRET_VARIABLES)}\nSee config/example.env for every variable.`,
    );
  }
  return result.data;
}

export function loadFileConfig(path: string): FileConfig {
  if (!existsSync(path)) {
    throw new ConfigError(
      `Config file not found: ${path}\nSet BRIEF_CONFIG to a YAML or JSON file, or unset it to use config/default.yaml.`,
    );
  }
  let parsed: unknown;
  try {
    const text = readFileSync(path, "utf8");
    parsed = extname(path).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`Config file ${path} could not be parsed: ${(error as Error).message}`);
  }
  const result = FileConfigSchema.safeParse(parsed ?? {});
  if (!result.success) {
    throw new ConfigError(`Invalid config in ${path}:\n${formatIssues(result.error.issues, parsed)}`);
  }
  return result.data;
}

/** Reads the environment and the config file it points to (default: config/default.yaml). */
export function loadConfig(raw: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): AppConfig {
  const env = loadEnv(raw);
  const configPath = env.BRIEF_CONFIG ? resolve(cwd, env.BRIEF_CONFIG) : DEFAULT_CONFIG_PATH;
  return { env, file: loadFileConfig(configPath), configPath };
}
