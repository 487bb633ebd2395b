/** Told when a platform connection comes up (`true`) or goes down (`false`, with a reason), for readiness. */
export type ConnectionListener = (up: boolean, reason?: string) => void;
