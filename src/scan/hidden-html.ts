// The parts of an HTML document a person does not see but a model reads: comments, elements hidden
// by attribute or style, and text-bearing attributes (alt, title, aria-label…). A tokenizer of
// our own, in one pass: every character is visited a bounded number of times whatever the
// nesting, so a megabyte of unclosed `<div>` costs what a megabyte of text does.
import type { View } from "./views.js";
import { work } from "./work.js";

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|em|rem|%)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|color\s*:\s*(?:#fff(?:fff)?|white|transparent)\b|(?:left|top)\s*:\s*-\d{3,}px/i;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen"]);
/** Elements whose content is not markup: skipped to their closing tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noframes"]);
const TEXT_ATTRIBUTES = ["alt", "title", "aria-label", "aria-description", "data-prompt", "content"];
/** Deeper elements are tracked by count only. */
const MAX_DEPTH = 1024;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references HTML text most often carries: named basics and numeric. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? all;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

interface Tag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  /** Index just after the tag's `>`. */
  end: number;
}

const NAME_CHAR = /[A-Za-z0-9:_-]/;

/** Reads an opening tag at `at` (text[at] is `<`, text[at + 1] a letter). */
function readTag(text: string, at: number): Tag {
  let i = at + 1;
  while (i < text.length && NAME_CHAR.test(text[i] as string)) i++;
  const name = text.slice(at + 1, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ">") return { name, attrs, selfClosing, end: i + 1 };
    if (c === "/" && text[i + 1] === ">") return { name, attrs, selfClosing: true, end: i + 2 };
    if (c === "<") return { name, attrs, selfClosing, end: i }; // unterminated: the next tag starts here
    if (!NAME_CHAR.test(c)) {
      i++;
      continue;
    }
    const keyStart = i;
    while (i < text.length && NAME_CHAR.test(text[i] as string)) i++;
    const key = text.slice(keyStart, i).toLowerCase();
    while (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r") i++;
    if (text[i] !== "=") {
      attrs.set(key, "");
      continue;
    }
    i++;
    while (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r") i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      const tagEnd = text.indexOf(">", i + 1);
      // A quote that never closes inside the document ends at the tag's `>`.
      const stop = close === -1 ? (tagEnd === -1 ? text.length : tagEnd) : close;
      attrs.set(key, decodeEntities(text.slice(i + 1, stop)));
      i = close === -1 ? stop : close + 1;
    } else {
      const valueStart = i;
      while (i < text.length && !/[\s>]/.test(text[i] as string)) i++;
      attrs.set(key, decodeEntities(text.slice(valueStart, i)));
    }
    selfClosing = false;
  }
  return { name, attrs, selfClosing, end: text.length };
}

/** Hidden parts of an HTML document: comments, hidden elements, and text-bearing attributes. */
export function hiddenHtml(text: string, budget: { left: number }, stats?: { steps: number }): View[] {
  if (!/<[a-zA-Z!][^<>]{0,200}>/.test(text)) return [];
  const out: View[] = [];
  const emit = (value: string, span: [number, number]) => {
    const trimmed = value.trim();
    if (!trimmed || budget.left <= 0) return;
    budget.left -= value.length;
    out.push({ kind: "hidden_html", text: trimmed, span });
  };
  // Open elements: their names, whether each hides its content, and how many of each name are open.
  const names: string[] = [];
  const hides: boolean[] = [];
  const open = new Map<string, number>();
  let overflow = 0;
  let hiddenDepth = 0;
  let buffer = "";
  let bufferStart = -1;
  let lower: string | undefined;

  const pop = () => {
    work.steps++;
    if (stats) stats.steps++;
    const name = names.pop() as string;
    open.set(name, (open.get(name) ?? 1) - 1);
    if (hides.pop()) {
      hiddenDepth--;
      return hiddenDepth === 0;
    }
    return false;
  };

  let i = 0;
  while (i < text.length) {
    work.steps++;
    if (stats) stats.steps++;
    const lt = text.indexOf("<", i);
    const segmentEnd = lt === -1 ? text.length : lt;
    if (hiddenDepth > 0 && segmentEnd > i) buffer += decodeEntities(text.slice(i, segmentEnd));
    if (lt === -1) break;
    const next = text[lt + 1] ?? "";
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      const end = close === -1 ? text.length : close + 3;
      const body = text.slice(lt + 4, close === -1 ? text.length : close);
      if (body.trim().length > 10) emit(body, [lt, end]);
      i = end;
    } else if (next === "/") {
      const gt = text.indexOf(">", lt + 2);
      const end = gt === -1 ? text.length : gt + 1;
      const name = text.slice(lt + 2, gt === -1 ? text.length : gt).trim().toLowerCase();
      if (overflow > 0) {
        overflow--;
      } else if ((open.get(name) ?? 0) > 0) {
        // Closing an element closes every element opened inside it.
        for (;;) {
          const top = names[names.length - 1];
          if (pop()) {
            emit(buffer, [Math.max(0, bufferStart), end]);
            buffer = "";
            bufferStart = -1;
          }
          if (top === name) break;
        }
      }
      i = end;
    } else if (/[A-Za-z]/.test(next)) {
      const tag = readTag(text, lt);
      for (const key of TEXT_ATTRIBUTES) {
        const value = tag.attrs.get(key);
        if (value && value.length > 20) emit(value, [lt, tag.end]);
      }
      i = tag.end;
      if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
        lower ??= text.toLowerCase();
        const close = lower.indexOf(`</${tag.name}`, i);
        const gt = close === -1 ? -1 : text.indexOf(">", close);
        i = gt === -1 ? text.length : gt + 1;
        continue;
      }
      if (VOID.has(tag.name) || tag.selfClosing) continue;
      if (names.length >= MAX_DEPTH) {
        overflow++;
        continue;
      }
      const style = tag.attrs.get("style") ?? "";
      const hidden = tag.attrs.has("hidden") || tag.attrs.get("aria-hidden") === "true" || HIDING_STYLE.test(style) || tag.name === "template";
      names.push(tag.name);
      hides.push(hidden);
      open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
      if (hidden) {
        if (hiddenDepth === 0) bufferStart = lt;
        hiddenDepth++;
      }
    } else {
      // A `<` that starts no tag is text.
      if (hiddenDepth > 0) buffer += "<";
      i = lt + 1;
    }
  }
  if (hiddenDepth > 0) emit(buffer, [Math.max(0, bufferStart), text.length]);
  return out;
}
