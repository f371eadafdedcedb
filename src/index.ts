// Public entry: `import { inspect, sanitize, detectCredentials } from "bulwark"`.
export { assertSafeToolCall, detectCredentials, inspect, inspectToolCall, inspectToolResult, inspectValue, sanitize, scanInput } from "./api.js";
export { guardMcpServer, type GuardableServer, type GuardOptions } from "./guard.js";
export { BulwarkError, type BulwarkErrorCode } from "./errors.js";
export type { ScanInput, ToolCall } from "./scan/input.js";
export {
  PROFILES,
  REASONS,
  SURFACES,
  type Action,
  type Context,
  type CredentialFinding,
  type Finding,
  type Profile,
  type Reason,
  type Surface,
  type Verdict,
} from "./types.js";
export { VERSION } from "./version.js";
