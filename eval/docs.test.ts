import { describe, expect, it } from "vitest";
import type { SetReport } from "../src/score/report.js";
import { accuracyDoc, pooled, readmeSummary } from "./docs.js";

const set = (name: string, attacks: number, recall: number | null, benign: number, fpr: number | null): SetReport => ({
  set: name, rows: attacks + benign, attacks, benign, recall, false_positive_rate: fpr, precision: null, f1: null, us_per_row: 1, missed: [], false_alarms: [],
});

describe("accuracy docs", () => {
  it("pools over rows, not over sets", () => {
    const p = pooled([set("a", 90, 1, 10, 0), set("b", 10, 0, 90, 0.1)]);
    expect(p).toEqual({ attacks: 100, recall: 0.9, benign: 100, flagged: 0.09 });
    expect(pooled([set("c", 0, null, 0, null)])).toMatchObject({ recall: null, flagged: null });
  });

  it("puts hold-out sets in the README table and the dev set on one line", () => {
    const reports = [set("tensortrust", 100, 0.9, 0, null), set("project: holdout jailbreaks", 20, 0.5, 10, 0.1), set("project: traces t, scanner alone", 4, 0.25, 4, 0)];
    const md = readmeSummary(reports, "abc1234 (2026-12-04)");
    expect(md).toContain("| jailbreaks | 50.0 % of 20 | 10.0 % of 10 |");
    expect(md).toContain("| development set (shared eval files, read while writing rules) | 90.0 % of 100 |");
    expect(md).not.toContain("traces");
    const doc = accuracyDoc(reports, "abc1234 (2026-12-04)", undefined, []);
    expect(doc).toContain("<!-- by-source:start -->\nNot measured yet");
    expect(doc.indexOf("## Hold-out sets")).toBeLessThan(doc.indexOf("## Development set"));
  });

  it("lists gitleaks' rules provider by provider, and counts the ones covered", () => {
    const doc = accuracyDoc([], "abc1234 (2026-12-04)", undefined, [], [set("aws", 10, 0.9, 5, 0), set("beamer", 1, 0, 0, null), set("generic", 0, null, 8, 0.25)]);
    expect(doc).toContain("| aws | 10 | 90.0 % | 5 | 0.0 % |");
    expect(doc).toContain("| beamer | 1 | 0.0 % | 0 | – |");
    expect(doc).toContain("at least half the cases of 1 of the 2 providers with true positives");
    expect(accuracyDoc([], "x", undefined, [])).not.toContain("provider by provider");
  });
});
