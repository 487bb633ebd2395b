/**
 * The one list of nouns for a body of people that speaks as one: a ministry, a council, a company, the police.
 * Name classification (ORG_HEADS: "the Harbour Council" is an organisation), speaker descriptions (ROLE_NOUNS:
 * "a council spokesperson") and pronoun resolution (BODY_NOUNS: "the council said … He" is not the council)
 * all read it. why: they were three hand-kept lists that had to stay in step; a body added here counts everywhere.
 */
export const BODY_HEADS: readonly string[] = [
  "administration",
  "agency",
  "alliance",
  "army",
  "association",
  "authority",
  "bank",
  "board",
  "bureau",
  "club",
  "coalition",
  "commission",
  "committee",
  "company",
  "council",
  "court",
  "department",
  "embassy",
  "federation",
  "foundation",
  "government",
  "group",
  "hospital",
  "institute",
  "ministry",
  "network",
  "office",
  "organisation",
  "organization",
  "party",
  "police",
  "service",
  "team",
  "union",
  "university",
];

/**
 * Heads of a lowercase description of a body ("the firm said", "the charity's director"): BODY_HEADS and words
 * that describe a body without ending its capitalised name.
 * why not in BODY_HEADS: ORG_HEADS classifies capitalised names, where "Campaign", "Military" or "Groups" rarely
 * end an organisation's name and "Newspaper" is an outlet; they were never measured there.
 */
export const BODY_DESCRIPTION_HEADS: readonly string[] = [
  ...BODY_HEADS,
  "airline",
  "campaign",
  "charity",
  "firm",
  "groups",
  "military",
  "newspaper",
];

/** Texts and counts a body speaks through ("the statement said", "a poll found"): sources, but never a person. */
export const REPORT_HEADS: readonly string[] = ["poll", "polls", "report", "reports", "statement", "study", "survey"];
