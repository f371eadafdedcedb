// Leaving a container for its host: the host's root mounted in, a privileged container, the
// host's namespaces entered, or a chroot into a host mount.
import type { CommandRule } from "../rule.js";

const RUNNERS = ["docker", "podman", "nerdctl", "ctr"];

/** `-v /:/host`, `--volume=/:/mnt`, `--mount type=bind,source=/,target=/host`. */
function mountsHostRoot(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = /^(?:-v|--volume|--mount)$/.test(a) ? (args[i + 1] ?? "") : /^(?:-v|--volume=|--mount=)/.test(a) ? a.replace(/^(?:-v|--volume=|--mount=)/, "") : undefined;
    if (value === undefined) continue;
    if (/^\/(?::|$)/.test(value) || /^\/(?:etc|root|var\/run\/docker\.sock|run\/docker\.sock|proc|sys)(?::|\/?:)/.test(value)) return true;
    if (/(?:^|,)(?:source|src)=\/(?:,|$)/.test(value)) return true;
  }
  return false;
}

function hostNamespaces(args: readonly string[]): boolean {
  return args.some((a, i) => /^--(?:pid|ipc|uts|userns|cgroupns)=host$/.test(a) || (/^--(?:pid|ipc|uts|userns)$/.test(a) && args[i + 1] === "host"));
}

function privileged(args: readonly string[]): boolean {
  return args.some((a, i) => a === "--privileged" || a === "--privileged=true" || (/^--cap-add(?:=|$)/.test(a) && /SYS_ADMIN|SYS_PTRACE|SYS_MODULE|ALL/i.test(a.includes("=") ? a : (args[i + 1] ?? ""))) || /^--security-opt(?:=|$)/.test(a) && /(?:apparmor|seccomp)[=:]unconfined/.test(a.includes("=") ? a : (args[i + 1] ?? "")));
}

const HOST_ROOT = /^\/(?:host|hostfs|rootfs|proc\/1\/root)\/?$/;

export const escapeRules: CommandRule[] = [
  {
    id: "container-host-escape",
    description: "a container started with the host's root or Docker socket mounted, privileged, or in the host's namespaces",
    severity: "high",
    reason: "semantic:destructive_command",
    names: RUNNERS,
    check: (inv) => {
      const run = inv.args.findIndex((a) => a === "run" || a === "create");
      if (run < 0) return false;
      const args = inv.args.slice(run + 1);
      if (mountsHostRoot(args)) return "high";
      if (privileged(args) && (hostNamespaces(args) || args.some((a) => /^--(?:net|network)=host$/.test(a)))) return "high";
      return privileged(args) || hostNamespaces(args) ? "medium" : false;
    },
    examples: {
      positive: [
        "docker run -v /:/host --privileged alpine chroot /host",
        "docker run --rm -it -v /:/mnt ubuntu bash",
        "podman run --volume=/etc:/etc alpine vi /etc/shadow",
        "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps",
        "docker run --privileged --pid=host alpine nsenter -t 1 -m -u -n -i sh",
        "docker run --mount type=bind,source=/,target=/host alpine",
      ],
      negative: ["docker run -v $PWD:/src node:20 npm test", "docker run --rm -it alpine sh", "docker run -v ./data:/data postgres:16", "podman run -p 8080:80 nginx", "docker run -v /home/me/project:/work -w /work golang go build"],
    },
  },
  {
    id: "enter-host-namespaces",
    description: "entering the namespaces of the host's init process, or a chroot into the host's root mounted in a container",
    severity: "high",
    reason: "semantic:destructive_command",
    check: (inv) => {
      const a = inv.args;
      if (inv.via.some((v) => HOST_ROOT.test(v.replace(/^chroot /, "")) && v.startsWith("chroot "))) return true;
      if (inv.name === "chroot") return a.some((x) => HOST_ROOT.test(x));
      if (inv.name !== "nsenter") return false;
      const target = a.findIndex((x) => x === "-t" || x === "--target");
      return (target >= 0 && a[target + 1] === "1") || a.some((x) => x === "--target=1" || x === "-t1");
    },
    examples: {
      positive: ["nsenter -t 1 -m -u -i -n sh", "nsenter --target 1 --mount --uts --ipc --net --pid -- bash", "chroot /host /bin/bash", "chroot /proc/1/root"],
      negative: ["nsenter -t 4242 -n ip addr", "chroot /mnt/gentoo /bin/bash", "man nsenter"],
    },
  },
];
