import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { checkSlackAuth } from "../../../../src/adapters/slack/auth-check.ts";
import { createLogger } from "../../../../src/log/logger.ts";

const log = createLogger({ level: "silent", out: new Writable({ write: (_c, _e, done) => done() }) });
const networkError = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "slack_webapi_request_error" });
const platformError = (error: string) => Object.assign(new Error(error), { code: "slack_webapi_platform_error", data: { error } });

describe("checkSlackAuth", () => {
  it("retries a network failure with the given waits and returns the identity once Slack answers", async () => {
    const waits: number[] = [];
    let calls = 0;
    const identity = await checkSlackAuth({
      call: async () => {
        calls += 1;
        if (calls < 3) throw networkError();
        return { team_id: "T1", user_id: "U1" };
      },
      log,
      delaysMs: [10, 20, 40],
      sleep: async (ms) => void waits.push(ms),
    });
    expect(identity).toEqual({ team_id: "T1", user_id: "U1" });
    expect(waits).toEqual([10, 20]);
  });

  it("names the network, not the token, when Slack stays unreachable", async () => {
    const check = checkSlackAuth({ call: () => Promise.reject(networkError()), log, delaysMs: [1], sleep: async () => {} });
    await expect(check).rejects.toThrow(/network error.*not a problem with SLACK_BOT_TOKEN/);
  });

  it.each(["invalid_auth", "token_revoked", "account_inactive"])("blames the token at once for %s", async (code) => {
    let calls = 0;
    const check = checkSlackAuth({
      call: () => {
        calls += 1;
        return Promise.reject(platformError(code));
      },
      log,
      sleep: async () => {},
    });
    await expect(check).rejects.toThrow(`Slack refused SLACK_BOT_TOKEN (${code})`);
    expect(calls).toBe(1);
  });
});
