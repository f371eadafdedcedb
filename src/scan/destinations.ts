// Where data is being sent: paste sites, webhook catchers, tunnels and raw IP addresses are the
// usual exfiltration drops. Parsed with the URL parser, not matched as text.
import { isIP } from "node:net";

const PASTE = ["pastebin.com", "paste.ee", "hastebin.com", "hastebin.skyra.pw", "ghostbin.com", "dpaste.org", "dpaste.com", "termbin.com", "transfer.sh", "0x0.st", "file.io", "ix.io", "sprunge.us", "paste.rs", "rentry.co", "controlc.com", "privatebin.net", "justpaste.it", "catbox.moe", "temp.sh", "bashupload.com", "gofile.io", "anonfiles.com", "paste.c-net.org"];
const CATCHERS = ["webhook.site", "requestbin.com", "requestbin.net", "pipedream.net", "requestcatcher.com", "hookbin.com", "beeceptor.com", "mockbin.org", "postb.in", "interact.sh", "oast.fun", "oast.pro", "oast.live", "oast.site", "oast.online", "oast.me", "burpcollaborator.net", "oastify.com", "canarytokens.com", "dnslog.cn", "ceye.io", "webhook.cool"];
const TUNNELS = ["ngrok.io", "ngrok-free.app", "ngrok.app", "ngrok.dev", "trycloudflare.com", "serveo.net", "loca.lt", "localtunnel.me", "bore.pub", "pinggy.io", "pinggy.link", "localhost.run", "lhr.life", "telebit.cloud", "tunnelmole.net", "devtunnels.ms"];

export type DestinationKind = "paste site" | "webhook catcher" | "tunnel" | "raw IP address" | "onion service";

function matchesDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function hostOf(value: string): string | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    return url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  } catch {
    return undefined;
  }
}

/** Loopback, private and link-local addresses: the user's own network, not a drop. */
function isLocalIp(ip: string): boolean {
  return /^(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.0\.0\.0$|::1$|f[cd][0-9a-f]{2}:|fe80:)/i.test(ip);
}

/** The kind of exfiltration drop a URL or host points at, if any. */
export function suspiciousDestination(value: string): DestinationKind | undefined {
  if (!/[.:]/.test(value) || /\s/.test(value.trim())) return undefined;
  const host = hostOf(value);
  if (!host) return undefined;
  if (isIP(host) !== 0) return isLocalIp(host) ? undefined : "raw IP address";
  if (host.endsWith(".onion")) return "onion service";
  if (matchesDomain(host, PASTE)) return "paste site";
  if (matchesDomain(host, CATCHERS)) return "webhook catcher";
  if (matchesDomain(host, TUNNELS)) return "tunnel";
  return undefined;
}
