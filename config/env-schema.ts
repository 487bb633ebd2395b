import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** A secret: validated by its prefix, never echoed back in an error message. */
function secret(prefix: string, what: string) {
  return optionalText.refine((value) => value === undefined || value.startsWith(prefix), {
    message: `expected ${what} starting with "${prefix}" (value hidden)`,
  });
}

const httpUrl = optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
  message: "expected an http(s) URL such as http://127.0.0.1:3000/api/",
});

export const LogLevelSchema = z.enum(["debug", "info", "warn", "error", "silent"]);

/** The environment variables Briefbot reads. Secrets and deployment values only; the rest is in the config file. */
export const EnvSchema = z.object({
  SLACK_BOT_TOKEN: secret("xoxb-", "a Slack bot token"),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: secret("xapp-", "a Slack app-level token"),
  SLACK_API_URL: httpUrl,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((value) => value === undefined || /^\d{15,25}$/.test(value), {
    message: "expected the numeric application id from the Discord developer portal",
  }),
  DISCORD_API_URL: httpUrl,
  /** Whether the privileged Message Content intent is enabled in the Developer Portal (any thread message is a question). */
  DISCORD_MESSAGE_CONTENT: optionalText
    .pipe(z.enum(["true", "false"], { error: 'expected "true" or "false"' }).optional())
    .transform((value) => value === "true"),
  /** When the bot opens a thread under an answer: at once, or when someone replies to it. */
  DISCORD_THREAD_MODE: optionalText
    .pipe(z.enum(["always", "on-first-reply"], { error: 'expected "always" or "on-first-reply"' }).optional())
    .transform((value) => value ?? "always"),
  DATA_DIR: optionalText.transform((value) => value ?? "./data"),
  // why: Number() also reads "0x50", "1e3" and " 80 "; a port is written in decimal digits and nothing else.
  PORT: optionalText
    .refine((value) => value === undefined || /^\d{1,5}$/.test(value), {
      message: "expected a port number from 1 to 65535, in decimal digits only",
    })
    .transform((value) => Number(value ?? "3000"))
    .pipe(
      z
        .number({ error: "expected a port number from 1 to 65535" })
        .int("expected a port number from 1 to 65535")
        .min(1)
        .max(65535, "expected a port number from 1 to 65535"),
    ),
  /** A port of its own for /healthz, /readyz and /metrics (otherwise they share PORT). */
  METRICS_PORT: optionalText
    .refine((value) => value === undefined || /^\d{1,5}$/.test(value), {
      message: "expected a port number from 0 to 65535, in decimal digits only",
    })
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().min(0).max(65535, "expected a port number from 0 to 65535").optional()),
  LOG_LEVEL: optionalText.pipe(LogLevelSchema.optional()).transform((value) => value ?? "info"),
  /** json: one JSON object per line; pretty: readable lines. Unset: json when NODE_ENV=production, else pretty. */
  LOG_FORMAT: optionalText.pipe(z.enum(["json", "pretty"], { error: 'expected "json" or "pretty"' }).optional()),
  NODE_ENV: optionalText,
  TZ: optionalText.refine((value) => value === undefined || isTimeZone(value), {
    message: "expected an IANA time zone such as Europe/Berlin or UTC",
  }),
  BRIEF_CONFIG: optionalText,
  /** Lets fetched URLs (ingest, followed sources) reach loopback, private and link-local hosts: tests and intranets. */
  BRIEF_ALLOW_PRIVATE_HOSTS: optionalText
    .pipe(z.enum(["true", "false"], { error: 'expected "true" or "false"' }).optional())
    .transform((value) => value === "true"),
});
export type Env = z.output<typeof EnvSchema>;

/** Names of variables whose values must never be printed. */
export const SECRET_VARIABLES = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_TOKEN"] as const;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
