import { afterAll, expect } from "vitest";

/**
 * The credentials the tests hand to the bot. None of them may ever reach what a test run prints: a token in the
 * suite's output is a token that would reach a production log. Checked for every test file (a vitest setup file).
 */
const TEST_SECRETS = ["xoxb-fake-token", "xapp-fake-token", "test-signing-secret-0123456789", "fake.bot.token"] as const;

const leaks: string[] = [];

function watch(stream: NodeJS.WriteStream, name: string): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
    for (const secret of TEST_SECRETS) if (text.includes(secret)) leaks.push(`${name}: ${secret}`);
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

watch(process.stdout, "stdout");
watch(process.stderr, "stderr");
// why: vitest forwards console output from the test process itself, not through the streams above.
for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    const text = args.map((arg) => (typeof arg === "string" ? arg : (JSON.stringify(arg) ?? String(arg)))).join(" ");
    for (const secret of TEST_SECRETS) if (text.includes(secret)) leaks.push(`console.${method}: ${secret}`);
    original(...args);
  };
}

afterAll(() => {
  expect(leaks, "a test credential was printed").toEqual([]);
});
