import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { THRESHOLD, WEIGHTS } from "../../../src/query/ask/judge.ts";
import { buildResult } from "../../../src/query/ask/result.ts";

const README = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");

describe("the decision table", () => {
  it("is written in the README with the same features, weights and threshold as the code", () => {
    for (const [feature, weight] of Object.entries(WEIGHTS)) {
      expect(README, feature).toMatch(new RegExp(`\\|\\s*\`${feature}\`\\s*\\|\\s*${weight}\\s*\\|`));
    }
    expect(README).toMatch(new RegExp(`threshold\\*\\*\\s*\\|\\s*${THRESHOLD}\\s*\\|`));
  });
});

describe("the resolved-date note", () => {
  it("is said once per answer, at its first use", () => {
    const line = (text: string) => ({ text, facts: [] });
    const note = `("on Friday", dated from the article's publication day)`;
    const result = buildResult([line(`A said on 3 May 2024 ${note}: "x".`), line(`B said on 3 May 2024 ${note}: "y".`)], true, []);
    expect(result.answer.split("dated from the article's publication day")).toHaveLength(2);
    expect(result.answer).toContain(`B said on 3 May 2024 ("on Friday"): "y".`);
  });
});
