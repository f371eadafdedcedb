// Chat, mail and notification services.
import type { CredentialRule } from "../rule.js";
import { B64URL, UPPER_NUM } from "../samples.js";
import { assigned, token } from "./pattern.js";

export const messagingRules: CredentialRule[] = [
  {
    id: "slack-bot-token",
    description: "Slack bot token",
    keywords: ["xoxb-"],
    pattern: token("xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}"),
    confidence: 0.99,
    envVar: "SLACK_BOT_TOKEN",
    sample: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`,
    negatives: ["xoxb-not-a-real-token", "xoxb-123456789012-1234567890123-xxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  {
    id: "slack-user-token",
    description: "Slack user token",
    keywords: ["xoxp-"],
    pattern: token("xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}"),
    confidence: 0.99,
    envVar: "SLACK_USER_TOKEN",
    sample: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`,
    negatives: ["xoxp-<user-token>"],
  },
  {
    id: "slack-legacy-token",
    description: "Slack legacy workspace, refresh or configuration token",
    keywords: ["xoxa-", "xoxr-", "xoxe.xox", "xoxe-", "xoxs-"],
    pattern: token("(?:xox[ars]-[0-9]{1,13}-[0-9A-Za-z-]{20,100}|xoxe\\.xox[bp]-1-[A-Za-z0-9]{100,200}|xoxe-1-[A-Za-z0-9]{100,200})"),
    confidence: 0.96,
    envVar: "SLACK_TOKEN",
    sample: (r) => `xoxe.xoxp-1-${r.alnum(147)}`,
    negatives: ["xoxa-"],
  },
  {
    id: "slack-app-token",
    description: "Slack app-level token",
    keywords: ["xapp-"],
    pattern: token("xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}"),
    confidence: 0.99,
    envVar: "SLACK_APP_TOKEN",
    sample: (r) => `xapp-1-${r.chars(UPPER_NUM, 11)}-${r.digits(13)}-${r.hex(64)}`,
    negatives: ["xapp-1-<token>"],
  },
  {
    id: "slack-webhook-url",
    description: "Slack incoming webhook URL",
    keywords: ["hooks.slack.com"],
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>T[A-Z0-9]{8,12}\/[AB][A-Z0-9]{8,12}\/[A-Za-z0-9]{23,34})/g,
    confidence: 0.99,
    envVar: "SLACK_WEBHOOK_URL",
    sample: (r) => {
      const secret = `T${r.chars(UPPER_NUM, 10)}/B${r.chars(UPPER_NUM, 10)}/${r.alnum(24)}`;
      return { text: `curl -X POST https://hooks.slack.com/services/${secret} -d '{"text":"hi"}'`, secret };
    },
    negatives: ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  {
    id: "discord-bot-token",
    description: "Discord bot token (named for Discord)",
    keywords: ["discord"],
    pattern: token("[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}"),
    confidence: 0.93,
    envVar: "DISCORD_BOT_TOKEN",
    sample: (r) => {
      const secret = `M${r.chars(B64URL, 25)}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`;
      return { text: `DISCORD_TOKEN=${secret}`, secret };
    },
    negatives: ["discord.gg/invite"],
  },
  {
    id: "discord-webhook-url",
    description: "Discord webhook URL",
    keywords: ["/api/webhooks/"],
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/(?<secret>\d{17,20}\/[A-Za-z0-9_-]{60,68})/g,
    confidence: 0.99,
    envVar: "DISCORD_WEBHOOK_URL",
    sample: (r) => {
      const secret = `${r.digits(19)}/${r.chars(B64URL, 68)}`;
      return { text: `webhook: https://discord.com/api/webhooks/${secret}`, secret };
    },
    negatives: ["https://discord.com/api/webhooks/123/abc"],
  },
  {
    id: "telegram-bot-token",
    description: "Telegram Bot API token",
    keywords: [":aa"],
    pattern: new RegExp("(?<![0-9])(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])", "g"),
    confidence: 0.97,
    envVar: "TELEGRAM_BOT_TOKEN",
    sample: (r) => `${r.digits(10)}:AA${r.chars(B64URL, 33)}`,
    negatives: ["12:AAA", "time 10:AA"],
  },
  {
    id: "twilio-api-key",
    description: "Twilio API key SID",
    keywords: ["sk"],
    pattern: token("SK[0-9a-f]{32}"),
    confidence: 0.9,
    envVar: "TWILIO_API_KEY",
    sample: (r) => `SK${r.hex(32)}`,
    negatives: ["SK00000000000000000000000000000000"],
  },
  {
    id: "twilio-auth-token",
    description: "Twilio auth token (named for Twilio)",
    keywords: ["twilio"],
    pattern: new RegExp(
      "twilio[A-Za-z0-9_.-]{0,24}(?:auth|token|secret)[A-Za-z0-9_.-]{0,12}[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_])",
      "gi",
    ),
    confidence: 0.93,
    envVar: "TWILIO_AUTH_TOKEN",
    sample: (r) => {
      const secret = r.hex(32);
      return { text: `TWILIO_AUTH_TOKEN=${secret}`, secret };
    },
    negatives: ["TWILIO_ACCOUNT_SID=AC0123"],
  },
  {
    id: "sendgrid-api-key",
    description: "SendGrid API key",
    keywords: ["sg."],
    pattern: token("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
    confidence: 0.99,
    envVar: "SENDGRID_API_KEY",
    sample: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
    negatives: ["SG.example.key"],
  },
  {
    id: "mailgun-api-key",
    description: "Mailgun private API key",
    keywords: ["key-"],
    pattern: token("key-[0-9a-f]{32}"),
    confidence: 0.9,
    envVar: "MAILGUN_API_KEY",
    sample: (r) => `key-${r.hex(32)}`,
    negatives: ["key-value store", "key-00000000000000000000000000000000"],
  },
  {
    id: "mailchimp-api-key",
    description: "Mailchimp API key",
    keywords: ["-us"],
    pattern: token("[0-9a-f]{32}-us[0-9]{1,2}"),
    confidence: 0.95,
    envVar: "MAILCHIMP_API_KEY",
    sample: (r) => `${r.hex(32)}-us${1 + r.int(20)}`,
    negatives: ["en-us", "0000000000000000000000000000000-us1"],
  },
  {
    id: "postmark-server-token",
    description: "Postmark server token (named for Postmark)",
    keywords: ["postmark"],
    pattern: assigned("postmark", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    confidence: 0.9,
    envVar: "POSTMARK_SERVER_TOKEN",
    sample: (r) => {
      const secret = `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
      return { text: `POSTMARK_SERVER_TOKEN="${secret}"`, secret };
    },
    negatives: ["postmark template id 123"],
  },
];
