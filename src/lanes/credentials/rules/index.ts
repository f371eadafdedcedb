// Every credential rule, in priority order for equal spans (specific families first, generic last).
import type { CredentialRule } from "../rule.js";
import { aiProviderRules } from "./ai-providers.js";
import { cloudRules } from "./cloud.js";
import { codeHostingRules } from "./code-hosting.js";
import { genericRules } from "./generic.js";
import { keyRules } from "./keys.js";
import { messagingRules } from "./messaging.js";
import { saasRules } from "./saas.js";
import { serviceRules } from "./services.js";
import { urlRules } from "./urls.js";

export const credentialRules: readonly CredentialRule[] = [
  ...keyRules,
  ...aiProviderRules,
  ...codeHostingRules,
  ...cloudRules,
  ...messagingRules,
  ...saasRules,
  ...serviceRules,
  ...urlRules,
  ...genericRules,
];
