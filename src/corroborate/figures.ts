/**
 * Counted figures in a sentence: "killing seven people", "at least 7 were killed", "$2.5 million", "22 others
 * injured". Each is a value range (a bound like "at least" opens it) and what it counts: a status (dead, injured,
 * missing, arrested, evacuated), a counted noun (people, firefighters, homes), or a currency.
 * why ranges: "at least seven dead" and "nine dead" agree; only figures whose ranges cannot meet disagree.
 */
export type Figure = {
  /** The figure as written, with its bound: "at least seven", "$2.5 million". */
  phrase: string;
  low: number;
  high: number;
  /** What is counted: a status ("dead"), a currency ("money:$"), or "" when only a noun says it. */
  status: string;
  /** The counted noun, singular ("firefighter"), or "" when the figure names none. */
  noun: string;
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};
// why "hundred" and "dozen" here too: "two hundred" is 200, not a 2 and a 100 read apart
const SCALES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const LOWER_BOUNDS = ["at least", "more than", "over", "upwards of", "in excess of", "no fewer than"];
const UPPER_BOUNDS = ["up to", "nearly", "almost", "fewer than", "less than", "as many as", "under", "no more than"];
const ROUGHLY = ["about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "close to"];

const STATUS: Record<string, string> = {
  killed: "dead",
  dead: "dead",
  died: "dead",
  deaths: "dead",
  death: "dead",
  fatalities: "dead",
  killing: "dead",
  lives: "dead",
  injured: "injured",
  injuring: "injured",
  wounded: "injured",
  wounding: "injured",
  hurt: "injured",
  injuries: "injured",
  missing: "missing",
  arrested: "arrested",
  arresting: "arrested",
  detained: "arrested",
  arrests: "arrested",
  evacuated: "evacuated",
  evacuating: "evacuated",
  displaced: "displaced",
  rescued: "rescued",
};
const CURRENCY_SYMBOLS: Record<string, string> = { $: "money:$", "€": "money:eur", "£": "money:gbp", "¥": "money:yen" };
const CURRENCY_WORDS: Record<string, string> = {
  dollars: "money:$",
  dollar: "money:$",
  euros: "money:eur",
  euro: "money:eur",
  pounds: "money:gbp",
  yen: "money:yen",
};
/** Nouns whose count is news; a figure before any other noun ("eight months", "48 cables") is not compared. */
const COUNTED_NOUNS = new Set(
  (
    "people persons person others passengers workers residents firefighters soldiers civilians children adults victims " +
    "patients students protesters migrants refugees troops officers police homes houses buildings families jobs employees " +
    "staff vehicles cars votes"
  ).split(" "),
);
const GENERIC_NOUNS = new Set(["others", "people", "persons", "person"]);
const STOPS = new Set(["and", "or", "but", "while", "as", "when"]);

// why no figure right after a hyphen: "twenty-two" is not 2, and "7-9" is a range, too vague to contradict anything
const NUMBER =
  /(?<![\p{L}\p{N}.,-])([$€£¥])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)(?:\s+(dozen|hundred|thousand|million|billion|trillion))?(?![\p{L}\p{N}-])/giu;

export function figuresIn(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const [whole, symbol, digits = "", scale] = match;
    // why "a" only before a scale: "a dozen", "a million" are figures, "a man" is not one to compare
    const article = scale && /^an?$/i.test(digits) ? 1 : undefined;
    const base = /^\d/.test(digits) ? Number(digits.replaceAll(",", "")) : (article ?? NUMBER_WORDS[digits.toLowerCase()]);
    if (base === undefined || !Number.isFinite(base)) continue;
    const value = base * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const index = match.index ?? 0;
    const before = sentence.slice(0, index).toLowerCase();
    const after = sentence.slice(index + whole.length);
    const what = countedThing(before, after, symbol);
    if (!what) continue;
    const bound = boundBefore(before);
    const [low, high] = rangeOf(value, bound?.kind ?? null);
    // why: the bound as written ("At least"), so the version shown quotes the article
    const written = bound ? sentence.slice(0, index).trimEnd().slice(-bound.words.length) : "";
    out.push({ phrase: written ? `${written} ${whole.trim()}` : whole.trim(), low, high, ...what });
  }
  return out;
}

/** Whether two figures count the same thing: the same status or currency, and the same noun unless one names none. */
export function sameCountedThing(a: Figure, b: Figure): boolean {
  if (a.status !== b.status) return false;
  if (a.noun === "" || b.noun === "" || a.noun === b.noun) return true;
  return false;
}

/** Whether two figures can be the same count: their ranges meet. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high;
}

function countedThing(before: string, after: string, symbol: string | undefined): { status: string; noun: string } | null {
  const next = after.toLowerCase().match(/^[\s-]*([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?(?:\s+([a-z]+))?/);
  const ahead = (next?.slice(1) ?? []).filter((word): word is string => Boolean(word));
  const cut = ahead.findIndex((word) => STOPS.has(word));
  const window = cut === -1 ? ahead : ahead.slice(0, cut);
  if (symbol) return { status: CURRENCY_SYMBOLS[symbol] ?? "money", noun: "" };
  const currency = window[0] ? CURRENCY_WORDS[window[0]] : undefined;
  if (currency) return { status: currency, noun: "" };
  const first = window[0] ?? "";
  const noun = COUNTED_NOUNS.has(first) && !GENERIC_NOUNS.has(first) ? first.replace(/s$/, "") : "";
  const verb = /([a-z]+)\s*$/.exec(before)?.[1] ?? "";
  const status = STATUS[verb] ?? window.map((word) => STATUS[word]).find(Boolean) ?? "";
  if (status) return { status, noun };
  return COUNTED_NOUNS.has(first) ? { status: "", noun: first.replace(/s$/, "") } : null;
}

type Bound = { kind: "lower" | "upper" | "roughly"; words: string };

function boundBefore(before: string): Bound | null {
  const tail = before.trimEnd();
  const ends = (words: string) => tail.endsWith(` ${words}`) || tail === words;
  const lower = LOWER_BOUNDS.find(ends);
  if (lower) return { kind: "lower", words: lower };
  const upper = UPPER_BOUNDS.find(ends);
  if (upper) return { kind: "upper", words: upper };
  const roughly = ROUGHLY.find(ends);
  return roughly ? { kind: "roughly", words: roughly } : null;
}

/** why ±10 % for "about": "about 200" and "210" agree, "about 200" and "300" do not. */
function rangeOf(value: number, bound: Bound["kind"] | null): [number, number] {
  if (bound === "lower") return [value, Number.POSITIVE_INFINITY];
  if (bound === "upper") return [0, value];
  if (bound === "roughly") return [(value * 9) / 10, (value * 11) / 10];
  return [value, value];
}
