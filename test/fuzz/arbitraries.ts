import fc from "fast-check";

/**
 * Generators for the fuzz suite: hostile but short text. Pieces are drawn from a vocabulary of the things
 * that break parsers in news text (quote marks of every kind, nested and unbalanced; names; reporting verbs;
 * dates; control characters and escape sequences; huge unbroken lines; front-matter fences) mixed with
 * random unicode, so most runs look almost like an article and still go wrong in new ways.
 */

const CONTROL = fc.constantFrom(
  "\x00",
  "\x07",
  "\x08",
  "\x0b",
  "\x0c",
  "\r",
  "\x1b",
  "\x7f",
  "\x85",
  "\x9b",
  "\x1b[2J",
  "\x1b[31m",
  "\x1b]0;pwned\x07",
  "\x1b]8;;http://x\x1b\\",
  "\x1bP1$r\x1b\\",
  "\u202e",
  "\ufffd",
  "\ufeff",
);

const QUOTES = fc.constantFrom('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "``", "''", '""', "“‘", "’”");

const WORDS = fc.constantFrom(
  "said",
  "says",
  "told reporters",
  "according to",
  "added",
  "the minister",
  "Ana Ruiz",
  "Dr. Tomas Brandt",
  "Mr Brandt",
  "she",
  "he",
  "they",
  "the Harbour Board",
  "Ltd",
  "on Monday",
  "last week",
  "12 March 2024",
  "2024-03-12",
  "March",
  "in 1999",
  "yesterday",
  "—",
  "-",
  "…",
  ".",
  ",",
  ":",
  ";",
  "?",
  "!",
  "(",
  ")",
  "[",
  "]",
  "\n",
  "\n\n",
  "\t",
  " ",
  "  ",
  "@here",
  "<@U123>",
  "<!channel>",
  "*bold*",
  "_it_",
  "`code`",
  "http://x.example/a?b=c",
  "---",
  "Ä",
  "İstanbul",
  "Zürich",
  "مرحبا",
  "日本語",
  "🙂",
  "👩‍👩‍👧",
  "e\u0301",
);

const UNICODE = fc.string({ unit: "binary", maxLength: 12 });
const HUGE_LINE = fc
  .tuple(fc.constantFrom("a", "word ", "“", "\x1b[1m", "é", "—"), fc.integer({ min: 1_000, max: 12_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

const PIECE = fc.oneof(
  { weight: 10, arbitrary: WORDS },
  { weight: 4, arbitrary: QUOTES },
  { weight: 2, arbitrary: CONTROL },
  { weight: 2, arbitrary: UNICODE },
);

/** A run of pieces joined with spaces (sometimes none), like a sentence gone wrong. */
export const messyText = (maxPieces: number) =>
  fc
    .array(fc.tuple(PIECE, fc.constantFrom(" ", " ", "", "\n")), { maxLength: maxPieces })
    .map((parts) => parts.map(([a, b]) => a + b).join(""));

/** A quoted passage: nested, unbalanced or mixed marks around messy text. */
const QUOTED = fc
  .tuple(QUOTES, messyText(8), fc.option(QUOTES, { nil: "" }), fc.constantFrom(", said ", " said ", ", according to ", ". ", " "), WORDS)
  .map(([open, inner, close, verb, who]) => `${open}${inner}${close}${verb}${who}.`);

const PARAGRAPH = fc.oneof(
  { weight: 12, arbitrary: messyText(14) },
  { weight: 8, arbitrary: fc.array(QUOTED, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" ")) },
  { weight: 1, arbitrary: HUGE_LINE },
);

const FRONT_MATTER_JUNK = fc.constantFrom(
  "---\ntitle: [a, b]\n---\n",
  "---\ntitle: {x: 1}\nsource: S\n---\n",
  "---\ntitle: T\nsource: S\npublished: 2024-02-30\n---\n",
  '---\ntitle: T\nsource: S\nurl: "javascript:alert(1)"\npublished: "2024-01-05"\n---\n',
  "---\ntitle: [unclosed\n---\n",
  "---\n---\n",
  "---\ntitle: T\n",
  '---\ntitle: "\\e[2JT"\nsource: "\\e]0;x\\a S"\npublished: "2024-01-05"\nurl: "https://a.example/x"\n---\n',
  "---\n- a\n- b\n---\n",
  "---\ntitle: true\nsource: 12\npublished: 2024-01-05\n---\n",
);

/** An article file's text: maybe front matter (often broken), then paragraphs. Short, except the occasional huge line. */
export const articleText = fc
  .tuple(
    fc.oneof({ weight: 7, arbitrary: fc.constant("") }, { weight: 3, arbitrary: FRONT_MATTER_JUNK }),
    fc.array(PARAGRAPH, { minLength: 1, maxLength: 4 }),
  )
  .map(([front, paragraphs]) => front + paragraphs.join("\n\n"));

export const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** What a file's front matter lacks, as `--title`/`--source`/`--published` flags would give it. */
export const articleDefaults = fc.record({
  title: fc.oneof(messyText(6), fc.constant(undefined)),
  source: fc.oneof(messyText(3), fc.constant("Wire")),
  published: isoDay,
});

// why: plain questions go through `ask`, the costliest path; they are a third of the lines so 10,000 stay affordable.
const COMMAND_WORDS = fc.oneof(
  {
    weight: 7,
    arbitrary: fc.constantFrom(
      "/brief",
      "/brief ",
      "/BRIEF",
      "/brief help",
      "/brief who",
      "/brief on",
      "/brief ask",
      "/brief entity",
      "/brief topics",
      "/brief sources",
      "/brief search",
      "/brief subscribe",
      "/brief unsubscribe",
      "/brief subscriptions",
      "/brief digest",
      "/brief digest preview",
      "/brief turkey-mediation",
      "/brief grain-deal",
      "/brief topic",
      "/briefing",
      "",
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom("/new", "who", "what did he say", "when was that?", "what else?", "who is", "where") },
);

const ARGUMENT = fc.oneof(
  { weight: 6, arbitrary: WORDS },
  { weight: 2, arbitrary: QUOTES },
  { weight: 2, arbitrary: CONTROL },
  { weight: 2, arbitrary: UNICODE },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "--all",
      "--all --all",
      "--",
      "-x",
      "--thread",
      "at 07:30",
      "at 25:99",
      "Europe/Berlin",
      "Mars/Olympus",
      "2022-03-24",
      "2022-11-01..2022-11-30",
      "2022-13-45",
      "March 2022",
      "24 March 2022",
      "9999",
      "0000-00-00..",
      "..",
      '"',
      '"unclosed phrase',
      '""',
      "Kalin",
      "Erdogan",
      "grain",
      "?",
      "x".repeat(600),
    ),
  },
);

/** A command line or question as someone might type it in chat, with junk mixed in. */
export const commandLine = fc
  .tuple(COMMAND_WORDS, fc.array(ARGUMENT, { maxLength: 8 }), fc.constantFrom("", "?", " ", "\n", "  "))
  .map(([command, args, end]) => `${command} ${args.join(" ")}${end}`);
