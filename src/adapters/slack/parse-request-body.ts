/** A request body Slack sends: a slash command form, an Events API envelope, or an interaction payload. */
export type SlackBody = Record<string, unknown>;

/**
 * Parses a verified body by its content type; returns a reason when it cannot be read.
 * why: a body Bolt cannot classify is never acknowledged and times out as a 404 three seconds later; the
 * sender learns nothing. Refusing it at once with 400 says what is wrong.
 */
export function parseRequestBody(raw: string, contentType: string | undefined): SlackBody | string {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  let body: unknown;
  try {
    if (type === "application/x-www-form-urlencoded") {
      const form = Object.fromEntries(new URLSearchParams(raw));
      // why: interactions (buttons, shortcuts) come as one form field, `payload`, holding JSON.
      body = typeof form.payload === "string" ? JSON.parse(form.payload) : form;
    } else if (type === "application/json") {
      body = JSON.parse(raw);
    } else {
      return `unsupported content type "${type || "none"}"; Slack sends application/x-www-form-urlencoded or application/json`;
    }
  } catch {
    return "the body is not valid JSON";
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "the body is not an object";
  const fields = body as SlackBody;
  const known = typeof fields.command === "string" || typeof fields.type === "string" || fields.ssl_check === "1";
  return known ? fields : "the body is neither a slash command, an event nor an interaction";
}
