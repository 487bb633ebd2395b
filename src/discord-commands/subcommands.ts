/**
 * The `/brief` subcommands Discord shows, one per text command, with typed options. `toText` turns the
 * options back into the text form the dispatcher answers (`who "a quoted phrase"`), so Discord, Slack and the
 * terminal share one grammar and one set of commands.
 */
export type OptionSpec = {
  name: string;
  description: string;
  required: boolean;
  /** Discord asks the bot for choices while the user types. */
  autocomplete?: boolean;
  maxLength: number;
  /** A name or phrase: quoted in the text form when it has spaces, so it stays one argument. */
  kind: "name" | "words";
  /** A word written before the value in the text form (`at` 07:30). */
  prefix?: string;
};

/** `text`: the command words when they differ from the subcommand's name (`digest` → `digest preview`). */
export type SubcommandSpec = { name: string; text?: string; options: readonly OptionSpec[] };

// why: autocomplete choice values are at most 100 characters, so autocompleted options are capped there too.
const NAME_MAX = 100;
const WORDS_MAX = 500;

export const SUBCOMMANDS = [
  {
    name: "topic",
    options: [{ name: "name", description: "The topic", required: true, autocomplete: true, maxLength: NAME_MAX, kind: "name" }],
  },
  {
    name: "who",
    options: [
      {
        name: "speaker",
        description: "A person's name, or a phrase to find who said it",
        required: true,
        autocomplete: true,
        maxLength: NAME_MAX,
        kind: "name",
      },
    ],
  },
  {
    name: "on",
    options: [
      {
        name: "date",
        description: "2022-03-24, 24 March 2022, March 2022 or 2022-11-01..2022-11-30",
        required: true,
        maxLength: NAME_MAX,
        kind: "words",
      },
    ],
  },
  {
    name: "ask",
    options: [{ name: "question", description: "Your question, in plain words", required: true, maxLength: WORDS_MAX, kind: "words" }],
  },
  {
    name: "entity",
    options: [{ name: "name", description: "A person, organisation or place", required: true, maxLength: NAME_MAX, kind: "name" }],
  },
  {
    name: "export",
    options: [
      {
        name: "topic",
        description: "A topic (or a date, or a person's name) to export as a file",
        required: true,
        autocomplete: true,
        maxLength: NAME_MAX,
        kind: "name",
      },
    ],
  },
  { name: "topics", options: [] },
  { name: "sources", options: [] },
  {
    name: "subscribe",
    options: [
      {
        name: "topic",
        description: "The topic of the daily digest",
        required: true,
        autocomplete: true,
        maxLength: NAME_MAX,
        kind: "name",
      },
      { name: "at", description: "Time of day, e.g. 07:30 (default 08:00)", required: false, maxLength: 5, kind: "words", prefix: "at" },
      { name: "timezone", description: "IANA time zone, e.g. Europe/Berlin", required: false, maxLength: 64, kind: "words" },
    ],
  },
  {
    name: "unsubscribe",
    options: [{ name: "topic", description: "The topic to stop", required: true, autocomplete: true, maxLength: NAME_MAX, kind: "name" }],
  },
  { name: "subscriptions", options: [] },
  {
    name: "follow",
    options: [
      {
        name: "url",
        description: "The http(s) address of an RSS/Atom feed or a page",
        required: true,
        maxLength: WORDS_MAX,
        kind: "words",
      },
      {
        name: "topic",
        description: "The topic it is expected to feed",
        required: false,
        autocomplete: true,
        maxLength: NAME_MAX,
        kind: "name",
      },
    ],
  },
  {
    name: "unfollow",
    options: [
      { name: "id", description: "The source's id (/brief following lists them)", required: true, maxLength: NAME_MAX, kind: "name" },
    ],
  },
  { name: "following", options: [] },
  { name: "digest", text: "digest preview", options: [] },
  {
    name: "help",
    options: [{ name: "command", description: "A command to explain, e.g. who", required: false, maxLength: 32, kind: "name" }],
  },
] as const satisfies readonly SubcommandSpec[];

export type SubcommandName = (typeof SUBCOMMANDS)[number]["name"];

export function findSubcommand(name: string): SubcommandSpec | undefined {
  return (SUBCOMMANDS as readonly SubcommandSpec[]).find((spec) => spec.name === name);
}

/**
 * The text form of a subcommand with its option values: `topic energy-prices`, `who "a quoted phrase"`,
 * `on 24 March 2022`. Missing optional values are left out.
 */
export function toCommandText(spec: SubcommandSpec, values: Readonly<Record<string, string | undefined>>): string {
  const parts = [spec.text ?? spec.name];
  for (const option of spec.options) {
    const value = values[option.name]?.replace(/\s+/g, " ").trim();
    if (!value) continue;
    if (option.prefix) parts.push(option.prefix);
    parts.push(option.kind === "name" ? quoteArgument(value) : value);
  }
  return parts.join(" ");
}

/** Quotes a value with spaces so the tokenizer keeps it whole, with quotes the value itself does not use. */
export function quoteArgument(value: string): string {
  if (!/[\s"“”']/.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  if (!/[“”]/.test(value)) return `“${value}”`;
  return `"${value.replaceAll('"', "'")}"`;
}
