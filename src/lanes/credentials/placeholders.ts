// Values that have the shape of a secret but are documentation, templates or masks.

const PLACEHOLDER_WORDS = [
  "example",
  "placeholder",
  "changeme",
  "change_me",
  "redacted",
  "dummy",
  "sample",
  "your_",
  "your-",
  "yourkey",
  "yourtoken",
  "insert",
  "xxxxx",
  "*****",
  "....",
  "${",
  "{{",
  "<",
  ">",
  "%s",
  "[redacted",
];

/** Exact values that stand for "a password goes here" in URLs and config. */
const PLACEHOLDER_VALUES = new Set([
  "password", "passwd", "pass", "pwd", "secret", "changeme", "root", "admin", "user", "username",
  "test", "testing", "123456", "12345678", "token", "apikey", "api_key", "mypassword", "foobar",
  "hunter2", "p@ssw0rd", "letmein", "null", "none", "undefined", "true", "false",
  // Well-known defaults of local services.
  "postgres", "guest", "mysql", "redis", "default", "rabbitmq", "mongo",
]);

/** Secrets published in vendors' documentation for local emulators and examples. */
const PUBLISHED_SECRETS = new Set([
  // Azurite / Azure Storage Emulator account key.
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  // jwt.io's example token ("John Doe", HS256 with the key "your-256-bit-secret").
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
]);

/** A run of one repeated character this long is a mask, not randomness. */
const MAX_REPEAT = 6;

function hasLongRun(text: string): boolean {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    run = text.charCodeAt(i) === text.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= MAX_REPEAT) return true;
  }
  return false;
}

/** Keyboard walks people type for a fake key. */
const SEQUENCES = ["qwertyui"];
/** This many letters or digits in alphabetical order (`klmnop`, `345678`) are typed, not random: about one chance in 10^9 a position for a random key. */
const ASCENDING = 6;

function hasAscendingRun(text: string): boolean {
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const p = text.charCodeAt(i - 1);
    const sameClass = (c >= 97 && c <= 122 && p >= 97 && p <= 122) || (c >= 48 && c <= 57 && p >= 48 && p <= 57);
    run = sameClass && c === p + 1 ? run + 1 : 1;
    if (run >= ASCENDING) return true;
  }
  return false;
}

export function isPlaceholder(secret: string, repeatsAllowed = false): boolean {
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower) || PUBLISHED_SECRETS.has(secret)) return true;
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return true;
  if (repeatsAllowed) return false;
  for (const seq of SEQUENCES) if (lower.includes(seq)) return true;
  return hasLongRun(lower) || hasAscendingRun(lower);
}
