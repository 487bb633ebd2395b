import { partialDateLabel } from "../../domain/date-label.ts";
import type { QuoteItem, WhoSaidPerson, WhoSaidPhrase } from "../../query/types.ts";
import type { Block, Document } from "../document.ts";
import { COMPOSE_CAPS, take } from "./caps.ts";
import { createCitations } from "./citations.ts";
import type { ComposeOptions } from "./compose-brief.ts";
import { plural } from "./dates.ts";
import { FOLLOW_UP_HINT, moreBlock, section } from "./parts.ts";
import { isVerbatim, quoteBlock, speakerName } from "./quotes.ts";

/** `/brief who <name>`: verbatim quotes first, then reported speech, each with date, outlet and source. */
export function composeWhoPerson(result: WhoSaidPerson, options: ComposeOptions = {}): Document {
  const { person } = result;
  const command = `/brief who ${result.query} --all`;
  const citations = createCitations();
  const verbatim = result.quotes.filter(isVerbatim);
  const reported = result.quotes.filter((quote) => !isVerbatim(quote));
  const counts = [plural(verbatim.length, "quote"), `${reported.length} reported`].join(", ");
  const roles = person.roles.slice(0, 2).join("; ");
  const blocks: Block[] = [
    { type: "heading", text: `What ${person.name} said` },
    { type: "context", text: [roles, counts].filter(Boolean).join(" · ") },
  ];
  // why: the cap applies to the whole answer, verbatim words first, so reported speech is what gets cut.
  const shown = take(result.quotes, COMPOSE_CAPS.whoQuotes, options.all ?? false);
  const shownVerbatim = shown.shown.filter(isVerbatim);
  const shownReported = shown.shown.filter((quote) => !isVerbatim(quote));
  blocks.push(
    ...section(
      "In their words",
      shownVerbatim.map((quote) => quoteBlock(quote, citations, { withName: false })),
    ),
  );
  blocks.push(
    ...section(
      "Reported",
      shownReported.map((quote) => quoteBlock(quote, citations, { withName: false })),
    ),
  );
  blocks.push(...moreBlock(shown.left, command));
  if (result.quotes.length === 0) blocks.push({ type: "paragraph", text: `The articles name ${person.name} but quote nothing they said.` });
  blocks.push(...section("Sources", [citations.block()]));
  if (result.otherMatches.length > 0) {
    blocks.push({ type: "hint", text: `Also matching "${result.query}": ${result.otherMatches.join(", ")}.` });
  }
  blocks.push({ type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `What ${person.name} said: ${counts}`, blocks, more: command };
}

/** `/brief who "<phrase>"`: who said it, the full quote, when and where it was reported. */
export function composeWhoPhrase(result: WhoSaidPhrase, options: ComposeOptions = {}): Document {
  const citations = createCitations();
  const [best, ...others] = result.matches;
  if (!best) {
    return {
      summary: `Nobody is quoted saying "${result.query}"`,
      blocks: [{ type: "paragraph", text: `Nobody in the articles is quoted saying "${result.query}".` }],
      ephemeral: true,
    };
  }
  const who = speakerName(best.quote);
  const blocks: Block[] = [
    { type: "heading", text: `Who said “${result.query}”` },
    { type: "paragraph", text: saidLine(best.quote, best.score), cites: [citations.cite(best.quote.citation)] },
    quoteBlock(best.quote, citations),
  ];
  const more = take(others, COMPOSE_CAPS.phraseMatches - 1, options.all ?? false);
  blocks.push(
    ...section(
      "Close matches",
      more.shown.map((match) => quoteBlock(match.quote, citations)),
    ),
  );
  blocks.push(...moreBlock(more.left, `/brief who "${result.query}" --all`));
  blocks.push(...section("Sources", [citations.block()]));
  blocks.push({ type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `${who} said “${result.query}”`, blocks };
}

/** "Ada Lovelace said it on 27 Mar 2022 (“on Sunday”), reported by The Courier via Wire Service." */
function saidLine(quote: QuoteItem, score: number): string {
  const who = quote.speaker.name ?? quote.speaker.description ?? "An unnamed speaker";
  const role = quote.speaker.name && quote.speaker.role ? `, ${quote.speaker.role},` : "";
  // why: a date resolved from "on Sunday" says so, so the reader knows it was worked out, not printed.
  const phrase = quote.saidOn?.phrase && quote.saidOn.basis !== "explicit" ? ` (“${quote.saidOn.phrase}”)` : "";
  const when = quote.saidOn ? ` on ${partialDateLabel(quote.saidOn.date)}${phrase}` : "";
  const via = quote.via && quote.via !== quote.citation.source ? ` via ${quote.via}` : "";
  const reworded = score < 1 ? " (closest wording)" : "";
  const verb = isVerbatim(quote) ? "said it" : "said words to that effect";
  return `${who}${role} ${verb}${when}, reported by ${quote.citation.source} on ${partialDateLabel(quote.citation.published)}${via}${reworded}.`;
}
