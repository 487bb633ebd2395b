import { describe, expect, it } from "vitest";
import { extractText, quotesOf } from "./helpers.ts";

const INTRO = "Maria Lindqvist, the head of the Northern Rail Union, spoke after the meeting.";

describe("quotes and their speakers", () => {
  it.each([
    ['a quote before "X said"', `"We will strike," Lindqvist said.`, ["direct", "Maria Lindqvist", "We will strike,"]],
    ['a quote before "said X"', `"We will strike," said Lindqvist.`, ["direct", "Maria Lindqvist", "We will strike,"]],
    ['"X said," before the quote', `Lindqvist said, "We will strike."`, ["direct", "Maria Lindqvist", "We will strike."]],
    ['"X said:" before the quote', `Lindqvist said: "We will strike."`, ["direct", "Maria Lindqvist", "We will strike."]],
    ['a quote and "X added"', `"The talks are over" Lindqvist added.`, ["direct", "Maria Lindqvist", "The talks are over"]],
    ["a pronoun after the quote", `"We will strike," she said.`, ["direct", "Maria Lindqvist", "We will strike,"]],
    ['an outlet after "tells"', `"We will strike," Lindqvist tells the Daily Herald.`, ["direct", "Maria Lindqvist", "We will strike,"]],
    [
      '"told reporters" with a day',
      `"We will strike," Lindqvist told reporters on Saturday.`,
      ["direct", "Maria Lindqvist", "We will strike,"],
    ],
  ])("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it("splits a quote broken by its attribution into two with the same speaker", () => {
    expect(quotesOf(`${INTRO}\n\n"We tried," she says. "They refused."`)).toEqual([
      ["direct", "Maria Lindqvist", "We tried,"],
      ["direct", "Maria Lindqvist", "They refused."],
    ]);
  });

  it("gives a quote paragraph with no attribution to the previous paragraph's speaker", () => {
    const quotes = quotesOf(`${INTRO}\n\n"We tried everything," Lindqvist said.\n\n"Nobody listened to us, not once."`);
    expect(quotes[1]).toEqual(["direct", "Maria Lindqvist", "Nobody listened to us, not once."]);
  });

  it("gives an answer after an interviewer's bare question to the interviewee", () => {
    const text = `${INTRO}\n\n"We will strike," Lindqvist says.\n\nWill the members follow?\n\n"Every one of them."`;
    expect(quotesOf(text).at(-1)).toEqual(["direct", "Maria Lindqvist", "Every one of them."]);
  });

  it("gives a quote to the person the sentence before it, in the same paragraph, is about", () => {
    const text = `${INTRO}\n\n"She is wrong," Tomas Berg says.\n\nLindqvist laughs at that. "He says that every year."`;
    expect(quotesOf(text).at(-1)).toEqual(["direct", "Maria Lindqvist", "He says that every year."]);
  });

  it("reads a quote that runs over several paragraphs, one quote per paragraph", () => {
    const text = `${INTRO}\n\n“We tried everything,” Lindqvist said. “We wrote letters.\n\n“We marched.\n\n“Nobody listened.”`;
    expect(quotesOf(text).map(([, speaker, quote]) => [speaker, quote])).toEqual([
      ["Maria Lindqvist", "We tried everything,"],
      ["Maria Lindqvist", "We wrote letters."],
      ["Maria Lindqvist", "We marched."],
      ["Maria Lindqvist", "Nobody listened."],
    ]);
  });

  it.each([
    [
      "a second partial quote joined by a conjunction",
      `Lindqvist called the offer "an insult" and "a provocation".`,
      ["an insult", "a provocation"],
    ],
    [
      'a quote after ", adding:"',
      `Lindqvist said the union would "fight on", adding: "Nobody will be left behind."`,
      ["fight on", "Nobody will be left behind."],
    ],
  ])("gives %s the speaker of the quote before it", (_name, paragraph, texts) => {
    const quotes = quotesOf(`${INTRO}\n\n${paragraph}`).filter(([kind]) => kind !== "indirect");
    expect(quotes).toEqual(texts.map((text) => [expect.any(String), "Maria Lindqvist", text]));
  });

  it("pairs mixed straight and curly quotation marks", () => {
    expect(quotesOf(`${INTRO}\n\n"We will not back down,” Lindqvist said.`)).toContainEqual([
      "direct",
      "Maria Lindqvist",
      "We will not back down,",
    ]);
  });

  it('links "the spokesperson said" to the spokesperson introduced earlier, with no guessed name', () => {
    const text = `On Monday, a Finance Ministry spokesperson confirmed the talks.\n\n"No deal is close," the spokesperson said.`;
    const quote = extractText(text).quotes[0];
    expect(quote?.speaker).toMatchObject({ name: null, description: "Finance Ministry spokesperson" });
    // why: a quote is dated only by its own sentence or attribution, not by the sentence before it
    expect(quote?.saidOn).toBeNull();
  });

  it("keeps an unnamed official unnamed, with the article's description", () => {
    const text = `A senior Treasury official, speaking on condition of anonymity, said the plan was "dead in the water".`;
    expect(extractText(text).quotes[0]?.speaker).toEqual({ name: null, description: "senior Treasury official" });
  });

  it("credits an organisation that speaks", () => {
    expect(quotesOf(`"Safety comes first," the Civil Aviation Authority said in a statement.`)).toContainEqual([
      "direct",
      "Civil Aviation Authority",
      "Safety comes first,",
    ]);
  });

  it("uses the fullest name for a surname and keeps the apposition as the role", () => {
    const text = `Sinan Demir, the director of the Harbour Institute, spoke first.\n\n"Trade is up," Demir said.`;
    expect(extractText(text).quotes[0]?.speaker).toMatchObject({ name: "Sinan Demir", role: "director of the Harbour Institute" });
  });

  it("prefers the speaker after the quote to a name before it", () => {
    const text = `A Defence Ministry spokesman briefed reporters.\n\nGeneral Okoro "is not in charge of the operation," the spokesman said.`;
    expect(extractText(text).quotes[0]?.speaker).toMatchObject({ name: null, description: "Defence Ministry spokesman" });
  });

  it.each([
    ['"according to" a wire service', `"We will strike," Lindqvist said, according to Reuters.`, "Reuters"],
    ['"told" a newspaper', `Lindqvist told the Evening Post that the strike would go ahead.`, "Evening Post"],
    [
      '"in a statement to" an agency',
      `In a statement to the Associated Press, Lindqvist said the strike would go ahead.`,
      "Associated Press",
    ],
    ["said to the article's own outlet", `"We will strike," Lindqvist tells Test Gazette.`, null],
    ["said to reporters", `"We will strike," Lindqvist told reporters.`, null],
  ])("sets via for %s", (_name, paragraph, via) => {
    expect(extractText(`${INTRO}\n\n${paragraph}`).quotes[0]?.via).toBe(via);
  });
});

describe("indirect speech", () => {
  it.each([
    ["X said that …", "Lindqvist said that the union would strike on Friday.", "the union would strike on Friday"],
    ["X added that …", "Lindqvist added that members had voted overwhelmingly.", "members had voted overwhelmingly"],
    ["X has maintained that …", "Lindqvist has maintained that the offer is unfair to drivers.", "the offer is unfair to drivers"],
    ['X says … without "that"', "Lindqvist says the offer is unfair to drivers.", "the offer is unfair to drivers"],
    ["…, X notes.", "The offer is unfair to drivers, she notes.", "The offer is unfair to drivers"],
    ["…, officials said.", "The line will reopen within a week, officials said.", "The line will reopen within a week"],
    ["X say … with a number", "Forecasters say up to 40mm could fall by Wednesday.", "up to 40mm could fall by Wednesday"],
  ])("reads %s", (_name, sentence, clause) => {
    const quote = extractText(`${INTRO}\n\n${sentence}`).quotes.find((q) => q.kind === "indirect");
    expect(quote?.text).toBe(clause);
  });

  it("does not read a verb with a plain object as a trailing attribution", () => {
    const text = "In remarks on the state of the talks, union officials have hinted at both progress and obstacles in the negotiations.";
    expect(extractText(text).quotes).toEqual([]);
  });

  it("reads a trailing attribution with the setting of the words", () => {
    const text = "The line will reopen within a week, the operator said in a statement on its website.";
    expect(extractText(text).quotes[0]?.text).toBe("The line will reopen within a week");
  });

  it("splits two reported clauses with their own speakers", () => {
    const text =
      "The ministry said the minister had been told by telephone that the line was safe and the operator said it was running trains again.";
    const quotes = extractText(text).quotes.map((q) => [q.speaker.description, q.text]);
    expect(quotes).toEqual([
      ["ministry", "the minister had been told by telephone that the line was safe"],
      ["operator", "it was running trains again"],
    ]);
  });
});

describe("quotation marks that are not speech", () => {
  it.each([
    ["a scare quote", `The so-called "peace dividend" never arrived.`],
    ["a film title", `The film "Harbour Lights" opened in 1998.`],
    ["a nickname", `Daniel "Danny" Brooks runs the café.`],
    ["a nickname used as a name", `He was nicknamed "Big Tom" by rivals on the council.`],
  ])("ignores %s", (_name, text) => {
    expect(quotesOf(text).filter(([kind]) => kind !== "indirect")).toEqual([]);
  });
});

describe("speakers in other news styles", () => {
  it.each([
    ["a name set off after a description", `"We lost everything," said one resident, Maria Gomez, 54.`, "Maria Gomez"],
    ["a name set off after any description", `"Ask the bosses," said one driver, Kevin O'Rourke.`, "Kevin O'Rourke"],
    ["a legislator with party and state", `Sen. Judith Moreau, R-Vt., said: "We were close."`, "Judith Moreau"],
    ["a title after an institution word", `"It is a stunt," Senate Majority Leader Carl Brennan said.`, "Carl Brennan"],
    ["a colon after a clause about the speaker", `Olena Kovalenko is defiant: "I am not leaving."`, "Olena Kovalenko"],
    ["a description set off before the name", `"Rescue work is ongoing," the regional governor, Serhiy Lysak, wrote.`, "Serhiy Lysak"],
    ['a person "of" a place', `Sen. Dale Whitcomb of Wyoming, who voted against it, said: "It is a stunt."`, "Dale Whitcomb"],
  ])("reads %s", (_name, text, speaker) => {
    expect(extractText(text).quotes[0]?.speaker.name).toBe(speaker);
  });

  it("keeps a sentence-initial plural role noun unnamed", () => {
    expect(extractText("Officials said the river crested on Sunday night.").quotes[0]?.speaker).toEqual({
      name: null,
      description: "Officials",
    });
  });

  it('reads "wrote on Telegram that" and a listener before "that"', () => {
    const quotes = extractText(
      "Governor Serhiy Lysak wrote on Telegram that two people were killed.\n\nEconomist Grant Fitz told the BBC's Today programme that food prices had driven inflation.",
    ).quotes;
    expect(quotes.map((q) => [q.text, q.via])).toEqual([
      ["two people were killed", null],
      ["food prices had driven inflation", "BBC"],
    ]);
  });

  it("does not attribute a quote that ends its sentence to the next sentence's speaker", () => {
    const quotes = extractText(
      'Dana Webb spoke first. "We are nearly there." Prices rose, the company said in a statement on Monday.',
    ).quotes;
    expect(quotes.find((q) => q.kind === "direct")?.speaker.name).toBe("Dana Webb");
  });
});

describe("pronouns and the genders an article states", () => {
  it('skips a man the article calls "he" when resolving "she"', () => {
    const text =
      'Olena Kovalenko has lived here for decades. Her neighbour, Petro Shevchuk, said he would stay too.\n\n"I am not leaving," she said.';
    expect(extractText(text).quotes.at(-1)?.speaker.name).toBe("Olena Kovalenko");
  });

  it("uses an honorific as the article's statement of gender", () => {
    const text = 'Ms. Dana Webb and Mr. Tom Hale met on Monday. Mr. Hale left early.\n\n"We agreed on nothing," she said.';
    expect(extractText(text).quotes[0]?.speaker.name).toBe("Dana Webb");
  });
});

describe("single quotation marks", () => {
  it.each([
    ["curly marks before the attribution", `‘We will strike,’ Lindqvist said.`, [["direct", "Maria Lindqvist", "We will strike,"]]],
    ["straight marks after the attribution", `Lindqvist said: 'We will strike.'`, [["direct", "Maria Lindqvist", "We will strike."]]],
    [
      "a quote split by its attribution",
      `'We're ready,' said Lindqvist. 'They don't want to talk.'`,
      [
        ["direct", "Maria Lindqvist", "We're ready,"],
        ["direct", "Maria Lindqvist", "They don't want to talk."],
      ],
    ],
    [
      "a plural possessive inside the quote",
      `‘The drivers’ patience has run out,’ she said.`,
      [["direct", "Maria Lindqvist", "The drivers’ patience has run out,"]],
    ],
    [
      "an elision inside the quote",
      `'We've played rock 'n' roll here since the '90s,' she said.`,
      [["direct", "Maria Lindqvist", "We've played rock 'n' roll here since the '90s,"]],
    ],
    [
      "double marks nested in single ones",
      `‘They called our plan “reckless” and left,’ she said.`,
      [["direct", "Maria Lindqvist", "They called our plan “reckless” and left,"]],
    ],
    [
      "straight marks nested in straight ones",
      `Lindqvist said: 'The drivers' pay rose in '23 and 'the offer stands'.'`,
      [["direct", "Maria Lindqvist", "The drivers' pay rose in '23 and 'the offer stands'."]],
    ],
    [
      "single marks nested in double ones",
      `"He told me 'never again', and I believed him," she said.`,
      [["direct", "Maria Lindqvist", "He told me 'never again', and I believed him,"]],
    ],
  ])("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`).filter(([kind]) => kind !== "indirect")).toEqual(expected);
  });

  it.each([
    ["apostrophes in words and names", "Lindqvist's union won't sign, and O'Neill's drivers agree."],
    ["a plural possessive and a decade", "The drivers' pay has not risen since the '90s, Lindqvist says."],
    ["rock 'n' roll", "The union hall hosted rock 'n' roll nights in the ’80s."],
    ["a crosshead in quotation marks", "‘A slow-motion strike’"],
  ])("does not read %s as a quote", (_name, paragraph) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`).filter(([kind]) => kind !== "indirect")).toEqual([]);
  });
});

describe("single quotation marks in an article that quotes in double marks", () => {
  it("keeps the double-quoted speech when apostrophes look like single marks around it", () => {
    const text = `${INTRO}\n\n"We are ready," she said.\n\nShe moved to the 'burbs. "We will go," she said, as the drivers' pay fell.`;
    expect(quotesOf(text).filter(([kind]) => kind !== "indirect")).toEqual([
      ["direct", "Maria Lindqvist", "We are ready,"],
      ["direct", "Maria Lindqvist", "We will go,"],
    ]);
  });
});

describe('reported speech credited with "according to"', () => {
  it.each([
    [
      "a person before the clause",
      "According to Lindqvist, the offer is unfair to drivers.",
      "Maria Lindqvist",
      "the offer is unfair to drivers",
    ],
    [
      "a person after the clause",
      "The offer is unfair to drivers, according to Lindqvist.",
      "Maria Lindqvist",
      "The offer is unfair to drivers",
    ],
    [
      "an organisation",
      "More than 4,000 members voted for the strike, according to the Northern Rail Union.",
      "Northern Rail Union",
      "More than 4,000 members voted for the strike",
    ],
    [
      "a source after a leading conjunction",
      "But according to Lindqvist, the offer is unfair to drivers.",
      "Maria Lindqvist",
      "the offer is unfair to drivers",
    ],
    [
      "an outlet, as the speaker",
      "According to the Evening Post, the ministry plans to cut the rail budget.",
      "Evening Post",
      "the ministry plans to cut the rail budget",
    ],
    [
      "unnamed sources, crediting only the last coordinated clause",
      "The talks resumed on Monday, but the union is split, according to two senior members.",
      "(senior members)",
      "the union is split",
    ],
  ])("credits %s", (_name, sentence, speaker, clause) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`)).toContainEqual(["indirect", speaker, clause]);
  });

  it("keeps the postmodifier of an unnamed source in its description", () => {
    const quote = extractText("The talks will resume in May, according to people familiar with the matter.").quotes[0];
    expect([quote?.speaker.description, quote?.text]).toEqual(["people familiar with the matter", "The talks will resume in May"]);
  });

  it("drops a wire dateline's agency tag from the clause", () => {
    const text = "NEW HARBOR, Conn. (MPS) — The plant will close in May, according to the Northern Rail Union.";
    expect(extractText(text).quotes[0]?.text).toBe("The plant will close in May");
  });

  it("does not repeat an outlet that is the speaker as the outlet the words were relayed through", () => {
    const quote = extractText("According to the Evening Post, the ministry plans to cut the rail budget.").quotes[0];
    expect(quote?.via).toBeNull();
  });

  it.each([
    ["a plan", "The line will reopen in May, according to the plan."],
    ["data", "Fares rose by 4 percent last year, according to data from the regulator."],
    ["data compiled by a named firm", "Fares rose by 4 percent last year, according to data compiled by Railstat."],
    ["a letter sent to a board", "The union has pushed for a strike, according to a letter sent to the board in March."],
    ["a clause about the previous sentence", "That is one of several risks for the union, according to Lindqvist."],
    ["a source set inside the clause", "The head of the drivers' section, according to two aides, had offered to resign."],
  ])("credits no one for %s", (_name, sentence) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`)).toEqual([]);
  });
});

describe("inverted attributions after reported speech", () => {
  it.each([
    ['"…, says X"', "The union will strike on Friday, says Lindqvist.", "Maria Lindqvist", "The union will strike on Friday"],
    [
      '"…, said X, apposition"',
      "The union will strike on Friday, said Tomas Berg, a former minister.",
      "Tomas Berg",
      "The union will strike on Friday",
    ],
    ['"…, X says"', "The offer is unfair to drivers, Lindqvist says.", "Maria Lindqvist", "The offer is unfair to drivers"],
  ])("reads %s", (_name, sentence, speaker, clause) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`)).toContainEqual(["indirect", speaker, clause]);
  });

  it('does not read a listener after "told" as an inverted subject', () => {
    const quotes = quotesOf(`${INTRO}\n\nTomas Berg, the transport minister, told the Commons the offer was final.`);
    expect(quotes).toEqual([["indirect", "Tomas Berg", "the offer was final"]]);
  });

  it("does not read a phrase before the subject and verb as the reported clause", () => {
    expect(quotesOf("In the capital, officials said that the talks had failed.")).toEqual([
      ["indirect", "(officials)", "the talks had failed"],
    ]);
  });
});

describe("speakers named by a description", () => {
  it.each([
    [
      '"the company said" after the company is named',
      "Harland Foods makes the trains' catering.\n\nThe contract ends in June, the company said.",
      "Harland Foods",
      "The contract ends in June",
    ],
    [
      '"the union said" after the union is named',
      "The line will close on Friday, the union said.",
      "Northern Rail Union",
      "The line will close on Friday",
    ],
  ])("reads %s", (_name, sentence, speaker, clause) => {
    expect(quotesOf(`${INTRO}\n\n${sentence}`)).toContainEqual(["indirect", speaker, clause]);
  });

  it("credits a spokesman for a named body, not the body", () => {
    const text = `A spokesman for the Northern Rail Union said: "We are ready."\n\nHe added that talks would resume.`;
    expect(extractText(text).quotes.map((q) => [q.speaker.name, q.speaker.description])).toEqual([
      [null, "spokesman for the Northern Rail Union"],
      [null, "spokesman for the Northern Rail Union"],
    ]);
  });

  it.each([["Niamh O'Shea"], ["Ian McAllister"], ["Rosa D’Amato"]])("reads %s as a person", (name) => {
    const text = `${name} runs the shop.\n\n"We are open," she said.`;
    expect(extractText(text).quotes[0]?.speaker.name).toBe(name);
  });
});
