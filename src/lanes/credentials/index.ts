// The credentials lane: secrets in any text, each a finding whose span is redacted everywhere.
import type { Lane } from "../../scan/lane.js";
import type { Finding } from "../../types.js";
import { credentialDetector } from "./detect.js";

export const lane: Lane = {
  id: "credentials",
  description: "API keys, tokens, private keys and passwords, detected by documented format and redacted",
  reasons: ["detected:credential"],
  scan(input, notes) {
    const findings: Finding[] = [];
    // One count per placeholder value, however many rules matched it.
    const starts = new Set<number>();
    for (const match of credentialDetector.detect(input.text, notes ? (start) => void starts.add(start) : undefined)) {
      findings.push({
        lane: "credentials",
        reason: "detected:credential",
        rule: match.rule.id,
        confidence: match.rule.confidence,
        span: [match.start, match.end],
        severity: "high",
        secret: { type: match.rule.id, env_var: match.rule.envVar },
      });
    }
    if (notes) notes.placeholders_skipped += starts.size;
    return findings;
  },
};
