import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../src/log/logger.ts";
import { createSecretMask, maskDeep, maskingStream, SECRET_MASK } from "../../../src/log/secret-mask.ts";

describe("secret mask", () => {
  it("replaces every configured secret by value, longest first, and leaves short or missing values alone", () => {
    const mask = createSecretMask(["xoxb-123-abc", "xoxb-123-abc-longer", undefined, "abc", "sk-llm-key-999"]);
    expect(mask("got Bearer xoxb-123-abc-longer and xoxb-123-abc, key=sk-llm-key-999, abc stays")).toBe(
      `got Bearer ${SECRET_MASK} and ${SECRET_MASK}, key=${SECRET_MASK}, abc stays`,
    );
    expect(createSecretMask([])("nothing to hide")).toBe("nothing to hide");
  });

  it("masks what is written through a stream, keeping the terminal's width and tty flag", () => {
    const target = Object.assign(new PassThrough(), { columns: 77, isTTY: true });
    let seen = "";
    target.on("data", (chunk) => {
      seen += String(chunk);
    });
    const stream = maskingStream(target, createSecretMask(["xapp-secret-1"]));
    stream.write("error: token xapp-secret-1 refused\n");
    stream.write(Buffer.from("again xapp-secret-1\n"));
    expect(seen).toBe(`error: token ${SECRET_MASK} refused\nagain ${SECRET_MASK}\n`);
    expect((stream as unknown as { columns: number }).columns).toBe(77);
    expect((stream as unknown as { isTTY: boolean }).isTTY).toBe(true);
  });

  it("masks every string inside a Document-shaped value and keeps everything else", () => {
    const doc = {
      summary: "key sk-llm-key-999",
      blocks: [{ type: "paragraph", text: "echo sk-llm-key-999", cites: [1] }],
      ephemeral: true,
    };
    expect(maskDeep(doc, createSecretMask(["sk-llm-key-999"]))).toEqual({
      summary: `key ${SECRET_MASK}`,
      blocks: [{ type: "paragraph", text: `echo ${SECRET_MASK}`, cites: [1] }],
      ephemeral: true,
    });
  });

  it("is what the logger uses: messages and fields are masked", () => {
    const out = new PassThrough();
    let seen = "";
    out.on("data", (chunk) => {
      seen += String(chunk);
    });
    createLogger({ level: "info", out, secrets: ["signing-secret-xyz"] }).warn("failed with signing-secret-xyz", {
      error: new Error("echo: signing-secret-xyz"),
    });
    expect(seen).not.toContain("signing-secret-xyz");
    expect(seen.split(SECRET_MASK)).toHaveLength(3);
  });
});
