import { describe, expect, it } from "vitest";
import type { DiscordRender } from "../../../src/adapters/discord/types.ts";
import type { SlackRender } from "../../../src/adapters/slack/types.ts";
import { renderDiscord } from "../../../src/render/discord/render-discord.ts";
import { renderSlack } from "../../../src/render/slack/render-slack.ts";
import { SAMPLE_BRIEF } from "./sample-brief.ts";

describe("the renderers plug into the adapters' render ports", () => {
  it("renderSlack is a SlackRender and renderDiscord a DiscordRender", () => {
    const slack: SlackRender = renderSlack;
    const discord: DiscordRender = renderDiscord;
    expect(slack(SAMPLE_BRIEF).length).toBe(1);
    expect(discord(SAMPLE_BRIEF).length).toBe(1);
  });
});
