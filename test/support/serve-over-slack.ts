import { main } from "../../src/main.ts";
import { captureIo } from "./cli-io.ts";
import type { FakeSlack } from "./fake-slack.ts";

/**
 * Runs `brief serve` as `npm start` would, in this process, with Slack over Socket Mode against the fake and
 * `env` on top (DATA_DIR, LOG_LEVEL, …), until stop() is called; stop() resolves with the exit code.
 */
export function serveOverSlack(slack: FakeSlack, env: Record<string, string>) {
  let release: () => void = () => {};
  const until = new Promise<void>((resolve) => {
    release = resolve;
  });
  const io = captureIo();
  const fullEnv = {
    SLACK_BOT_TOKEN: "xoxb-fake-token",
    SLACK_APP_TOKEN: "xapp-fake-token",
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "warn",
    ...env,
  };
  const exit = main(["serve"], { env: fullEnv, io, until });
  return {
    io,
    stop: () => {
      release();
      return exit;
    },
  };
}
