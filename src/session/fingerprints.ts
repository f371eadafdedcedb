// Fingerprints of private data: hashes of the distinctive values a session has read (secrets,
// codes, ids, account numbers, addresses), never the values themselves. An outbound call is
// checked against them in every encoding an exfiltration would use (plain, base64, hex, URL).
import { createHash } from "node:crypto";
import { detectCredentials } from "../sanitize.js";

/** Runs of letters, digits and the punctuation ids are written with. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9_.+\-/@]*[A-Za-z0-9]/g;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
/** Texts past this are fingerprinted on their first part only: a session's state stays small. */
const MAX_TEXT = 1 << 20;
export const MAX_FINGERPRINTS = 20_000;

export function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}

/** A word with a version or a size after it (`python311`, `sha256`, `utf-16`): common, not a value. */
const WORD_NUMBER = /^[A-Za-z]+[-_.]?\d{1,4}$|^\d{1,4}[-_.]?[A-Za-z]+$/;

/**
 * A value worth remembering: an address, a long number, or at least 8 characters mixing letters
 * and digits that are not a word with a number (a code, an id, a key).
 */
export function distinctive(token: string): boolean {
  if (token.length < 6 || token.length > 256) return false;
  if (EMAIL.test(token)) return true;
  const digits = token.replace(/\D/g, "").length;
  const letters = token.replace(/[^A-Za-z]/g, "").length;
  if (letters === 0) return digits >= 7;
  return token.length >= 8 && digits >= 2 && letters >= 2 && !WORD_NUMBER.test(token);
}

/** The distinctive tokens of a text, and its secrets as the credential detector finds them. */
export function valuesOf(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (const m of t.matchAll(TOKEN)) {
    // Also the parts of a dotted or slashed run: `code=7391-ALPHA` reaches us as `7391-ALPHA`.
    const token = m[0];
    if (distinctive(token)) out.add(token);
    if (/[./@+]/.test(token)) for (const part of token.split(/[./+]/)) if (distinctive(part)) out.add(part);
  }
  for (const c of detectCredentials(t)) out.add(t.slice(c.span[0], c.span[1]));
  return out;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;
const HEX_RUN = /(?:[0-9a-fA-F]{2}){6,}/g;

function printable(text: string): boolean {
  if (text.length === 0 || text.includes("\ufffd")) return false;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / text.length > 0.95;
}

/** The text as an exfiltration might have encoded it: decoded base64, hex and URL escapes (twice). */
export function decodings(text: string): string[] {
  const out = [text];
  let url = text;
  for (let round = 0; round < 2 && /%[0-9a-fA-F]{2}/.test(url); round++) {
    try {
      url = decodeURIComponent(url.replace(/\+/g, " "));
      out.push(url);
    } catch {
      break;
    }
  }
  for (const source of out.slice()) {
    for (const m of source.matchAll(BASE64_RUN)) {
      const run = m[0].replace(/-/g, "+").replace(/_/g, "/");
      if (run.length % 4 === 1) continue;
      const decoded = Buffer.from(run, "base64").toString("utf8");
      if (printable(decoded)) out.push(decoded);
    }
    for (const m of source.matchAll(HEX_RUN)) {
      const decoded = Buffer.from(m[0], "hex").toString("utf8");
      if (printable(decoded)) out.push(decoded);
    }
  }
  return out;
}

/** Fingerprints of every distinctive value in these strings. */
export function fingerprintsOf(strings: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of strings) for (const v of valuesOf(s)) out.add(fingerprint(v));
  return [...out];
}

/** Distinctive values of an outbound call's strings, in every decoding, that match a fingerprint. */
export function carriedFingerprints(strings: Iterable<string>, known: ReadonlySet<string>): string[] {
  if (known.size === 0) return [];
  const hits = new Set<string>();
  for (const s of strings) {
    for (const decoded of decodings(s)) {
      for (const v of valuesOf(decoded)) {
        const f = fingerprint(v);
        if (known.has(f)) hits.add(f);
      }
    }
  }
  return [...hits];
}

/** Every string of a JSON value (keys too), for fingerprinting or checking. */
export function stringsOf(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out, depth + 1);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out, depth + 1);
    }
  }
  return out;
}
