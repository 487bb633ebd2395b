import type { Logger } from "../../log/logger.ts";
import { slackErrorCode } from "./slack-errors.ts";

export type AuthIdentity = { team_id?: string | undefined; user_id?: string | undefined };

export type AuthCheckOptions = {
  /** One `auth.test` call, made without the client's own retries. */
  call: () => Promise<AuthIdentity>;
  log: Logger;
  /** The waits between tries while Slack is unreachable or failing (5xx, network, rate limit). */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
};

// why: about a minute of patience in seven tries; a bad token is said at once, an outage within a minute.
export const AUTH_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16_000, 30_000] as const;

// why: these say the token itself is wrong; retrying cannot help, and the user must fix the variable.
const TOKEN_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "no_permission",
  "missing_scope",
  "team_access_not_granted",
]);

function isOutage(code: string): boolean {
  return (
    /^http_5\d\d$/.test(code) ||
    ["request_error", "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"].includes(code)
  );
}

function describe(code: string): string {
  if (code.startsWith("http_")) return `HTTP ${code.slice(5)} from Slack`;
  if (code === "request_error") return "no answer from Slack's API (network error)";
  if (code === "ratelimited") return "Slack rate-limited the check";
  return `Slack answered ${code}`;
}

/**
 * Checks SLACK_BOT_TOKEN with `auth.test` before start-up completes. A refused token stops at once, naming
 * the variable; an outage (HTTP 5xx, network, rate limit) is retried with backoff, logged on every try as
 * Slack's problem, and if it lasts, start-up stops saying so, not blaming the token.
 * why: through the client's default retries a 500 was silent for five minutes and then reported as a bad token.
 */
export async function checkSlackAuth(options: AuthCheckOptions): Promise<AuthIdentity> {
  const delays = options.delaysMs ?? AUTH_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt += 1) {
    let code: string;
    try {
      return await options.call();
    } catch (error) {
      code = slackErrorCode(error);
    }
    if (TOKEN_ERRORS.has(code)) {
      throw new Error(`Slack refused SLACK_BOT_TOKEN (${code}); check the token and that the app is installed.`);
    }
    if (!isOutage(code)) {
      throw new Error(`Slack's auth.test failed (${code}); check SLACK_BOT_TOKEN and SLACK_API_URL.`);
    }
    const wait = delays[attempt];
    if (wait === undefined) {
      throw new Error(
        `Slack is not answering (${describe(code)}, ${attempt + 1} tries): an outage at Slack or on the network, not a problem with SLACK_BOT_TOKEN. Try again later (status: https://slack-status.com).`,
      );
    }
    options.log.warn("Slack is not answering the token check; this is Slack's side or the network, retrying", {
      reason: describe(code),
      attempt: attempt + 1,
      retryInSeconds: wait / 1000,
    });
    await sleep(wait);
  }
}
