import { z } from "zod";
import { type Delivery, DeliverySchema } from "./conversation-types.ts";
import { parseStored } from "./damaged-data.ts";

const DeliveryRowSchema = z.object({
  digest_id: z.string(),
  target: z.string(),
  slot: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  message_id: z.string().nullable(),
  error: z.string().nullable(),
  late: z.number().int(),
  updated_at: z.string(),
});

/** A `deliveries` row read back, checked, as the domain's Delivery. */
export function toDelivery(row: unknown): Delivery {
  const r = parseStored(DeliveryRowSchema, row, "digest delivery");
  return parseStored(
    DeliverySchema,
    {
      digestId: r.digest_id,
      target: r.target,
      slot: r.slot,
      status: r.status,
      attempts: r.attempts,
      messageId: r.message_id,
      error: r.error,
      late: r.late === 1,
      updatedAt: r.updated_at,
    },
    "digest delivery",
  );
}
