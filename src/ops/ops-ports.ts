/** What decides where the health and metrics endpoints are served (serve-ops.ts). */
export type OpsPortOptions = {
  port: number;
  metricsPort?: number | undefined;
  slackHttp: boolean;
  platforms: boolean;
  /** PORT was set in the environment (not the default). */
  portSet: boolean;
};

/**
 * Where `/healthz`, `/readyz` and `/metrics` are served: on METRICS_PORT when set; else on Slack's HTTP-mode
 * port (PORT) beside `/slack/events`; else on PORT when a platform runs (Discord, Slack over Socket Mode). The
 * terminal chat alone serves them only when PORT or METRICS_PORT is set: a personal terminal chat opens no network
 * port nobody asked for (and two of them on one machine would fight over 3000). Undefined when nothing would serve
 * them. why: a module of its own, without the metrics library, so a terminal chat that serves none never loads it.
 */
export function opsPorts(options: OpsPortOptions): { shared: boolean; ownPort: number | undefined } | undefined {
  const shared = options.slackHttp && options.metricsPort === undefined;
  const ownPort = options.metricsPort ?? (options.slackHttp || !(options.platforms || options.portSet) ? undefined : options.port);
  return shared || ownPort !== undefined ? { shared, ownPort } : undefined;
}
