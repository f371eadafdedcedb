// Decodes the body of a bash $'…' string: \xHH, \NNN, \uHHHH, \n, \e … (bash manual, QUOTING).

const SIMPLE: Record<string, string> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  "\\": "\\", "'": "'", '"': '"', "?": "?",
};

function isHex(c: string): boolean {
  return /^[0-9a-fA-F]$/.test(c);
}

function takeWhile(body: string, from: number, max: number, ok: (c: string) => boolean): string {
  let out = "";
  for (let i = from; i < body.length && out.length < max && ok(body[i] as string); i++) out += body[i];
  return out;
}

export function decodeAnsiC(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== "\\" || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const e = body[++i] as string;
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
    } else if (e === "x") {
      const hex = takeWhile(body, i + 1, 2, isHex);
      out += hex ? String.fromCharCode(parseInt(hex, 16)) : "\\x";
      i += hex.length;
    } else if (e === "u" || e === "U") {
      const hex = takeWhile(body, i + 1, e === "u" ? 4 : 8, isHex);
      const code = hex ? parseInt(hex, 16) : NaN;
      out += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : `\\${e}`;
      i += hex.length;
    } else if (e >= "0" && e <= "7") {
      const oct = takeWhile(body, i, 3, (d) => d >= "0" && d <= "7");
      out += String.fromCharCode(parseInt(oct, 8) & 0xff);
      i += oct.length - 1;
    } else if (e === "c" && i + 1 < body.length) {
      out += String.fromCharCode((body.charCodeAt(++i) & 0x1f) >>> 0);
    } else {
      out += `\\${e}`;
    }
  }
  return out;
}
