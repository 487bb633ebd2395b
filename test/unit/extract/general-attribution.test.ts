import { describe, expect, it } from "vitest";
import { extractText, quotesOf } from "./helpers.ts";

// Invented sentences, one per class of attribution error seen on news from outlets the extractor was not
// written for (issue 14). Each row: what it exercises, the article text, a quote it must yield
// [kind, speaker, text].
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("quotation marks as archives print them", () => {
  it.each([
    ["two apostrophes as quotation marks", `''We will not move,'' Brennick said.`, ["direct", "Orla Brennick", "We will not move,"]],
    [
      "two apostrophes around a quote with an apostrophe inside",
      `Brennick said, ''It's the traders' money.''`,
      ["direct", "Orla Brennick", "It's the traders' money."],
    ],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(expected);
  });
});

describe("speakers behind appositions, notes and descriptions", () => {
  it.each([
    [
      "two appositions between name and verb",
      `Mara Lind, a farm lobbyist who works with Green Fields, a growers' group, said the rains had "ruined the wheat crop" this year.`,
      ["partial", "Mara Lind", "ruined the wheat crop"],
    ],
    [
      "a party-state note after the name",
      `Rep. Dana Cole (D-Ore.) said the plan was "dead on arrival" in the House.`,
      ["partial", "Dana Cole", "dead on arrival"],
    ],
    [
      "a party-state note before an apposition",
      `Sen. Ivo Marsh (R-Utah), chair of the budget panel, said the bill was "a fiscal fantasy" and nothing more.`,
      ["partial", "Ivo Marsh", "a fiscal fantasy"],
    ],
    [
      "an organisation and a role noun before the name",
      `"This is a week where every minute counts," said GOP strategist Keith Nahler, a veteran of five campaigns.`,
      ["direct", "Keith Nahler", "This is a week where every minute counts,"],
    ],
    [
      "an adjective and a role noun before the name",
      `"The negatives keep rising," said Democratic pollster Stan Gorder.`,
      ["direct", "Stan Gorder", "The negatives keep rising,"],
    ],
    [
      "a leading adjunct with a weekday before the subject",
      `In a statement released Thursday, Rep. Hana Jeffs (D-N.Y.) reacted to the news, saying: "He should be in prison."`,
      ["direct", "Hana Jeffs", "He should be in prison."],
    ],
    [
      "a wire dateline before the subject",
      `RIVERTON — Sen. Carl Grasso on Wednesday praised the judge and said the ruling was "a wise decision" for the state.`,
      ["partial", "Carl Grasso", "a wise decision"],
    ],
  ] as const)("credits %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it("never credits a weekday", () => {
    const speakers = extractText(`${INTRO}\n\nOn Thursday, Brennick replied, saying: "We are ready."`).quotes.map((q) => q.speaker.name);
    expect(speakers).not.toContain("Thursday");
  });
});

describe('reported speech beyond "said that"', () => {
  it.each([
    [
      "a relative clause that attributes",
      "The council heard from Ada Fenn, who also said the harbour fees were too high.",
      ["indirect", "Ada Fenn", "the harbour fees were too high"],
    ],
    [
      '", saying that …" after a narrative clause',
      "Vasko defended the plan, saying that the fees would pay for new cranes.",
      ["indirect", "Tom Vasko", "the fees would pay for new cranes"],
    ],
    [
      '", adding that …" after a direct quote',
      `"We have no choice," Vasko said, adding that the port had lost money for three years.`,
      ["indirect", "Tom Vasko", "the port had lost money for three years"],
    ],
    [
      'an admission without "that"',
      "Fenn admitted the numbers were worse than expected.",
      ["indirect", "Ada Fenn", "the numbers were worse than expected"],
    ],
    [
      'an acknowledgement with "that"',
      "Brennick acknowledged that the traders had missed a deadline.",
      ["indirect", "Orla Brennick", "the traders had missed a deadline"],
    ],
    ["a warning", "Fenn warned that prices would rise in the spring.", ["indirect", "Ada Fenn", "prices would rise in the spring"]],
    ["a promise", "Vasko promised that the cranes would arrive by June.", ["indirect", "Tom Vasko", "the cranes would arrive by June"]],
    [
      "two coordinated verbs where the second reports",
      "Brennick condemned the closure and said the traders would sue the port.",
      ["indirect", "Orla Brennick", "the traders would sue the port"],
    ],
    [
      "what a speaker told an outlet she believed",
      "Brennick told the Harbour Gazette she believed the deal was dead.",
      ["indirect", "Orla Brennick", "the deal was dead"],
    ],
    [
      "a hope, which keeps its verb",
      "Fenn said she hoped both sides would reach a deal.",
      ["indirect", "Ada Fenn", "she hoped both sides would reach a deal"],
    ],
    [
      "an attribution inside the clause (the longer piece)",
      "Whatever the traders decide, Fenn said, the port will reopen under new owners next year.",
      ["indirect", "Ada Fenn", "the port will reopen under new owners next year"],
    ],
    [
      "a listener with a place and a time",
      "Fenn told the Gazette of Riverton last week she would rather sell the boat than pay the fee.",
      ["indirect", "Ada Fenn", "she would rather sell the boat than pay the fee"],
    ],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    const intro = `${INTRO} Tom Vasko, the mayor, was there. Ada Fenn, a fisher, came too.`;
    expect(quotesOf(`${intro}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it("credits a statement made jointly to both bodies", () => {
    const text = `${INTRO}\n\nIn a joint statement, the Harbour Traders Association and the Port Workers Union said the closure was illegal.`;
    expect(quotesOf(text)).toContainEqual(["indirect", "Harbour Traders Association and Port Workers Union", "the closure was illegal"]);
  });

  it.each([
    ["with a possessive", "Mayor Tom Vasko's chief policy aide defended the plan, saying that the port would stay open."],
    ["with the possessive left out", "Mayor Tom Vasko chief policy aide defended the plan, saying that the port would stay open."],
  ])("credits the aide a name qualifies, never the person named (%s)", (_name, text) => {
    const quote = extractText(text).quotes[0];
    expect([quote?.speaker.name, quote?.text]).toEqual([null, "the port would stay open"]);
  });

  it.each([
    ["a denial (its clause is what the speaker says is false)", "Vasko denied that the port had been sold."],
    ["an object that names no statement", "Vasko denied the report."],
    ["a noun that looks like a verb", "As Soviet states and neighbours, the two ports fell victim to the war."],
    ["a gerund that looks like a name", "Running counter to all that is the port's plan to cut the fees."],
    ["a past participle", "The notes written in the margins were never read."],
    ["a verb in a leading subordinate clause", "Though Vasko maintains a large lead over the council, a narrow vote would hurt him."],
    ['a verb inside "what they said"', "The traders focused on what they said was the need to keep the harbour open."],
  ])("reads no reported speech in %s", (_name, sentence) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`).filter(([kind]) => kind === "indirect")).toEqual([]);
  });
});

describe("calls and promises", () => {
  it.each([
    [
      "an urging",
      "Vasko urged the traders to accept the offer before the end of the month.",
      ["indirect", "Tom Vasko", "the traders to accept the offer before the end of the month"],
    ],
    [
      "a call on someone",
      "Brennick called on the mayor to resign over the closure.",
      ["indirect", "Orla Brennick", "the mayor to resign over the closure"],
    ],
    [
      "a call for something to happen",
      "Brennick is calling for the port to reopen under public ownership.",
      ["indirect", "Orla Brennick", "the port to reopen under public ownership"],
    ],
    ["a vow", "Vasko has vowed to keep the harbour open all winter.", ["indirect", "Tom Vasko", "to keep the harbour open all winter"]],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO} Tom Vasko, the mayor, was there.\n\n${paragraph}`)).toContainEqual(expected);
  });

  it.each([
    ["a request to comment", "When asked to comment on the closure, Vasko walked away."],
    ["a demand with no infinitive", "Brennick called for a ban on night fishing."],
  ])("reads no call in %s", (_name, sentence) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`)).toEqual([]);
  });
});

describe("speakers by role", () => {
  const intro = "Finnish President Aino Lehtinen met the board on Monday. Sara Holm, the foreign minister, was there.";
  it.each([
    ["the president", "The president said the talks had failed.", ["indirect", "Aino Lehtinen", "the talks had failed"]],
    ["the minister", "The minister said the port would reopen in May.", ["indirect", "Sara Holm", "the port would reopen in May"]],
    [
      "the title with its adjective",
      "The Finnish president said she would stay in office.",
      ["indirect", "Aino Lehtinen", "she would stay in office"],
    ],
  ] as const)("credits %s to the holder the article named", (_name, paragraph, expected) => {
    expect(quotesOf(`${intro}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it.each([
    [
      "the ministry",
      "The ministry said the rules would take effect in May.",
      ["indirect", "Ministry of Health", "the rules would take effect in May"],
    ],
    ["the company", "The company said it would comply with the rules.", ["indirect", "Kestrel Foods", "it would comply with the rules"]],
  ] as const)("credits %s to the body the article named", (_name, paragraph, expected) => {
    const text = `The Ministry of Health published new rules on Monday. Kestrel Foods also reacted.\n\n${paragraph}`;
    expect(quotesOf(text)).toContainEqual(expected);
  });

  it("keeps an unnamed title unnamed when the article names no holder", () => {
    expect(quotesOf("The talks ended on Monday.\n\nThe spokesman said the port would reopen in May.")).toEqual([
      ["indirect", "(spokesman)", "the port would reopen in May"],
    ]);
  });

  it("prefers an unnamed speaker introduced earlier over a named holder of the title", () => {
    const text = `${intro} A port spokesman met reporters.\n\nThe spokesman said the port would reopen in May.`;
    expect(quotesOf(text)).toContainEqual(["indirect", "(port spokesman)", "the port would reopen in May"]);
  });
});

describe("speakers after a quote and around appositions", () => {
  const intro =
    "Nate Sill, a forecaster, wrote a blog post. Melia Verr was there. Clara Dunn spoke. Senator Lin Graves, Republican of South Carolina, met voters. Harry M. Rand spoke too.";
  it.each([
    [
      "initials and a party-state note between the quote and the verb",
      `"Pfizer is gaming the system," Senate Minority Leader Harry M. Rand (D-Nev.) said in a statement.`,
      ["direct", "Harry M. Rand", "Pfizer is gaming the system,"],
    ],
    [
      "a name, then a long apposition, then the verb",
      `"The campaign needs a strategy for those voters," Nate Sill, the polling guru who founded a forecasting site tweeted on Wednesday.`,
      ["direct", "Nate Sill", "The campaign needs a strategy for those voters,"],
    ],
    [
      "a relative clause as the apposition",
      `"This position has always been a hard one," Melia Verr, who served as chief of staff during the last administration, told a network.`,
      ["direct", "Melia Verr", "This position has always been a hard one,"],
    ],
    ["a verb that only attributes quotes", `"Would it be negotiable?" Sill pressed.`, ["direct", "Nate Sill", "Would it be negotiable?"]],
    [
      "an adverbial between subject and verb",
      `Clara Dunn, during a town hall meeting in Columbus, Ohio, said she would "put miners out of work" soon.`,
      ["partial", "Clara Dunn", "put miners out of work"],
    ],
    [
      "a party apposition that names a state",
      "Senator Lin Graves, Republican of South Carolina, said on Sunday that the mayor had crossed another line.",
      ["indirect", "Lin Graves", "the mayor had crossed another line"],
    ],
    [
      "a colon after a subordinate clause with its own verb",
      `When Sill suggested that the city would sue, Dunn fired back: "They are going to lose."`,
      ["direct", "Clara Dunn", "They are going to lose."],
    ],
  ] as const)("credits %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${intro}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it('never takes a campaign or a company as the antecedent of "she"', () => {
    const text = `${intro}\n\nThe Dunn campaign issued a statement on Monday.\n\n"We have had a city poisoned," she said.`;
    expect(extractText(text).quotes[0]?.speaker.description).not.toBe("Dunn campaign");
  });
});

describe("quotes introduced before the words", () => {
  const intro = "Mara Lind spoke. Paul Sperr of Counter Watch spoke too. Tom Vasko, the mayor, was there.";
  it.each([
    [
      "a relative clause with a verb of calling",
      `Critics of the plan included the mayor, Tom Vasko, who called the port "an utter disgrace to the city."`,
      ["partial", "Tom Vasko", "an utter disgrace to the city."],
    ],
    [
      'a leading "according to"',
      `According to Paul Sperr of Counter Watch, "The harbour has been quietly sold to a private fund."`,
      ["direct", "Paul Sperr", "The harbour has been quietly sold to a private fund."],
    ],
    [
      "an inverted verb opening the sentence",
      `Said Vasko, "The thought that an error on our part is connected to this is painful."`,
      ["direct", "Tom Vasko", "The thought that an error on our part is connected to this is painful."],
    ],
    [
      "a narrative clause and a comma",
      `After the governor criticized the port, Lind shot back, "I suppose I could have stayed home, but I chose to fight."`,
      ["direct", "Mara Lind", "I suppose I could have stayed home, but I chose to fight."],
    ],
    [
      '"pointed out"',
      `As the Gazette's Mara Lind pointed out in December, "In the week before the vote, the council will have chances to change it."`,
      ["direct", "Mara Lind", "In the week before the vote, the council will have chances to change it."],
    ],
  ] as const)("credits %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${intro}\n\n${paragraph}`)).toContainEqual(expected);
  });
});

describe("more subjects and clauses of reported speech", () => {
  it.each([
    [
      "a city and state closing an apposition",
      "Rachel Birch, a philanthropist from Monsey, New York, said the speeches had led her to count two candidates out.",
      ["indirect", "Rachel Birch", "the speeches had led her to count two candidates out"],
    ],
    [
      "a share of those asked",
      "Almost half said they wanted a mayor from outside the council.",
      ["indirect", "(Almost half)", "they wanted a mayor from outside the council"],
    ],
    [
      "a plural pronoun and a bare verb",
      "Many harbour officials say they expect the port to reopen.",
      ["indirect", "(harbour officials)", "they expect the port to reopen"],
    ],
    [
      "a publication",
      "The magazine said the winning recipe has correctly predicted the vote.",
      ["indirect", "(magazine)", "the winning recipe has correctly predicted the vote"],
    ],
    [
      "a negative contraction",
      "Tom Vasko has said he doesn't plan to stage a debate.",
      ["indirect", "Tom Vasko", "he doesn't plan to stage a debate"],
    ],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(paragraph)).toContainEqual(expected);
  });

  it("keeps the name that follows a plain apposition", () => {
    const text =
      "In a statement to the Daily Ledger, the airline's chief executive, Helen Marsh, said the company had refunded most customers.";
    expect(quotesOf(text)).toContainEqual(["indirect", "Helen Marsh", "the company had refunded most customers"]);
  });
});

describe("texts that speak for their authors", () => {
  it.each([
    [
      "a message that reads",
      `"Your new home is waiting," a welcome message on the website reads.`,
      ["direct", "(welcome message)", "Your new home is waiting,"],
    ],
    [
      "a website that explains",
      `"A slow economy has us on an unsustainable path," the website explains.`,
      ["direct", "(website)", "A slow economy has us on an unsustainable path,"],
    ],
    ["a note that says", `"You are a total loser!" the note says.`, ["direct", "(note)", "You are a total loser!"]],
    [
      'an inverted "reads"',
      `"There is more spine in a jellyfish," reads a Wednesday editorial in the Daily Ledger.`,
      ["direct", "(Wednesday editorial)", "There is more spine in a jellyfish,"],
    ],
  ] as const)("credits %s", (_name, paragraph, expected) => {
    expect(quotesOf(`The island set up a website for new residents.\n\n${paragraph}`)).toContainEqual(expected);
  });
});

describe("reports with a time, a progressive or a setting before the clause", () => {
  const intro = "Tom Vasko, the mayor, spoke. Ted Crane spoke too. Hana Moss spoke.";
  it.each([
    [
      "a time between subject and verb",
      "GOP rival Ted Crane on Wednesday announced that he was choosing a new running mate.",
      ["indirect", "Ted Crane", "he was choosing a new running mate"],
    ],
    [
      "a progressive verb",
      "Vasko is arguing that a federal judge cannot be relied on to do his job.",
      ["indirect", "Tom Vasko", "a federal judge cannot be relied on to do his job"],
    ],
    [
      'a participle with a setting before "that"',
      "Moss reprimanded him, saying at a church in Cleveland that the mayor had answered the family with disrespect.",
      ["indirect", "Hana Moss", "the mayor had answered the family with disrespect"],
    ],
    [
      '"while also saying that" after a quote',
      `"I will get used to it," Vasko added, while also saying that he expects to do well with young voters.`,
      ["indirect", "Tom Vasko", "he expects to do well with young voters"],
    ],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${intro}\n\n${paragraph}`)).toContainEqual(expected);
  });
});
