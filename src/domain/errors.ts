/**
 * An expected failure whose message is safe to show to the person who caused it (bad input, bad config).
 * `exitCode` follows the CLI convention: 1 failure, 2 usage error.
 */
export class UserError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, options: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "UserError";
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A usage mistake (unknown subcommand, bad flag): exit code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
    this.name = "UsageError";
  }
}
