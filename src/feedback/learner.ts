// Applies local feedback to a scan. Allow matches remove semantic findings only (never a
// credential, a credential disclosure, a dangerous tool call or a changed tool definition);
// block and review matches add their reason and raise the action. New feedback is seen without a
// restart: the log is re-read when it changes (checked at most every RECHECK_MS).
import { createHash } from "node:crypto";
import type { ScanInput } from "../scan/input.js";
import type { Learner } from "../scan/learning.js";
import type { Finding } from "../types.js";
import { ExcerptIndex, type Match } from "./matcher.js";
import { FeedbackStore } from "./store.js";

const RECHECK_MS = 250;

function appliesTo(match: Match, input: ScanInput): boolean {
  const r = match.record;
  const surface = input.context.eval_surface ?? "user_prompt";
  if (r.surface && r.surface !== surface) return false;
  // An allow that names no surface takes back a judgement of the user's own words only: the same
  // text arriving in a tool result or a page comes from someone else. Naming the surface allows it there.
  if (!r.surface && r.desired_action === "allow" && surface !== "user_prompt") return false;
  if (r.tool_name && r.tool_name !== (input.context.tool_name ?? input.toolCall?.name)) return false;
  return true;
}

export class FeedbackLearner implements Learner {
  private index = new ExcerptIndex([]);
  private stampSeen = "";
  private checkedAt = 0;
  private versionId = "none";

  constructor(readonly store: FeedbackStore) {}

  private refresh(): void {
    const now = Date.now();
    if (now - this.checkedAt < RECHECK_MS) return;
    this.checkedAt = now;
    const stamp = this.store.stamp();
    if (stamp === this.stampSeen) return;
    this.stampSeen = stamp;
    const state = this.store.read();
    this.index = new ExcerptIndex(state.records);
    this.versionId = state.records.length === 0 ? "none" : `local-${state.records.length}-${createHash("sha256").update(state.records.map((r) => r.id).join()).digest("hex").slice(0, 8)}`;
  }

  version(): string {
    return this.versionId;
  }

  adjust(input: ScanInput, findings: Finding[]): Finding[] {
    this.refresh();
    if (this.index.size === 0 || input.text.length === 0) return findings;
    const matches = this.index.match(input.text).filter((m) => appliesTo(m, input));
    if (matches.length === 0) return findings;
    const best = matches[0] as Match;
    const span: [number, number] = [0, input.text.length];
    const evidence = `feedback ${best.record.id} (similarity ${best.similarity.toFixed(2)})`;
    switch (best.record.desired_action) {
      case "allow": {
        // Only semantic judgements can be taken back; credentials and dangerous actions cannot.
        const kept = findings.filter((f) => !f.reason.startsWith("semantic:"));
        return [...kept, { lane: "learning", reason: "learning:local_allow_match", rule: evidence, confidence: best.similarity, span, severity: "low" }];
      }
      case "block":
        return [...findings, { lane: "learning", reason: "learning:local_block_match", rule: evidence, confidence: best.similarity, span, severity: "critical" }];
      case "review":
        return [...findings, { lane: "learning", reason: "learning:local_review_match", rule: evidence, confidence: best.similarity, span, severity: "medium" }];
    }
  }
}
