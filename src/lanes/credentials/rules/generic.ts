// Secrets recognised by the name they are assigned to rather than by their own format.
// These rules are generic: a specific rule wins when both match the same span.
import type { CredentialRule } from "../rule.js";
import { ALNUM } from "../samples.js";

/** Values that are code or configuration references, not secrets. */
function looksLikeReference(value: string): boolean {
  const first = value.charCodeAt(0);
  // $VAR, %VAR%, {{x}}, ${x}, (x), [x]
  if (first === 36 || first === 37 || first === 123 || first === 40 || first === 91) return true;
  if (/[()[\]{}]/.test(value)) return true;
  // process.env.X, os.environ.get, config.db.password, this.secret
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+=?$/.test(value)) return true;
  // UUIDs, digests, addresses and npm integrity strings are identifiers.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  if (/^(?:sha\d{1,3}[-:]|0x[0-9a-f]{40}$|bc1[a-z0-9]{25,}$)/i.test(value)) return true;
  return false;
}

function hasDigitAndLetter(value: string): boolean {
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

/** A password needs some variety: a digit, a symbol, or mixed case over ten characters. */
function plausiblePassword(value: string): boolean {
  if (looksLikeReference(value)) return false;
  if (/^[a-z]+$/.test(value) || /^[A-Z]+$/.test(value) || /^[a-z_]+$/.test(value)) return false;
  if (/^(?:true|false|null|none|string|number|required|optional)$/i.test(value)) return false;
  return /[0-9!@#%^&*+=?~]/.test(value) || (value.length >= 10 && /[a-z]/.test(value) && /[A-Z]/.test(value));
}

/**
 * The rest of the key and the assignment. A key whose last word says its value is about the
 * secret rather than the secret (`credentialId`, `SECRET_NAME`, `tokenUrl`, `passwordPolicy`,
 * `keyVaultToStoreSecrets`) holds no secret.
 */
const ASSIGN = String.raw`[A-Za-z0-9_.-]{0,24}["']?(?<!(?:id|ids|name|names|url|uri|path|file|type|length|len|policy|hint|label|field|header|endpoint|prompt|format|regex|pattern|secrets|tokens|expiry|expires|ttl)["']?)\s{0,4}(?:=|:|:=|=>)\s{0,4}["'\x60]?`;
/** Before the key: tokens that are public or per request by design (`publicToken`, `publishable_key`, `csrf_token`). */
const NOT_SECRET_KIND = String.raw`(?<!(?:public|publishable|csrf|xsrf|anti[_-]?forgery)[_-]?)`;

export const genericRules: CredentialRule[] = [
  {
    id: "generic-password",
    description: "Password assigned in configuration or code",
    keywords: ["password", "passwd", "passphrase", "pwd"],
    pattern: new RegExp(
      String.raw`(?:password|passwd|passphrase|pwd)${ASSIGN}(?<secret>[^\s"'\x60,;<>]{6,128})`,
      "gi",
    ),
    confidence: 0.8,
    envVar: "PASSWORD",
    minEntropy: 2.2,
    generic: true,
    accept: plausiblePassword,
    sample: (r) => {
      const secret = `${r.alnum(10)}!${r.digits(2)}`;
      return { text: `db:\n  user: app\n  password: "${secret}"`, secret };
    },
    negatives: [
      "password: process.env.DB_PASSWORD",
      "password = getpass()",
      "password: string;",
      "PASSWORD=${DB_PASSWORD}",
      "Enter your password: ",
      "password: <your-password>",
      "password_reset: required",
      "snowflake.password= jdbc.snowflake.url=",
      "passwordPolicy: Str0ng!Only",
    ],
  },
  {
    id: "generic-secret",
    description: "High-entropy value assigned to a secret, token or API key",
    keywords: ["secret", "token", "api_key", "api-key", "apikey", "access_key", "access-key", "private_key", "auth_key", "client_secret", "credential"],
    pattern: new RegExp(
      String.raw`${NOT_SECRET_KIND}(?:secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?)${ASSIGN}(?<secret>[^\s"'\x60,;<>]{16,512})`,
      "gi",
    ),
    confidence: 0.8,
    envVar: "API_KEY",
    minEntropy: 3.4,
    generic: true,
    accept: (value) => !looksLikeReference(value) && hasDigitAndLetter(value),
    sample: (r) => {
      const secret = r.chars(`${ALNUM}_-`, 32);
      return { text: `{"service": "billing", "api_key": "${secret}"}`, secret };
    },
    negatives: [
      "token: ${{ secrets.GITHUB_TOKEN }}",
      "api_key = os.environ.get('API_KEY')",
      "secret: 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
      "token_address: 0x52908400098527886E0F7030069857D2E4169EE7",
      "access_token: process.env.ACCESS_TOKEN",
      "secret_name: production-database-credentials",
      '"credentialId": "B9mTcFSck2LzJO2S3ols63",',
      'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
      'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG/Whikle15syazJOkrjJa3U2AbhIvUw==",
    ],
  },
  {
    id: "generic-env-secret",
    description: "High-entropy value in an environment-style KEY/TOKEN/SECRET variable",
    keywords: ["_key", "_token", "_secret", "_pat", "_credentials"],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]{0,40}_(?:KEY|TOKEN|SECRET|PAT|CREDENTIALS?)\s{0,2}=\s{0,2}["']?(?<secret>[^\s"'\x60,;<>]{16,512})`,
      "g",
    ),
    confidence: 0.8,
    envVar: "API_KEY",
    minEntropy: 3.4,
    generic: true,
    accept: (value) => !looksLikeReference(value) && hasDigitAndLetter(value),
    sample: (r) => {
      const secret = r.alnum(28);
      return { text: `export ACME_KEY=${secret}`, secret };
    },
    negatives: ["PRIMARY_KEY=id", "SSH_KEY=$HOME/.ssh/id_ed25519", "CACHE_KEY=v2-deps-linux"],
  },
];
