/** The short private notices the Slack adapter sends about itself (not about the articles). */
export const NOTICES = {
  /** A new request while the bot is stopping. */
  restarting: "Briefbot is restarting, so it can't answer right now. Please try again in a minute.",
  /** An acknowledged request still waiting for its turn when the stop began, or not posted within its bound. */
  droppedAtRestart: "Briefbot is restarting and could not post this answer before it stopped. Please ask again in a minute.",
  /** An answer cut short because the stop's time bound ran out between its messages. */
  cutAtRestart: "Briefbot is restarting; the rest of this answer could not be posted. Ask again in a minute to see all of it.",
  /** Too many answers already waiting in this channel. */
  busy: "I'm busy answering other questions in this channel. Please try again in a minute.",
} as const;

/** Thrown by a post's guard when the bot is stopping: the message was not sent, and that is no Slack failure. */
export class StoppingError extends Error {
  constructor() {
    super("not posted: Briefbot is stopping");
    this.name = "StoppingError";
  }
}
