// Withholding only the bad part of a value: a finding's JSON path (from scans.ts) is followed into
// the value, and the innermost array element holding it (a content item, an entity, a list item)
// is cut; a string outside any array is replaced. JSON inside a string (a tool result that is a
// JSON document) is followed too, and written back in its own layout.

/** One step into a value: a member, an element, or into the JSON text a string holds. */
type Step = { key: string } | { index: number } | { json: true };

export const WITHHELD = "[bulwark] withheld: this part contained instructions aimed at the assistant";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Follows a flattener path (`content[0].text::.entities[3].name`) into `value`. Keys may hold
 * dots or brackets, so each key is matched against the object's own keys, longest first.
 * Returns the steps, or undefined when the path does not lead to a string of the value.
 */
export function stepsOf(value: unknown, path: string): Step[] | undefined {
  const steps: Step[] = [];
  let rest = path.endsWith("{key}") ? path.slice(0, -5) : path;
  let node = value;
  let first = true;
  for (let guard = 0; guard < 10_000; guard++) {
    if (rest === "") return steps;
    if (rest.startsWith("::")) {
      if (typeof node !== "string") return undefined;
      node = parseJson(node);
      steps.push({ json: true });
      // The flattener writes a member of JSON inside a string as `text::.key`.
      rest = rest.slice(2);
      continue;
    }
    const index = /^\[(\d+)\]/.exec(rest);
    if (index && Array.isArray(node)) {
      const i = Number(index[1]);
      steps.push({ index: i });
      node = node[i];
      rest = rest.slice(index[0].length);
      first = false;
      continue;
    }
    if (!isObject(node)) return undefined;
    const body = first ? rest : rest.startsWith(".") ? rest.slice(1) : undefined;
    if (body === undefined) return undefined;
    let match: string | undefined;
    for (const k of Object.keys(node)) {
      if (!body.startsWith(k) || (match !== undefined && match.length >= k.length)) continue;
      const next = body.slice(k.length);
      if (next === "" || next.startsWith(".") || next.startsWith("[") || next.startsWith("::")) match = k;
    }
    if (match === undefined) return undefined;
    steps.push({ key: match });
    node = node[match];
    rest = body.slice(match.length);
    first = false;
  }
  return undefined;
}

export function stepKey(steps: readonly Step[]): string {
  return steps.map((s) => ("key" in s ? `.${JSON.stringify(s.key)}` : "index" in s ? `[${s.index}]` : "::")).join("");
}

/** A placeholder in the shape of what it replaces, where the shape is known (MCP content). */
function placeholderFor(container: string | undefined, item: unknown): unknown {
  if (container === "content") return { type: "text", text: WITHHELD };
  if (container === "contents" && isObject(item)) return { uri: item.uri, mimeType: "text/plain", text: WITHHELD };
  if (container === "messages" && isObject(item)) return { role: item.role, content: { type: "text", text: WITHHELD } };
  return undefined;
}

/** The indentation a JSON text was written with, to write it back the same way. */
function indentOf(text: string): string | undefined {
  const m = /^[[{]\r?\n([ \t]+)/.exec(text);
  return m ? m[1] : undefined;
}

/**
 * A copy of `value` with each cut applied: content, contents and messages items become a
 * placeholder; other array elements are removed; a string outside any array is replaced.
 * `container` is the member name the value sits under (content, contents, messages).
 */
export function applyCuts(value: unknown, cuts: readonly Step[][], container?: string): unknown {
  if (cuts.length === 0) return value;
  // Cuts grouped by their first step; a cut of no steps replaces the value itself.
  if (cuts.some((c) => c.length === 0)) return typeof value === "string" ? WITHHELD : undefined;
  const first = cuts[0]?.[0] as Step;
  if ("json" in first) {
    if (typeof value !== "string") return value;
    const inner = parseJson(value);
    const cutInner = applyCuts(inner, cuts.map((c) => c.slice(1)), container);
    return JSON.stringify(cutInner, null, indentOf(value)) ?? WITHHELD;
  }
  if (Array.isArray(value)) {
    const byIndex = new Map<number, Step[][]>();
    for (const c of cuts) {
      const s = c[0] as Step;
      if (!("index" in s)) continue;
      byIndex.set(s.index, [...(byIndex.get(s.index) ?? []), c.slice(1)]);
    }
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const own = byIndex.get(i);
      if (!own) out.push(item);
      else if (own.some((c) => c.length === 0)) {
        // The element itself is cut.
        const placeholder = placeholderFor(container, item);
        if (placeholder !== undefined) out.push(placeholder);
      } else out.push(applyCuts(item, own));
    });
    return out;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = { ...value };
    const byKey = new Map<string, Step[][]>();
    for (const c of cuts) {
      const s = c[0] as Step;
      if ("key" in s) byKey.set(s.key, [...(byKey.get(s.key) ?? []), c.slice(1)]);
    }
    for (const [k, own] of byKey) out[k] = applyCuts(value[k], own, k);
    return out;
  }
  return value;
}

/** The value at `steps` (through JSON inside strings), or undefined. */
export function valueAt(value: unknown, steps: readonly Step[]): unknown {
  let node = value;
  for (const s of steps) {
    if ("json" in s) node = typeof node === "string" ? parseJson(node) : undefined;
    else if ("index" in s) node = Array.isArray(node) ? node[s.index] : undefined;
    else node = isObject(node) ? node[s.key] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** The unit a string belongs to: its innermost array element, else the string itself. */
export function unitOf(steps: readonly Step[]): Step[] {
  for (let i = steps.length - 1; i >= 0; i--) if ("index" in (steps[i] as Step)) return steps.slice(0, i + 1);
  return [...steps];
}

/** Distinct units with none inside another (cutting the outer one cuts the inner). */
export function outermost(units: readonly Step[][]): Step[][] {
  const keys = units.map(stepKey);
  return units.filter((_, i) => {
    const key = keys[i] as string;
    if (keys.indexOf(key) !== i) return false;
    return !keys.some((k) => k.length < key.length && key.startsWith(k));
  });
}

export type { Step };
