import { z } from "zod";
import { isTimeZone } from "../config/env-schema.ts";
import { UsageError } from "../src/domain/errors.ts";
import { digestAccess, knownTopic } from "./lib/digest-access.ts";
import { defineCommand } from "./lib/types.ts";

const USAGE = "usage: /brief subscribe <topic> [at 07:30] [Europe/Berlin]";
const DEFAULT_TIME = "08:00";

const SubscribeArgs = z.object({
  topic: z.string().min(1),
  time: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "expected a time like 07:30")
    .transform((value) => value.split(":").map(Number) as [number, number]),
  timezone: z.string().refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin").optional(),
});

export const subscribeCommand = defineCommand({
  name: "subscribe",
  summary: "A daily digest of what is new on a topic, posted in this channel",
  usage: "/brief subscribe <topic> [at 07:30] [Europe/Berlin]",
  examples: ["/brief subscribe energy-prices", "/brief subscribe energy-prices at 07:30 Europe/Berlin"],
  parse: (words) => {
    const [topic, ...rest] = words;
    const time = rest.find((word) => /^\d{1,2}:\d{2}$/.test(word));
    const others = rest.filter((word) => word !== time && word.toLowerCase() !== "at");
    if (!topic || others.length > 1) throw new UsageError(USAGE);
    const parsed = SubscribeArgs.safeParse({ topic, time: time ?? DEFAULT_TIME, timezone: others[0] });
    if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]?.message ?? "bad arguments"}\n${USAGE}`);
    return parsed.data;
  },
  run: (args, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const topic = knownTopic(deps, args.topic);
    const [hour, minute] = args.time;
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
