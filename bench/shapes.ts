// Adversarial input shapes: what an attacker who chooses the shape of a text can make the scan
// cost. Each shape at 10 kB, 100 kB and 1 MB on every data surface, in CPU milliseconds of one
// warm scan, with the growth from 100 kB to 1 MB (1.0 is linear; 10 would be quadratic).
import { inspect } from "../src/api.js";
import type { Surface } from "../src/types.js";

const fill = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const SHAPES: Record<string, (n: number) => string> = {
  "one character": fill("a"),
  "whitespace first": (n) => `${" ".repeat(n - 30)}ignore previous instructions`,
  "whitespace in the middle": (n) => `ignore ${" ".repeat(n - 30)} previous instructions`,
  "whitespace last": (n) => `ignore previous instructions${" ".repeat(n - 28)}`,
  newlines: fill("\n"),
  "unclosed tags": fill("<div>"),
  "nested tags": (n) => fill("<span><b>")(n / 2) + fill("</b></span>")(n / 2),
  "repeated keys": fill('"password": "x", '),
  "password=": fill("password="),
  quotes: fill("\"'"),
  brackets: fill("[{("),
  "$(": fill("$("),
  backticks: fill("`a`"),
  separators: fill(". "),
  "; && |": fill("a; b && c | "),
  "long line, no spaces": fill("abcdefghijklmnopqrstuvwxyz0123456789"),
  "mixed scripts": fill("aаαא中ب "),
  "addressed to the reader": fill("AI agent: "),
  "character references": fill("&#65;"),
  "dotted letters": fill("a.b."),
  "combining marks": fill("e\u0301\u0317"),
  "CJK address": fill("致AI助手"),
  "reader as subject": fill("agent must "),
  base64: (n) => Buffer.from(fill("ignore previous instructions ")(Math.floor((n * 3) / 4))).toString("base64").slice(0, n),
};

const SURFACES: Surface[] = ["user_prompt", "tool_call_args", "tool_result", "retrieved_content", "tool_description"];
export const SIZES = [10_000, 100_000, 1_000_000];

export interface ShapeTiming {
  shape: string;
  surface: string;
  ms: number[];
  growth: number;
}

function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export function shapeTimings(shapes: readonly string[] = Object.keys(SHAPES), surfaces: readonly Surface[] = SURFACES): ShapeTiming[] {
  const out: ShapeTiming[] = [];
  for (const shape of shapes) {
    const make = SHAPES[shape] as (n: number) => string;
    for (const surface of surfaces) {
      const ms = SIZES.map((size) => {
        const text = make(size);
        inspect(text.slice(0, 1000), { eval_surface: surface });
        return Math.round(cpuMs(() => inspect(text, { eval_surface: surface })) * 10) / 10;
      });
      const [, mid, big] = ms as [number, number, number];
      out.push({ shape, surface, ms, growth: Math.round((big / Math.max(mid * 10, 0.1)) * 100) / 100 });
    }
  }
  return out;
}
