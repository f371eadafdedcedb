// Finds credentials in text: one keyword pass picks candidate rules, only those run their pattern.
import type { CredentialFinding } from "../../types.js";
import { shannonEntropy } from "./entropy.js";
import { isPlaceholder } from "./placeholders.js";
import { KeywordPrefilter } from "./prefilter.js";
import type { CredentialRule } from "./rule.js";
import { credentialRules } from "./rules/index.js";
import { work } from "../../scan/work.js";

export interface CredentialMatch {
  rule: CredentialRule;
  /** Span of the secret itself (what is redacted). */
  start: number;
  end: number;
}

const DEFAULT_MIN_ENTROPY = 2.5;

export class CredentialDetector {
  private readonly prefilter: KeywordPrefilter;
  /**
   * Each rule's pattern compiled with match indices (`d`), so the secret's span is exact; made
   * the first time a text holds the rule's keyword (compiling all of them costs start-up time).
   */
  private readonly patterns: Array<RegExp | undefined>;
  constructor(readonly rules: readonly CredentialRule[]) {
    this.prefilter = new KeywordPrefilter(rules.map((rule) => rule.keywords));
    this.patterns = new Array<RegExp | undefined>(rules.length);
  }

  private pattern(index: number): RegExp {
    const made = this.patterns[index];
    if (made) return made;
    const source = (this.rules[index] as CredentialRule).pattern;
    const flags = source.flags.includes("g") ? source.flags : `${source.flags}g`;
    const pattern = new RegExp(source.source, flags.includes("d") ? flags : `${flags}d`);
    this.patterns[index] = pattern;
    return pattern;
  }

  /** The credentials in `text`; `onPlaceholder` hears where each documentation placeholder it skipped starts. */
  detect(text: string, onPlaceholder?: (start: number) => void): CredentialMatch[] {
    const matches: CredentialMatch[] = [];
    work.steps += text.length;
    for (const index of this.prefilter.candidates(text)) {
      work.steps++;
      const rule = this.rules[index] as CredentialRule;
      const pattern = this.pattern(index);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        work.steps++;
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const secret = m.groups?.secret ?? m[0];
        if (!secret) continue;
        if (isPlaceholder(secret, rule.repeatsAllowed)) {
          onPlaceholder?.(m.indices?.groups?.secret?.[0] ?? m.index);
          continue;
        }
        if (!this.accepts(rule, secret)) continue;
        const [start, end] = m.indices?.groups?.secret ?? [m.index, m.index + m[0].length];
        matches.push({ rule, start, end });
      }
    }
    return resolveOverlaps(matches);
  }

  private accepts(rule: CredentialRule, secret: string): boolean {
    if (shannonEntropy(secret) < (rule.minEntropy ?? DEFAULT_MIN_ENTROPY)) return false;
    return rule.accept ? rule.accept(secret) : true;
  }
}

/** Keeps one match per region: specific beats generic, then the longer span, then rule order. */
function resolveOverlaps(matches: CredentialMatch[]): CredentialMatch[] {
  if (matches.length < 2) return matches;
  const ranked = matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => {
      const ga = a.match.rule.generic ? 1 : 0;
      const gb = b.match.rule.generic ? 1 : 0;
      if (ga !== gb) return ga - gb;
      const la = a.match.end - a.match.start;
      const lb = b.match.end - b.match.start;
      return lb - la || a.order - b.order;
    });
  // Characters already claimed by a kept match, counted in a Fenwick tree: each overlap test
  // and each claim costs a logarithm, so thousands of matches do not cost their square.
  const size = matches.reduce((n, m) => Math.max(n, m.end), 0) + 1;
  const tree = new Int32Array(size + 1);
  const add = (at: number) => {
    for (let i = at + 1; i <= size; i += i & -i) tree[i] = (tree[i] as number) + 1;
  };
  const claimedBefore = (at: number) => {
    let sum = 0;
    for (let i = at; i > 0; i -= i & -i) sum += tree[i] as number;
    return sum;
  };
  const kept: CredentialMatch[] = [];
  for (const { match } of ranked) {
    if (claimedBefore(match.end) - claimedBefore(match.start) > 0) continue;
    kept.push(match);
    for (let at = match.start; at < match.end; at++) add(at);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export const credentialDetector = new CredentialDetector(credentialRules);

export function toCredentialFinding(match: CredentialMatch): CredentialFinding {
  return {
    type: match.rule.id,
    description: match.rule.description,
    span: [match.start, match.end],
    confidence: match.rule.confidence,
    env_var: match.rule.envVar,
    redacted: `[REDACTED:${match.rule.id}]`,
  };
}
