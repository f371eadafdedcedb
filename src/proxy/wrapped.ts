// How an MCP config entry that runs through Bulwark is recognised, for `wrap` (which leaves it
// alone and undoes it) and `doctor` (which reports it protected): the word `mcp-proxy` followed
// by the `--name` wrap writes (or an older wrap's mark), or run by something named bulwark.
// Another tool's `mcp-proxy` subcommand (`npx some-gateway mcp-proxy -- node server.js`) is not.

/** Earlier builds of `bulwark wrap` marked each server with this argument; still recognised. */
export const LEGACY_MARK = "--bulwark-wrapped";

const BULWARK_BIN = /(?:^|[\\/])bulwark(?:\.cmd|\.js)?$|bulwark[\\/](?:.*[\\/])?main\.js$/;

/**
 * The index of Bulwark's `mcp-proxy` in an entry's args, or -1. `byHand`: also an entry a person
 * pointed at Bulwark themselves (`npx bulwark mcp-proxy -- …`), which wrap leaves but does not undo.
 */
export function proxyIndex(args: readonly unknown[], byHand: boolean): number {
  return args.findIndex((a, i) => a === "mcp-proxy" && (args[i + 1] === "--name" || args[i + 1] === LEGACY_MARK || (byHand && i > 0 && BULWARK_BIN.test(String(args[i - 1])))));
}

/** Does this entry run its server through Bulwark: `… mcp-proxy [options] -- CMD…` or `… mcp-proxy … --url URL`? */
export function runsThroughBulwark(args: readonly unknown[]): boolean {
  const proxy = proxyIndex(args, true);
  return proxy >= 0 && (args.indexOf("--", proxy) > proxy || args.indexOf("--url", proxy) > proxy);
}
