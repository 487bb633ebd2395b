import { describe, expect, it } from "vitest";
import { InputArgSchema } from "../../../src/ingest/input-arg.ts";

describe("ingest arguments", () => {
  it.each([
    ["-", { kind: "stdin" }],
    ["articles/", { kind: "path", path: "articles/" }],
    ["notes: draft.md", { kind: "path", path: "notes: draft.md" }],
    ["https://courier.example/news/a", { kind: "url", url: "https://courier.example/news/a" }],
    ["HTTP://Courier.Example", { kind: "url", url: "http://courier.example/" }],
  ])("reads %s", (arg, expected) => {
    expect(InputArgSchema.parse(arg)).toEqual(expected);
  });

  it.each([
    ["ftp://courier.example/a.txt", "only http(s) URLs can be ingested, not ftp://"],
    ["file:///etc/hostname", "only http(s) URLs can be ingested, not file://"],
    ["https://", "not a valid URL"],
  ])("refuses %s", (arg, message) => {
    const result = InputArgSchema.safeParse(arg);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
