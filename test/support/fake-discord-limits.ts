/**
 * Discord's message and autocomplete limits (discord-api-docs `resources/message.mdx` and
 * `interactions/receiving-and-responding.mdx`), enforced by the fake so a test fails
 * the way production would: the API answers 400 Invalid Form Body (code 50035).
 */
export const LIMITS = {
  content: 2_000,
  embeds: 10,
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  authorName: 256,
  choices: 25,
  choiceText: 100,
} as const;

type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
};

/** Every way `body` breaks a message limit; empty when Discord would accept it. `creating`: a new message, not an edit. */
export function messageViolations(body: unknown, creating: boolean): string[] {
  const message = (body ?? {}) as { content?: unknown; embeds?: unknown };
  const out: string[] = [];
  const content = typeof message.content === "string" ? message.content : "";
  if (content.length > LIMITS.content) out.push(`content is ${content.length} > ${LIMITS.content} characters`);
  const embeds = Array.isArray(message.embeds) ? (message.embeds as Embed[]) : [];
  if (embeds.length > LIMITS.embeds) out.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const check = (what: string, text: string | undefined, max: number) => {
      const length = text?.length ?? 0;
      total += length;
      if (length > max) out.push(`embeds[${i}].${what} is ${length} > ${max}`);
    };
    check("title", embed.title, LIMITS.title);
    check("description", embed.description, LIMITS.description);
    check("footer.text", embed.footer?.text, LIMITS.footer);
    check("author.name", embed.author?.name, LIMITS.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) out.push(`embeds[${i}] has ${fields.length} fields > ${LIMITS.fields}`);
    fields.forEach((field, j) => {
      check(`fields[${j}].name`, field.name, LIMITS.fieldName);
      check(`fields[${j}].value`, field.value, LIMITS.fieldValue);
    });
  });
  if (total > LIMITS.embedTotal) out.push(`embeds hold ${total} > ${LIMITS.embedTotal} characters`);
  // why: Discord refuses to create an empty message (50006); an edit may leave either out.
  if (creating && !content && embeds.length === 0) out.push("cannot send an empty message");
  return out;
}

/** Every way an autocomplete result (callback type 8) breaks Discord's rules. */
export function choiceViolations(data: unknown): string[] {
  const choices = ((data ?? {}) as { choices?: { name?: string; value?: unknown }[] }).choices;
  if (!Array.isArray(choices)) return ["choices missing"];
  const out: string[] = [];
  if (choices.length > LIMITS.choices) out.push(`${choices.length} choices > ${LIMITS.choices}`);
  choices.forEach((choice, i) => {
    const name = choice.name ?? "";
    if (name.length < 1 || name.length > LIMITS.choiceText) out.push(`choices[${i}].name length ${name.length}`);
    if (typeof choice.value === "string" && choice.value.length > LIMITS.choiceText) out.push(`choices[${i}].value too long`);
  });
  return out;
}
