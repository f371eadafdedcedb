// Ordinary text for throughput runs: prose, code and logs without secrets, deterministic.

const PIECES = [
  "The quarterly report shows revenue growth of 12 percent, driven by new customers in the northern region.",
  "Please review the attached design document and leave comments by Friday; the token bucket section needs work.",
  "function parseConfig(path) { const raw = fs.readFileSync(path, 'utf8'); return JSON.parse(raw); }",
  "2026-11-24T10:15:02Z INFO request completed method=GET path=/api/v1/items status=200 duration_ms=14",
  "To reset your password, open the settings page and choose Security, then follow the instructions.",
  "SELECT id, name, created_at FROM users WHERE created_at > now() - interval '7 days' ORDER BY id;",
  "Les résultats du trimestre sont bons; nous prévoyons une hausse des ventes au printemps prochain.",
  "def fibonacci(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a",
  "Meeting notes: agreed to migrate the cache to the new cluster, owner Dana, due next sprint.",
  "npm install --save-dev typescript vitest && npx tsc --noEmit && npx vitest run",
];

export function ordinaryText(bytes: number): string {
  let out = "";
  let i = 0;
  while (out.length < bytes) {
    out += `${PIECES[i % PIECES.length]} (${i})\n`;
    i++;
  }
  return out.slice(0, bytes);
}

/** A 200-character chat message. */
export const SHORT_MESSAGE =
  "Hi team, the deploy finished at 10:42 and the dashboards look healthy. Could someone double-check the billing job logs before we close the ticket? Thanks, and see you at standup tomorrow morning.";
