// What every transport of the proxy sets up the same way: the inspector for a server (its
// pins, audit log and policy), the server's label, and the stderr line format.
import { basename, join } from "node:path";
import type { Writable } from "node:stream";
import { bulwarkHome } from "../home.js";
import { AuditLog } from "./audit.js";
import { MessageInspector } from "./inspector.js";
import { PinStore } from "./pins.js";
import type { ProxyPolicy } from "./policy.js";

export function proxyLog(stderr: Writable): (message: string) => void {
  return (message) => stderr.write(`bulwark mcp-proxy: ${message}\n`);
}

/** The name a server goes by in pins and the audit log, from how it is launched. */
export function labelOf(command: readonly string[]): string {
  return [basename(command[0] ?? ""), ...command.slice(1).filter((a) => !a.startsWith("-")).map((a) => basename(a))].slice(0, 3).join(" ");
}

export function newInspector(options: { policy: ProxyPolicy; policyFile?: string; auditPath?: string; key: string; label: string; env: NodeJS.ProcessEnv; warn: (line: string) => void; canAsk?: boolean }): MessageInspector {
  const home = bulwarkHome(options.env);
  return new MessageInspector({
    policy: options.policy,
    policyFile: options.policyFile,
    serverKey: options.key,
    serverLabel: options.label,
    pins: new PinStore(home),
    audit: new AuditLog(options.auditPath ?? join(home, "audit.jsonl")),
    warn: options.warn,
    canAsk: options.canAsk,
  });
}
