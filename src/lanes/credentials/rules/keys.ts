// Private key material and signed tokens.
// Key bodies may not contain "-----", so each match stops at the next armour line: linear time.
// The END line is optional: a key cut off in a log is still a leaked key.
import type { CredentialRule } from "../rule.js";
import { B64, B64URL } from "../samples.js";
import { token } from "./pattern.js";

/** A JWT's header is base64url JSON naming its algorithm; a string that only looks like one is not a token. */
function jwtHeader(secret: string): boolean {
  const header = secret.slice(0, secret.indexOf("."));
  try {
    const value = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as unknown;
    return typeof value === "object" && value !== null && typeof (value as { alg?: unknown }).alg === "string";
  } catch {
    return false;
  }
}

function pemBody(lines: string[]): string {
  return lines.join("\n");
}

export const keyRules: CredentialRule[] = [
  {
    id: "private-key",
    description: "PEM private key (RSA, EC, DSA, PKCS#8, encrypted)",
    keywords: ["private key-----"],
    pattern: /-----BEGIN (?<kind>(?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY)-----(?<secret>(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){32,16384})(?:-----END \k<kind>-----)?/g,
    confidence: 0.99,
    envVar: "PRIVATE_KEY_PATH",
    repeatsAllowed: true,
    sample: (r) => {
      const lines = Array.from({ length: 6 }, () => r.chars(B64, 64));
      const secret = `\n${pemBody(lines)}\n`;
      return { text: `-----BEGIN RSA PRIVATE KEY-----${secret}-----END RSA PRIVATE KEY-----`, secret };
    },
    negatives: ["-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"],
  },
  {
    id: "openssh-private-key",
    description: "OpenSSH private key",
    keywords: ["begin openssh private key"],
    pattern: /-----BEGIN OPENSSH PRIVATE KEY-----(?<secret>(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){32,16384})(?:-----END OPENSSH PRIVATE KEY-----)?/g,
    confidence: 0.99,
    envVar: "SSH_PRIVATE_KEY_PATH",
    repeatsAllowed: true,
    sample: (r) => {
      const secret = `\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${r.chars(B64, 70)}\n${r.chars(B64, 70)}\n`;
      return { text: `-----BEGIN OPENSSH PRIVATE KEY-----${secret}-----END OPENSSH PRIVATE KEY-----`, secret };
    },
    negatives: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host"],
  },
  {
    id: "pgp-private-key",
    description: "PGP private key block",
    keywords: ["begin pgp private key block"],
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----(?<secret>(?:[A-Za-z0-9+/=\s:,.\\]|-(?!----)){32,65536})(?:-----END PGP PRIVATE KEY BLOCK-----)?/g,
    confidence: 0.99,
    envVar: "PGP_PRIVATE_KEY_PATH",
    repeatsAllowed: true,
    sample: (r) => {
      const secret = `\n\nlQOYBF${r.chars(B64, 58)}\n${r.chars(B64, 64)}\n=${r.chars(B64, 4)}\n`;
      return { text: `-----BEGIN PGP PRIVATE KEY BLOCK-----${secret}-----END PGP PRIVATE KEY BLOCK-----`, secret };
    },
    negatives: ["-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBGR\n-----END PGP PUBLIC KEY BLOCK-----"],
  },
  {
    id: "putty-private-key",
    description: "PuTTY private key file",
    keywords: ["putty-user-key-file-"],
    pattern: /PuTTY-User-Key-File-\d: [^\r\n]{3,40}\r?\nEncryption: [^\r\n]{1,40}\r?\nComment: [^\r\n]{0,200}\r?\nPublic-Lines: \d{1,3}\r?\n(?:[A-Za-z0-9+/=]{1,128}\r?\n){1,64}Private-Lines: \d{1,3}\r?\n(?<secret>[A-Za-z0-9+/=\r\n]{16,16384})/g,
    confidence: 0.99,
    envVar: "SSH_PRIVATE_KEY_PATH",
    repeatsAllowed: true,
    sample: (r) => {
      const secret = `${r.chars(B64, 64)}\n${r.chars(B64, 40)}`;
      return {
        text: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: me@laptop\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B64, 40)}\nAAAA\nPrivate-Lines: 1\n${secret}`,
        secret,
      };
    },
    negatives: ["PuTTY-User-Key-File-3: ssh-ed25519"],
  },
  {
    id: "age-secret-key",
    description: "age encryption secret key",
    keywords: ["age-secret-key-1"],
    pattern: token("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
    confidence: 0.99,
    envVar: "AGE_SECRET_KEY",
    sample: (r) => `AGE-SECRET-KEY-1${r.chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`,
    negatives: ["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"],
  },
  {
    id: "jwt",
    description: "JSON Web Token",
    keywords: ["eyj"],
    pattern: token("eyJ[A-Za-z0-9_-]{8,2048}\\.eyJ[A-Za-z0-9_-]{8,8192}\\.[A-Za-z0-9_-]{16,1024}"),
    confidence: 0.9,
    envVar: "JWT_TOKEN",
    accept: jwtHeader,
    sample: (r) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi${r.chars(B64URL, 40)}.${r.chars(B64URL, 43)}`,
    negatives: [
      "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
      "eyJ",
      // Looks like a token, but the header is not JSON with an algorithm.
      "eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ],
  },
];
