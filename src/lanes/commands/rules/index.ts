// Every command rule, indexed by the command names it looks at.
import type { CommandRule, ScriptRule } from "../rule.js";
import { bulkRules } from "./bulk.js";
import { dbClientRules } from "./db-clients.js";
import { deleteRules } from "./delete.js";
import { escapeRules } from "./escapes.js";
import { diskRules } from "./disk.js";
import { exfiltrationRules, fifoNetcatRelay, fileUploadRules, readThenSend } from "./exfiltration.js";
import { forkBombInlineRule, forkBombScriptRule } from "./forkbomb.js";
import { gitRules } from "./git.js";
import { infraRules } from "./infra.js";
import { permissionRules, privilegeEscalationExploit } from "./perms.js";
import { persistenceRules } from "./persistence.js";
import { downloadThenExecute, powershellCradle, rceRules } from "./rce.js";
import { reverseShellRules } from "./reverse-shell.js";
import { systemRules } from "./system.js";
import { toolFamilyRules } from "./tool-families.js";
import { trackRules } from "./tracks.js";
import { windowsRules } from "./windows.js";

export const commandRules: readonly CommandRule[] = [
  ...deleteRules,
  ...diskRules,
  forkBombInlineRule,
  ...permissionRules,
  ...rceRules,
  ...reverseShellRules,
  ...persistenceRules,
  ...exfiltrationRules,
  ...fileUploadRules,
  ...trackRules,
  ...gitRules,
  ...infraRules,
  ...systemRules,
  ...dbClientRules,
  ...escapeRules,
  ...toolFamilyRules,
  ...bulkRules,
  ...windowsRules,
];

export const scriptRules: readonly ScriptRule[] = [forkBombScriptRule, downloadThenExecute, readThenSend, powershellCradle, fifoNetcatRelay, privilegeEscalationExploit];

/** Rules without a name list run on every invocation; the rest only on their names (lower case). */
export const rulesByName = new Map<string, CommandRule[]>();
export const rulesForAll: CommandRule[] = [];
for (const rule of commandRules) {
  if (!rule.names) {
    rulesForAll.push(rule);
    continue;
  }
  for (const name of rule.names) {
    const key = name.toLowerCase();
    const list = rulesByName.get(key) ?? [];
    list.push(rule);
    rulesByName.set(key, list);
  }
}
