import { describe, expect, it } from "vitest";
import { cleanArticleText } from "../../../src/extract/index.ts";

describe("cleaning article text", () => {
  it.each([
    ["an ad slot", "300x250 Ad"],
    ["a bare advertisement marker", "Advertisement"],
    ["a copyright line", "Copyright 2022 Example Radio. To see more, visit"],
    ["an all-rights-reserved line", "© 2021 Example Media Group. All rights reserved."],
    ["a donation plea", "Support independent reporting like this with a gift today."],
    ["a gift appeal", "Make a gift to Harbour Weekly today."],
    ["a scraper notice", "This embed is unavailable. You might need to enable the original module to see it."],
    ["a newsletter prompt", "Sign up for our morning briefing."],
    ["a photo credit", "Photograph: Jane Doe/Example Agency"],
    ["a related-links line", "Related: How the port strike began"],
  ])("drops %s", (_name, line) => {
    expect(cleanArticleText(`The council met on Monday.\n\n${line}\n\nIt voted to rebuild the bridge.`)).toBe(
      "The council met on Monday.\n\nIt voted to rebuild the bridge.",
    );
  });

  it("drops a scraper notice glued to the end of a paragraph", () => {
    expect(cleanArticleText("It voted to rebuild.\n\nThis widget was missing. Reload the page.")).toBe("It voted to rebuild.");
  });

  it("keeps reporting that mentions copyright or gifts in passing", () => {
    const text = "The court ruled on the copyright claim.\n\nShe said the gift of land was generous.";
    expect(cleanArticleText(text)).toBe(text);
  });

  it("normalises line endings and separates paragraphs with one blank line", () => {
    expect(cleanArticleText("One.\r\n\r\n\r\nTwo.  \r\nThree.")).toBe("One.\n\nTwo.\nThree.");
  });
});
