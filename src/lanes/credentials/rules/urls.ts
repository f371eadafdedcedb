// Passwords embedded in connection strings and URLs. Only the password is redacted,
// so the evidence still shows which host and user were involved.
import type { CredentialRule } from "../rule.js";
import { ALNUM } from "../samples.js";

const PASSWORD_CHARS = `${ALNUM}!*-_.~`;

function urlRule(
  id: string,
  keywords: string[],
  schemes: string,
  label: string,
  envVar: string,
  example: string,
): CredentialRule {
  return {
    id,
    description: `${label} URL with an embedded password`,
    keywords,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])(?:${schemes})://[^\s:@/"'<>]{1,128}:(?<secret>[^\s@/"'<>]{1,256})@[^\s/"'<>]{1,256}`,
      "gi",
    ),
    confidence: 0.95,
    envVar,
    minEntropy: 1.5,
    sample: (r) => {
      const secret = r.chars(PASSWORD_CHARS, 16);
      return { text: example.replace("PASSWORD", secret), secret };
    },
    negatives: [
      example.replace("PASSWORD", "password"),
      example.replace("PASSWORD", "${DB_PASSWORD}"),
      example.replace("PASSWORD", "<password>"),
      example.replace(":PASSWORD@", "@"),
    ],
  };
}

export const urlRules: CredentialRule[] = [
  urlRule("postgres-url", ["postgres"], "postgres(?:ql)?", "PostgreSQL", "DATABASE_URL", "DATABASE_URL=postgres://app:PASSWORD@db.internal:5432/prod"),
  urlRule("mysql-url", ["mysql", "mariadb"], "mysql|mariadb", "MySQL", "DATABASE_URL", "mysql://root:PASSWORD@127.0.0.1:3306/shop"),
  urlRule("mongodb-url", ["mongodb"], "mongodb(?:\\+srv)?", "MongoDB", "MONGODB_URI", "mongodb+srv://admin:PASSWORD@cluster0.mongodb.net/app?retryWrites=true"),
  urlRule("redis-url", ["redis"], "rediss?", "Redis", "REDIS_URL", "redis://default:PASSWORD@cache.internal:6379/0"),
  urlRule("amqp-url", ["amqp"], "amqps?", "AMQP broker", "AMQP_URL", "amqp://guest:PASSWORD@rabbitmq:5672/vhost"),
  {
    ...urlRule("basic-auth-url", ["://"], "https?|ftp|ftps|sftp|ssh|git|smtp|smtps|imap|ldap|ldaps", "Basic-auth", "SERVICE_URL", "git clone https://deploy:PASSWORD@git.internal.net/team/repo.git"),
    confidence: 0.9,
    generic: true,
  },
  {
    id: "basic-auth-header",
    description: "HTTP Basic Authorization header",
    keywords: ["basic "],
    pattern: /Authorization["']?\s{0,4}[:=]\s{0,4}["']?Basic\s{1,4}(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})/gi,
    confidence: 0.93,
    envVar: "BASIC_AUTH",
    minEntropy: 3,
    sample: (r) => {
      const secret = Buffer.from(`svc:${r.alnum(18)}`).toString("base64");
      return { text: `curl -H "Authorization: Basic ${secret}" https://api.internal/v1`, secret };
    },
    negatives: ["Authorization: Basic <base64 of user:pass>"],
  },
  {
    id: "bearer-token",
    description: "Bearer token in an Authorization header",
    keywords: ["bearer "],
    pattern: /Bearer\s{1,4}(?<secret>[A-Za-z0-9_\-.~+/]{20,4096}={0,2})(?![A-Za-z0-9_\-.~+/=])/g,
    confidence: 0.88,
    envVar: "API_TOKEN",
    minEntropy: 3.3,
    generic: true,
    sample: (r) => {
      const secret = r.alnum(40);
      return { text: `curl -H "Authorization: Bearer ${secret}" https://api.internal/v1/me`, secret };
    },
    negatives: ["Authorization: Bearer $TOKEN", "Authorization: Bearer <access_token>", "Bearer authentication is described in RFC 6750"],
  },
];
