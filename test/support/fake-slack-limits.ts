/**
 * Slack's message limits as the fake enforces them (the same sources as `SLACK_LIMITS` in src/render/limits/slack.ts): an answer that breaks one is refused
 * the way Slack refuses it, so a renderer bug fails a test instead of a user's request.
 */
export const FAKE_SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  messageText: 40_000,
} as const;

type Json = Record<string, unknown>;

/** The Slack error a message body earns, or undefined when Slack would accept it. */
export function messageError(body: Json): string | undefined {
  const text = body.text;
  const blocks = body.blocks;
  if (typeof text === "string" && text.length > FAKE_SLACK_LIMITS.messageText) return "msg_too_long";
  if (blocks === undefined) return typeof text === "string" && text.trim() !== "" ? undefined : "no_text";
  if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > FAKE_SLACK_LIMITS.blocksPerMessage) return "invalid_blocks";
  return blocks.every((block) => blockIsValid(block as Json)) ? undefined : "invalid_blocks";
}

function textObject(value: unknown, max: number, types: readonly string[]): boolean {
  const object = value as Json | undefined;
  return (
    typeof object === "object" &&
    object !== null &&
    types.includes(object.type as string) &&
    typeof object.text === "string" &&
    object.text.length > 0 &&
    object.text.length <= max
  );
}

function blockIsValid(block: Json): boolean {
  switch (block.type) {
    case "header":
      return textObject(block.text, FAKE_SLACK_LIMITS.headerText, ["plain_text"]);
    case "section": {
      const fields = block.fields as unknown[] | undefined;
      if (block.text === undefined && fields === undefined) return false;
      if (block.text !== undefined && !textObject(block.text, FAKE_SLACK_LIMITS.sectionText, ["mrkdwn", "plain_text"])) return false;
      if (fields === undefined) return true;
      return (
        Array.isArray(fields) &&
        fields.length <= FAKE_SLACK_LIMITS.sectionFields &&
        fields.every((field) => textObject(field, FAKE_SLACK_LIMITS.fieldText, ["mrkdwn", "plain_text"]))
      );
    }
    case "context": {
      const elements = block.elements as unknown[] | undefined;
      return (
        Array.isArray(elements) &&
        elements.length > 0 &&
        elements.length <= FAKE_SLACK_LIMITS.contextElements &&
        elements.every((element) => (element as Json).type === "image" || textObject(element, 3000, ["mrkdwn", "plain_text"]))
      );
    }
    case "divider":
      return true;
    case "markdown":
      return typeof block.text === "string" && block.text.length > 0 && block.text.length <= 12_000;
    default:
      return false;
  }
}
