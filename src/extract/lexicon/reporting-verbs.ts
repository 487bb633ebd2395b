/**
 * Verbs that introduce speech or a stated position, in every inflection news copy uses.
 * why: attribution in English news is almost always "SUBJECT VERB" or "VERB SUBJECT" around the quote,
 * so recognising the verb is what lets us find the speaker without a parser.
 */
const BASES = [
  "say",
  "tell",
  "add",
  "ask",
  "answer",
  "reply",
  "explain",
  "note",
  "state",
  "declare",
  "insist",
  "argue",
  "claim",
  "warn",
  "write",
  "recall",
  "continue",
  "conclude",
  "acknowledge",
  "admit",
  "confirm",
  "deny",
  "announce",
  "maintain",
  "suggest",
  "stress",
  "emphasise",
  "emphasize",
  "observe",
  "remark",
  "comment",
  "point out",
  "predict",
  "promise",
  "vow",
  "urge",
  "concede",
  "contend",
  "assert",
  "believe",
  "think",
  "tweet",
  "post",
  "report",
  "estimate",
  "caution",
  "complain",
  "joke",
  // Verbs that attribute a quotation beside them ("Hannity pressed.", "she mused"); never reported speech alone.
  "press",
  "read",
  "wonder",
  "muse",
  "scoff",
  "interject",
  "snap",
  "demur",
  "reiterate",
  "lament",
  "proclaim",
  "concur",
  "marvel",
  "gush",
  "respond",
  "testify",
  "quip",
  "boast",
  "describe",
  "agree",
  "hint",
  "divulge",
  "disclose",
  "reveal",
  "underline",
  "counter",
  "retort",
  "recount",
  "allege",
  "mention",
  "exclaim",
  "shout",
  "whisper",
  "plead",
  "pledge",
  "demand",
  "fear",
  "hope",
  "worry",
  "call",
  "dub",
  "label",
  "brand",
] as const;

const IRREGULAR: Record<string, readonly string[]> = {
  say: ["said", "says", "saying"],
  read: ["reads", "reading"],
  tell: ["told", "tells", "telling"],
  write: ["wrote", "writes", "writing", "written"],
  think: ["thought", "thinks", "thinking"],
};

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const [head, ...rest] = base.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const h = head ?? base;
  const stem = h.endsWith("e") ? h.slice(0, -1) : h;
  const past = h.endsWith("e") ? `${h}d` : h.endsWith("y") && !/[aeiou]y$/.test(h) ? `${h.slice(0, -1)}ied` : `${h}ed`;
  const third = /(s|sh|ch|x|z)$/.test(h) ? `${h}es` : h.endsWith("y") && !/[aeiou]y$/.test(h) ? `${h.slice(0, -1)}ies` : `${h}s`;
  const doubled = /^(quip|admit|plead|snap|demur|concur)$/.test(h) ? `${h}${h.slice(-1)}` : stem;
  const pastForm = /^(quip|admit|snap|demur|concur)$/.test(h) ? `${doubled}ed` : h === "plead" ? "pleaded" : past;
  return [h, pastForm, third, `${doubled}ing`].map((form) => `${form}${tail}`);
}

/** Every inflected reporting verb, lowercase. "pointed" stands for "pointed out" (the noun "point" stays out). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...BASES.flatMap(inflect), "pointed"]);

/** Verbs whose object can be an outlet the words were relayed to ("told Reuters", "tells the BBC"). */
export const TELLING_VERBS: ReadonlySet<string> = new Set(["told", "tells", "tell", "telling"]);

/** Verbs strong enough to introduce an indirect quote ("X said that …"); belief verbs need "that". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  // why: verbs of stance toward a proposition ("confirmed", "denied", "acknowledged") report a position, not
  // words; news annotation (and readers) treat only speech verbs as indirect quotes.
  [
    "say",
    "tell",
    "add",
    "note",
    "state",
    "declare",
    "insist",
    "argue",
    "claim",
    "warn",
    "write",
    "explain",
    "announce",
    "maintain",
    "stress",
    "predict",
    "contend",
    "assert",
    "report",
    "caution",
    "complain",
    "reveal",
    "disclose",
    "divulge",
    "point out",
    "recall",
    "allege",
    "emphasise",
    "emphasize",
    "observe",
    "remark",
    "counter",
    "promise",
    "vow",
    // why: admitting and conceding report what the speaker grants is true; the complement is their claim.
    // ("deny" stays out: the complement of a denial is what the speaker says is false; so does "suggest":
    // "reports suggest", "polls suggest" weigh evidence, and a hint is not a statement.)
    "admit",
    "acknowledge",
    "concede",
    "reply",
    "respond",
    "testify",
    "tweet",
  ].flatMap(inflect),
);

/**
 * Verbs whose clause may follow without "that" only when it plainly is a clause ("admitted the numbers were
 * worse"), never an object ("admitted the error", "announced a plan that …").
 */
export const CAREFUL_BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  [
    "admit",
    "acknowledge",
    "concede",
    "suggest",
    "predict",
    "announce",
    "recall",
    "reveal",
    "contend",
    "assert",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "promise",
    "vow",
    "complain",
    "explain",
    "write",
    "tweet",
    "report",
    "state",
    "declare",
    "reply",
    "respond",
    "testify",
    // why: "claimed the prize", "claimed victory": a claim takes an object as often as a clause.
    "claim",
  ].flatMap(inflect),
);
