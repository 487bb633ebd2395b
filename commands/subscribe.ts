import { z } from "zod";
import { isTimeZone } from "../config/env-schema.ts";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import { digestAccess, knownTopic } from "../src/dispatch/digest-access.ts";

const DEFAULT_TIME: [number, number] = [8, 0];

const Time = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "expected a time like 07:30")
  .transform((value) => value.split(":").map(Number) as [number, number]);

export const subscribeCommand = defineCommand({
  name: "subscribe",
  summary: "A daily digest of what is new on a topic, posted in this channel",
  examples: ["/brief subscribe energy-prices", "/brief subscribe energy-prices at 07:30 Europe/Berlin"],
  args: {
    topic: stringArg(z.string({ error: "Which topic? /brief topics lists them." }).min(1), {
      description: "The topic of the daily digest",
      required: true,
      maxLength: 100,
      text: "word",
      autocomplete: "topics",
    }),
    // why: a word like 07:30 anywhere after the topic is the time; "at" before it is optional.
    at: stringArg(Time.optional(), {
      description: "Time of day, e.g. 07:30 (default 08:00)",
      required: false,
      maxLength: 5,
      text: { keyword: "at", pattern: /^\d{1,2}:\d{2}$/ },
      placeholder: "07:30",
    }),
    timezone: stringArg(z.string().refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin").optional(), {
      description: "IANA time zone, e.g. Europe/Berlin",
      required: false,
      maxLength: 64,
      text: "word",
      placeholder: "Europe/Berlin",
    }),
  },
  extraWords: "A topic, then at most a time and a time zone.",
  run: (args, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const topic = knownTopic(deps, args.topic);
    const [hour, minute] = args.at ?? DEFAULT_TIME;
    const timezone = args.timezone ?? deps.defaultTimezone ?? "UTC";
    digests.subscribe({ ...ref, topic, hour, minute, timezone, userId: request.userId });
    const at = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    const text = `This channel will get a digest on ${topic} every day at ${at} (${timezone}) when there is something new.`;
    return {
      summary: text,
      blocks: [
        { type: "paragraph", text },
        { type: "hint", text: `/brief digest preview shows what it would say now; /brief unsubscribe ${topic} stops it.` },
      ],
    };
  },
});
