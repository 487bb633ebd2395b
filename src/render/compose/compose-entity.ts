import { partialDateLabel } from "../../domain/date-label.ts";
import type { EntityProfile } from "../../query/types.ts";
import type { Block, Document } from "../document.ts";
import { COMPOSE_CAPS, take } from "./caps.ts";
import { createCitations } from "./citations.ts";
import type { ComposeOptions } from "./compose-brief.ts";
import { formatSpan, plural } from "./dates.ts";
import { FOLLOW_UP_HINT, moreBlock, section } from "./parts.ts";

/** `/brief entity <name>`: who or what it is: roles with sources, other names, when seen, topics. */
export function composeEntity(profile: EntityProfile, options: ComposeOptions = {}): Document {
  const all = options.all ?? false;
  const command = `/brief entity ${profile.query} --all`;
  const citations = createCitations();
  const seen =
    profile.firstSeen === profile.lastSeen ? partialDateLabel(profile.firstSeen) : formatSpan(profile.firstSeen, profile.lastSeen);
  const context = [profile.type, `seen ${seen}`, plural(profile.quoteCount, "quote"), plural(profile.articles.length, "article")];
  const blocks: Block[] = [
    { type: "heading", text: profile.name },
    { type: "context", text: context.join(" · ") },
  ];
  const roles = take(profile.roles, COMPOSE_CAPS.entityRoles, all);
  const roleItems = roles.shown.map((role) => ({ text: role.text, cites: [citations.cite(role.citation)] }));
  blocks.push(...section("Roles", roleItems.length > 0 ? [{ type: "bullets", items: roleItems }] : []));
  blocks.push(...moreBlock(roles.left, command));
  const others = profile.aliases.map((alias) => alias.name).filter((name) => name !== profile.name);
  if (others.length > 0) blocks.push({ type: "paragraph", text: `Also written: ${others.join(", ")}` });
  if (profile.topics.length > 0) blocks.push({ type: "paragraph", text: `Topics: ${profile.topics.join(", ")}` });
  const articles = take(profile.articles, COMPOSE_CAPS.entityArticles, all);
  for (const article of articles.shown) citations.cite(article);
  blocks.push(...section("Sources", [citations.block()]));
  blocks.push(...moreBlock(articles.left, command));
  if (profile.quoteCount > 0 && profile.type === "person")
    blocks.push({ type: "hint", text: `/brief who ${profile.query} shows what they said.` });
  blocks.push({ type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `${profile.name}: ${context.join(", ")}`, blocks, more: command };
}
