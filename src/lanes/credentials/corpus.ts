// The generated credential corpus: every rule's documented format placed in the contexts where
// secrets really turn up. Used by the tests and by `bulwark eval` as a project set.
import type { CredentialRule } from "./rule.js";
import { credentialRules } from "./rules/index.js";
import { Rng } from "./samples.js";

export interface CorpusCase {
  rule: string;
  text: string;
  secret: string;
}

const CONTEXTS: ReadonlyArray<(secret: string, env: string) => string> = [
  (s) => s,
  (s, env) => `export ${env}=${s}`,
  (s, env) => `{"${env.toLowerCase()}": "${s}", "region": "eu-west-1"}`,
  (s) => `Here is the key you asked for: ${s} — keep it safe.`,
  (s, env) => `${env}: '${s}'\nlog_level: debug`,
  (s) => `curl -s https://api.internal.test/v1 -d token=${s}`,
];

export function sampleCase(rule: CredentialRule, rng: Rng, variant: number): CorpusCase {
  const sample = rule.sample(rng);
  if (typeof sample !== "string") return { rule: rule.id, text: sample.text, secret: sample.secret };
  const context = CONTEXTS[variant % CONTEXTS.length] as (typeof CONTEXTS)[number];
  return { rule: rule.id, text: context(sample, rule.envVar), secret: sample };
}

/** `perRule` cases for every rule, deterministic for a given seed. */
export function credentialCorpus(perRule: number, seed = 1234): CorpusCase[] {
  const rng = new Rng(seed);
  const cases: CorpusCase[] = [];
  for (const rule of credentialRules) {
    for (let i = 0; i < perRule; i++) cases.push(sampleCase(rule, rng, i));
  }
  return cases;
}

/** Strings that resemble secrets but are identifiers or documentation: no rule may fire. */
export const LOOK_ALIKES: readonly string[] = [
  "request id 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
  "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
  "sha256sum: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  '"integrity": "sha512-6/mh1E2u2YgEsCHdY0Yx5oW+61gZU+1vXaoiHHrpKeuRNNgFvS+/jrwHiQhB5apAf5oB7UB7E19ol2R2LKH8hQ=="',
  "image: ghcr.io/acme/api@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945",
  "send to 0x52908400098527886E0F7030069857D2E4169EE7",
  "bitcoin: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
  "btc 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
  "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
  "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "OPENAI_API_KEY=your-key-here",
  "GITHUB_TOKEN=<token>",
  "api_key: ****************",
  "password: xxxxxxxx",
  "Set STRIPE_SECRET_KEY=sk_live_... in your environment",
  "token: ${{ secrets.NPM_TOKEN }}",
  "Authorization: Bearer $ACCESS_TOKEN",
  "The password must be at least 12 characters.",
  "Reset your password at https://example.com/reset?user=alice",
  "https://user:password@example.com/",
  "export DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev",
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@laptop",
  "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----",
  "Use a JWT like eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>",
  "const token = await getToken();",
  "password = os.environ['DB_PASSWORD']",
  "secret_key_base: <%= ENV['SECRET_KEY_BASE'] %>",
  "ghp_ tokens start with ghp_ and have 36 characters",
];
