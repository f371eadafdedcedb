// What may travel: a message is forwarded as the value the proxy judged, never as bytes a peer
// could read differently. JSON-RPC's own fields only (a field the spec does not define is
// text no scan was asked to read), version 2.0, and no key given twice (parsers disagree on
// which one wins; the proxy judged the last).

/** The top-level fields of a JSON-RPC 2.0 message. */
export const JSONRPC_FIELDS: ReadonlySet<string> = new Set(["jsonrpc", "id", "method", "params", "result", "error"]);

/** Top-level fields outside JSON-RPC's, in order. */
export function strayFields(message: Record<string, unknown>): string[] {
  return Object.keys(message).filter((k) => !JSONRPC_FIELDS.has(k));
}

/**
 * Does this JSON text give some object the same key twice? One pass over the characters with a
 * set of keys per open object; keys with escapes are decoded before they are compared.
 */
export function hasDuplicateKeys(text: string): boolean {
  const stack: Array<Set<string> | undefined> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const raw = text.slice(i + 1, j);
        let key = raw;
        if (escaped) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            key = raw;
          }
        }
        if (top.has(key)) return true;
        top.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push(undefined);
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = stack[stack.length - 1] !== undefined;
    }
  }
  return false;
}
