import { describe, expect, it } from "vitest";
import { parseRequestBody } from "../../../../src/adapters/slack/parse-request-body.ts";
import { refuseUnsigned } from "../../../../src/adapters/slack/verify-signature.ts";
import { SIGNING_SECRET, sign } from "../../../support/fake-slack-requests.ts";

const NOW_S = 1_800_000_000;
const signed = (body: string, timestamp: number, secret = SIGNING_SECRET) => {
  const headers = sign(body, secret, timestamp);
  return { rawBody: body, timestamp: headers["x-slack-request-timestamp"], signature: headers["x-slack-signature"] };
};

describe("refuseUnsigned", () => {
  it.each([
    ["now", 0, undefined],
    ["5 minutes ahead", 300, undefined],
    ["5 minutes behind", -300, undefined],
    ["5 minutes and 1 s ahead", 301, /more than 5 minutes/],
    ["an hour ahead", 3600, /more than 5 minutes/],
    ["an hour behind", -3600, /more than 5 minutes/],
  ])("a request stamped %s", (_label, offset, expected) => {
    const reason = refuseUnsigned(signed("a=1", NOW_S + offset), SIGNING_SECRET, NOW_S * 1000);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });

  it("refuses a wrong secret, a changed body, a missing header and a non-numeric timestamp", () => {
    const now = NOW_S * 1000;
    expect(refuseUnsigned(signed("a=1", NOW_S, "other-secret"), SIGNING_SECRET, now)).toMatch(/does not match/);
    expect(refuseUnsigned({ ...signed("a=1", NOW_S), rawBody: "a=2" }, SIGNING_SECRET, now)).toMatch(/does not match/);
    expect(refuseUnsigned({ ...signed("a=1", NOW_S), signature: undefined }, SIGNING_SECRET, now)).toMatch(/missing/);
    expect(refuseUnsigned({ ...signed("a=1", NOW_S), timestamp: "1e9" }, SIGNING_SECRET, now)).toMatch(/not a number/);
  });
});

describe("parseRequestBody", () => {
  const FORM = "application/x-www-form-urlencoded";
  it("reads slash command forms, interaction payloads and event JSON", () => {
    expect(parseRequestBody("command=%2Fbrief&text=hi", FORM)).toEqual({ command: "/brief", text: "hi" });
    expect(parseRequestBody(`payload=${encodeURIComponent('{"type":"block_actions"}')}`, FORM)).toEqual({ type: "block_actions" });
    expect(parseRequestBody('{"type":"event_callback"}', "application/json; charset=utf-8")).toEqual({ type: "event_callback" });
    expect(parseRequestBody("ssl_check=1&token=x", FORM)).toEqual({ ssl_check: "1", token: "x" });
  });

  it.each([
    ["{not json", "application/json", /not valid JSON/],
    ["[1]", "application/json", /not an object/],
    ["null", "application/json", /not an object/],
    ["%%%&&&", FORM, /neither a slash command/],
    ["payload=%7B", FORM, /not valid JSON/],
    ["hello", "text/plain", /unsupported content type "text\/plain"/],
    ["hello", undefined, /unsupported content type "none"/],
  ])("refuses %j (%s) with a reason", (raw, type, reason) => {
    expect(parseRequestBody(raw, type)).toMatch(reason);
  });
});
