// The `flow:` section of a policy file: turn flow control off or to monitor, set a tool's classes,
// exempt tools, and add rules (`after: reads_untrusted` → `deny: [egress]`).
import { z } from "zod";
import { CAPABILITIES, type Capability } from "./capabilities.js";

const Cap = z.enum(CAPABILITIES);
const Read = z.enum(["reads_untrusted", "reads_private"]);

export const FlowPolicySchema = z
  .object({
    mode: z.enum(["enforce", "monitor", "off"]).default("enforce"),
    /** A tool's classes, replacing what its name, description and hints say. */
    classes: z.record(z.string(), z.array(Cap)).default({}),
    exempt: z.array(z.string()).default([]),
    rules: z
      .array(
        z
          .object({
            after: z.union([Read, z.array(Read).min(1)]).transform((a) => (Array.isArray(a) ? a : [a])),
            review: z.array(Cap).optional(),
            deny: z.array(Cap).optional(),
          })
          .strict()
          .refine((r) => (r.review?.length ?? 0) + (r.deny?.length ?? 0) > 0, { message: "a rule needs review: or deny:" }),
      )
      .default([]),
  })
  .strict();

export type FlowSectionParsed = z.infer<typeof FlowPolicySchema>;

export function defaultFlowSection(): FlowSectionParsed {
  return FlowPolicySchema.parse({});
}
