/**
 * The English function words of questions. Generic grammar only: nothing here may name a person,
 * place or outlet, so the same rules serve articles the bot has never seen.
 */
const set = (words: string) => new Set(words.split(" "));

export const QUESTION_WORDS = set("who whom whose what when where why which how");
export const AUXILIARIES = set("did does do is are was were has have had can could will would should may might am");
export const PERSON_PRONOUNS = set("he him his she her hers himself herself");
export const GROUP_PRONOUNS = set("they them their theirs");
/** "when was that?", "why did it happen?": the previous question's subject carries over. */
export const THING_PRONOUNS = set("that this it those these");

/** Verbs of speech: the question wants a quote (or, with "who", a speaker). */
export const SAY_VERBS = set(
  "say says said saying tell tells told telling stated claim claims claimed argue argues argued warn warns warned add adds added note notes noted comment commented remark remarked maintain maintains maintained insist insists insisted speak speaks spoke talk talked think thinks thought believe believes believed describe described call called mean meant report reports reported remarks statement statements comments respond responds responded react reacted reply replied write writes wrote",
);

/** Words that frame a question without saying what it is about. */
export const FRAME_WORDS = set(
  "a an and are as at be been but by for from has have he her his i if in into is it its of on or she so that the their them then there these they this to was we were what when where which who whom whose why how will with would you your me my about according else also other anything something happen happened happens did does do done many much any some more most please tell know let us our ever exactly just really actually articles article news report reports say said themselves himself herself itself ourselves yourself yourselves between among amid than very such own same both each either neither whether think thinks thought believe believes view views opinion could can should might may must",
);

/** Irregular English verb forms, folded to the form a reader would search for. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  met: "meet",
  won: "win",
  said: "say",
  told: "tell",
  spoke: "speak",
  spoken: "speak",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  made: "make",
  went: "go",
  gone: "go",
  saw: "see",
  seen: "see",
  began: "begin",
  begun: "begin",
  left: "leave",
  sold: "sell",
  bought: "buy",
  brought: "bring",
  thought: "think",
  held: "hold",
  led: "lead",
  lost: "lose",
  paid: "pay",
  sent: "send",
  struck: "strike",
  fought: "fight",
  chose: "choose",
  chosen: "choose",
  became: "become",
  broke: "break",
  broken: "break",
  fell: "fall",
  ran: "run",
  wrote: "write",
  written: "write",
  knew: "know",
  known: "know",
  rose: "rise",
  drew: "draw",
  flew: "fly",
  kept: "keep",
  felt: "feel",
  found: "find",
  meant: "mean",
  sought: "seek",
  withdrew: "withdraw",
};

/**
 * Near-synonyms common in news copy, so "meet" finds "summit" and "attack" finds "invasion". Each group is
 * one meaning; matching either way. Generic vocabulary, not tuned to any article.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["meet", "meeting", "summit", "talks", "discussion", "discussions"],
  ["attack", "invade", "invasion", "assault", "offensive", "strike"],
  ["win", "victory", "winner", "elected"],
  ["visit", "trip", "travel", "tour"],
  ["kill", "killed", "death", "dead"],
  ["agreement", "deal", "accord", "pact", "treaty"],
  ["talk", "negotiation", "negotiations", "dialogue"],
  ["leave", "exit", "quit", "withdraw"],
  ["country", "countries", "nation", "nations", "state", "states"],
  ["start", "begin", "launch"],
  ["buy", "purchase", "acquire"],
  ["sell", "sale", "sales", "export", "supply"],
  ["criticize", "criticise", "criticism", "condemn"],
];

export const MONTH_WORDS = set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
