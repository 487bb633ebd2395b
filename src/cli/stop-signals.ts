/** The part of `process` that delivers stop signals; tests pass an EventEmitter. */
export type SignalSource = {
  on(event: StopSignal, listener: () => void): unknown;
  removeListener(event: StopSignal, listener: () => void): unknown;
};

export type StopSignal = "SIGINT" | "SIGTERM";

const SIGNALS: readonly StopSignal[] = ["SIGINT", "SIGTERM"];

export type StopSignals = {
  /** Resolves with the first SIGINT or SIGTERM. */
  first: Promise<StopSignal>;
  /** Restores the default handling (a signal after this kills the process as usual). */
  dispose(): void;
};

/**
 * Waits for a stop signal; a second one, while the first stop is still running, calls `onSecond` (which
 * exits at once). why: the first signal starts an orderly stop that may take a few seconds; an operator
 * who signals again means "now", and must not be ignored.
 */
export function listenForStop(source: SignalSource, onSecond: (signal: StopSignal) => void): StopSignals {
  let received: StopSignal | undefined;
  let resolveFirst: (signal: StopSignal) => void = () => {};
  const first = new Promise<StopSignal>((resolve) => {
    resolveFirst = resolve;
  });
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      if (received === undefined) {
        received = signal;
        resolveFirst(signal);
      } else {
        onSecond(signal);
      }
    };
    source.on(signal, handler);
    return [signal, handler] as const;
  });
  return {
    first,
    dispose() {
      for (const [signal, handler] of handlers) source.removeListener(signal, handler);
    },
  };
}
