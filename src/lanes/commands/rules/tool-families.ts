// Destructive operations by tool, beside the verb rules: what git, containers, Kubernetes, secret
// managers, backup and sync tools, search engines and queues, registries and the system do
// when they throw work away. Local, recoverable-with-effort operations are reviewed; deleting
// something remote that other people depend on is blocked.
import { classifyPath, homeRelative } from "../paths.js";
import type { Invocation, Resolution } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import { has, sub, throwaway } from "./args.js";



/** A short-flag cluster holding every one of `letters` (`-fdx`, `-xdf`). */
const cluster = (args: readonly string[], letters: string) => args.some((a) => /^-[a-zA-Z]+$/.test(a) && [...letters].every((l) => a.includes(l)));

/** A retention policy that keeps history (`--keep-daily 7 --keep-weekly 4`): pruning by policy, for review, unlike `--keep-last 1`. */
function keepsHistory(args: readonly string[]): boolean {
  let kept = 0;
  args.forEach((a, i) => {
    const m = /^--keep-(?:last|hourly|daily|weekly|monthly|yearly|within(?:-\w+)?)(?:=(.*))?$/.exec(a);
    if (!m) return;
    const value = m[1] ?? args[i + 1] ?? "";
    kept += /^\d+$/.test(value) ? Number(value) : 2;
  });
  return kept >= 3;
}

/** The directory was created empty earlier on this command line (`mkdir -p /tmp/e && rsync --delete /tmp/e/ …`). */
function madeHere(dir: string, inv: Invocation, all: Resolution): boolean {
  const bare = dir.replace(/\/+$/, "");
  return all.invocations.some((other) => other.name === "mkdir" && other.start < inv.start && other.args.some((x) => x.replace(/\/+$/, "") === bare));
}

export const toolFamilyRules: CommandRule[] = [
  {
    id: "git-discard-work",
    description: "git operations that throw away uncommitted or unmerged work (reset --hard, clean -fdx, checkout -- ., restore ., branch -D, stash clear or drop)",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["git"],
    check: (inv) => {
      const a = inv.args;
      if (sub(a, "reset") && has(a, "--hard", "--merge", "--keep") && !has(a, "--soft")) return true;
      if (sub(a, "clean") && (cluster(a, "fd") || cluster(a, "fx") || (has(a, "-f", "--force") && has(a, "-d", "-x", "-X")))) return true;
      if ((sub(a, "checkout", "--") || sub(a, "restore")) && a.some((x) => x === "." || x === "*" || x === ":/")) return true;
      if (sub(a, "checkout") && has(a, "-f", "--force") && a.some((x) => x === "." || x === "--")) return true;
      if (sub(a, "branch") && (has(a, "-D") || (has(a, "-d", "--delete") && has(a, "-f", "--force")))) return true;
      if (sub(a, "stash", "clear")) return true;
      return false;
    },
    examples: {
      positive: ["git reset --hard HEAD~3", "git clean -fdx", "git clean -f -d", "git checkout -- .", "git restore .", "git branch -D feature/x", "git stash clear"],
      negative: ["git reset --soft HEAD~1", "git reset HEAD file.txt", "git clean -n", "git checkout -- src/app.ts", "git branch -d merged-branch", "git stash pop", "git stash drop", "git gc --prune=now"],
    },
  },
  {
    id: "container-data-prune",
    description: "Docker or Podman removing every unused image, container, network or volume, or a named volume (its data)",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["docker", "podman", "docker-compose", "nerdctl"],
    check: (inv) => {
      const a = inv.args;
      if ((sub(a, "system", "prune") || sub(a, "image", "prune") || sub(a, "builder", "prune")) && has(a, "-a", "--all", "--volumes")) return true;
      if (sub(a, "volume", "rm") || sub(a, "volume", "remove")) return !throwaway(a.slice(a.indexOf("volume") + 2));
      if (sub(a, "volume", "prune")) return true;
      if ((sub(a, "compose", "down") || (inv.name === "docker-compose" && sub(a, "down"))) && has(a, "-v", "--volumes", "--rmi")) return true;
      if (sub(a, "rm") && has(a, "-f", "--force") && a.some((x) => x.startsWith("$("))) return true;
      return false;
    },
    examples: {
      positive: ["docker system prune -a -f", "docker volume rm pgdata", "docker volume prune -f", "docker compose down -v", "podman system prune --all --force", "docker-compose down --volumes"],
      negative: ["docker rm web-1", "docker system prune", "docker compose down", "docker volume ls", "docker image ls", "docker volume rm build-cache"],
    },
  },
  {
    id: "kubernetes-workload-delete",
    description: "deleting a Kubernetes workload or service, draining a node, or uninstalling a Helm release",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["kubectl", "oc", "k", "helm"],
    check: (inv) => {
      const a = inv.args;
      if (throwaway(a)) return false;
      if (inv.name === "helm") return sub(a, "uninstall") || sub(a, "delete");
      if (sub(a, "drain")) return true;
      const del = a.indexOf("delete");
      if (del < 0) return false;
      const kind = (a[del + 1] ?? "").split("/")[0]?.toLowerCase() ?? "";
      return /^(?:deploy(?:ment)?s?|statefulsets?|sts|daemonsets?|ds|services?|svc|secrets?|configmaps?|cm|ingress(?:es)?|ing|cronjobs?|jobs?|nodes?|crds?|customresourcedefinitions?)$/.test(kind) || a.includes("-f") || a.includes("--filename");
    },
    examples: {
      positive: ["kubectl delete deployment api -n prod", "kubectl delete statefulset db", "kubectl drain node-1 --ignore-daemonsets", "helm uninstall payments -n prod", "kubectl delete -f deploy.yaml", "kubectl delete secret db-creds"],
      negative: ["kubectl delete pod web-7d9f", "kubectl get deployments", "helm list", "helm upgrade api ./chart", "kubectl rollout restart deployment api", "kubectl delete deployment api -n dev", "helm uninstall preview-42 -n review"],
    },
  },
  {
    id: "secret-store-delete",
    description: "deleting secrets or disabling a secrets engine in Vault, Doppler, 1Password, Bitwarden or a cloud secret manager",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["vault", "doppler", "op", "bw", "infisical", "aws", "gcloud", "az"],
    check: (inv) => {
      const a = inv.args;
      switch (inv.name) {
        case "vault":
          return sub(a, "kv", "delete") || sub(a, "kv", "destroy") || sub(a, "kv", "metadata", "delete") || sub(a, "secrets", "disable") || sub(a, "delete");
        case "doppler":
        case "infisical":
          return sub(a, "secrets", "delete") || sub(a, "projects", "delete") || sub(a, "environments", "delete");
        case "op":
          return sub(a, "item", "delete") || sub(a, "vault", "delete") || sub(a, "document", "delete");
        case "bw":
          return sub(a, "delete");
        case "aws":
          return sub(a, "secretsmanager", "delete-secret") || sub(a, "ssm", "delete-parameter") || sub(a, "ssm", "delete-parameters");
        case "gcloud":
          return sub(a, "secrets", "delete");
        case "az":
          return sub(a, "keyvault", "delete") || sub(a, "keyvault", "secret", "delete") || sub(a, "keyvault", "purge");
        default:
          return false;
      }
    },
    examples: {
      positive: ["vault kv delete secret/prod/db", "vault secrets disable secret/", "doppler secrets delete API_KEY --yes", 'op item delete "Prod DB"', "aws secretsmanager delete-secret --secret-id prod/db", "gcloud secrets delete api-key", "az keyvault delete --name prod-kv"],
      negative: ["vault kv get secret/prod/db", "doppler secrets get API_KEY", "op item get Prod", "aws secretsmanager get-secret-value --secret-id prod/db"],
    },
  },
  {
    id: "backup-or-sync-deletes",
    description: "backup and sync tools that delete: rclone sync or purge, restic forget --prune, borg delete or prune, rsync --delete from an empty source",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["rclone", "restic", "borg", "rsync", "kopia", "duplicity", "velero"],
    check: (inv, all) => {
      const a = inv.args;
      switch (inv.name) {
        case "rclone":
          if (has(a, "--dry-run", "-n")) return false;
          if (sub(a, "sync") && a.some((x) => x.startsWith("--delete-"))) return "medium";
          if (sub(a, "rmdir") || sub(a, "rmdirs") || sub(a, "move")) return "medium";
          return sub(a, "purge") || sub(a, "delete") || sub(a, "deletefile") || (sub(a, "sync") && a.some((x) => /(?:^|\/)(?:empty|null)\/?$/.test(x) || x === "/dev/null"));
        case "restic":
        case "kopia":
          if (keepsHistory(a)) return "medium";
          return (sub(a, "forget") && (has(a, "--prune", "--unsafe-allow-remove-all") || a.some((x, i) => i > a.indexOf("forget") && /^[0-9a-f]{8,64}$/.test(x)))) || sub(a, "prune") || sub(a, "snapshot", "delete");
        case "borg":
          if ((sub(a, "prune") || sub(a, "compact")) && keepsHistory(a)) return "medium";
          return sub(a, "delete") || sub(a, "prune") || sub(a, "compact") || sub(a, "rdelete") || sub(a, "repo-delete");
        case "velero":
          return sub(a, "delete") || a.includes("delete");
        case "duplicity":
          return sub(a, "remove-all-but-n-full") || sub(a, "remove-older-than");
        case "rsync": {
          if (!a.some((x) => x.startsWith("--delete"))) return false;
          const paths = a.filter((x) => !x.startsWith("-"));
          const source = paths[paths.length - 2] ?? "";
          const target = paths[paths.length - 1] ?? "";
          // A sync from a real source is a deploy; from an empty one (by name, or made by mkdir
          // just before) it empties the target.
          if (/(?:^|\/)(?:empty|null)\/?$|^\/dev\/null$/.test(source) || madeHere(source, inv, all)) return true;
          // Mirroring a folder's contents (`src/`) onto a home, a folder at its top, the root, a
          // system tree or a backup wipes what the source lacks; `src` without the slash lands in
          // a folder of its own name.
          if (!source.endsWith("/")) return false;
          if (target.includes(":") && !/^[A-Za-z]:[\\/]/.test(target)) return false;
          const bare = target.replace(/\/+$/, "") || "/";
          const home = homeRelative(bare);
          const cls = classifyPath(bare);
          return (home !== undefined && !home.includes("/")) || cls === "root" || cls === "home" || cls === "system" || /(?:^|\/)backups?(?:\/|$)/i.test(bare) ? "high" : false;
        }
        default:
          return false;
      }
    },
    examples: {
      positive: ["rclone sync /empty remote:bucket", "rclone purge remote:backups", "rclone sync /src remote:b --delete-before", "restic forget --prune --keep-last 1", "restic forget bdbd3439", "borg delete /backups::all", "borg compact", "velero backup delete daily --confirm", "rsync -a --delete /tmp/empty/ /home/user/", "mkdir -p /tmp/e && rsync -a --delete /tmp/e/ /srv/backups/", "rsync -a --delete --exclude=.git /tmp/skeleton/ ~/projects/", "restic forget --keep-last 1 --prune", "restic forget --keep-daily 7 --keep-weekly 4 --prune"],
      negative: ["rclone copy ./site remote:bucket", "rclone sync ./site remote:bucket", "rclone purge remote:old --dry-run", "velero backup get", "borg list repo", "rsync -av --delete ./site/ host:/var/www/", "restic backup ~/docs", "borg create /backups::today ~/docs", "rsync -av ./site/ host:/var/www/", "restic snapshots", "rsync -av --delete ./site/ ./public/", "rsync -a --delete ~/projects/app/ /mnt/usb/app/", "rsync -av --delete ../htmlguide ~/src/"],
    },
  },
  {
    id: "search-or-queue-delete",
    description: "deleting Elasticsearch or OpenSearch indices over HTTP, or Kafka topics",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["curl", "http", "wget", "kafka-topics", "kafka-topics.sh", "rpk"],
    check: (inv) => {
      const a = inv.args;
      if (inv.name.startsWith("kafka-topics")) return has(a, "--delete");
      if (inv.name === "rpk") return sub(a, "topic", "delete");
      if (inv.name === "http") return a[0]?.toUpperCase() === "DELETE" && a.some((x) => /:9200\b|\/_all\b|opensearch|elastic/i.test(x));
      if (a.some((x) => /\/_delete_by_query\b/.test(x))) return true;
      const method = a.findIndex((x) => x === "-X" || x === "--request");
      const del = (method >= 0 && a[method + 1]?.toUpperCase() === "DELETE") || a.some((x) => /^-XDELETE$/i.test(x) || /^--request=DELETE$/i.test(x));
      // An index, collection, database, bucket, topic, queue or stream of a data service, not one record.
      return del && a.some((x) => /:9200\b|:9300\b|\/_all\b|\/\*|opensearch|elastic|_index|-\*|\/(?:indexes|indices|collections|databases|buckets|topics|queues|streams|keyspaces|tables)\/[^/?\s]+\/?(?:\?|$)/i.test(x));
    },
    examples: {
      positive: ["curl -X DELETE http://localhost:9200/logs-*", "curl -XDELETE 'https://es.internal:9200/_all'", "curl -X DELETE 'http://localhost:7700/indexes/movies'", "curl -X POST 'http://es:9200/logs/_delete_by_query' -d '{}'", "kafka-topics.sh --bootstrap-server localhost:9092 --delete --topic orders", "rpk topic delete orders"],
      negative: ["curl -X GET http://localhost:9200/_cat/indices", "curl -X DELETE https://api.example.com/v1/sessions/123", "curl -X DELETE 'http://localhost:7700/indexes/movies/documents/1'", "curl -X GET 'http://localhost:7700/indexes/movies'", "kafka-topics.sh --list --bootstrap-server localhost:9092"],
    },
  },
  {
    id: "registry-or-repo-delete",
    description: "deleting a repository, release or published package others depend on",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["gh", "glab", "npm", "pnpm", "yarn", "cargo", "gem"],
    check: (inv) => {
      const a = inv.args;
      switch (inv.name) {
        case "gh":
        case "glab":
          return sub(a, "repo", "delete") || sub(a, "release", "delete") || (sub(a, "api") && a.some((x) => /^(?:-X|--method)$/.test(x)) && a.some((x) => x.toUpperCase() === "DELETE"));
        case "npm":
        case "pnpm":
        case "yarn":
          return sub(a, "unpublish") || (sub(a, "dist-tag", "rm") ? "medium" : false);
        case "cargo":
          return sub(a, "yank");
        case "gem":
          return sub(a, "yank");
        default:
          return false;
      }
    },
    examples: {
      positive: ["gh repo delete org/app --yes", "gh release delete v1.2.0 -y", "npm unpublish my-package --force", "cargo yank --version 1.0.0", "glab repo delete group/app"],
      negative: ["gh repo view org/app", "gh release list", "npm publish", "npm install", "gh pr create"],
    },
  },
  {
    id: "messaging-or-store-delete",
    description: "deleting what a message broker or data store holds: NATS streams, consumers and KV, RabbitMQ users, vhosts, queues and exchanges, Kafka consumer groups, records and ACLs, etcd and Consul keys",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["aws", "nats", "rabbitmqctl", "rabbitmqadmin", "kafka-consumer-groups", "kafka-consumer-groups.sh", "kafka-delete-records", "kafka-delete-records.sh", "kafka-acls", "kafka-acls.sh", "kafka-configs", "kafka-configs.sh", "etcdctl", "consul"],
    check: (inv) => {
      const a = inv.args;
      switch (inv.name.replace(/\.sh$/, "")) {
        case "aws":
          return sub(a, "sqs", "delete-queue") || sub(a, "sqs", "purge-queue") || sub(a, "sns", "delete-topic") || (sub(a, "sns", "unsubscribe") || sub(a, "sqs", "delete-message") || sub(a, "sqs", "delete-message-batch") ? "medium" : false);
        case "nats":
          if (sub(a, "bucket", "delete") || sub(a, "bucket", "rm")) return true;
          return sub(a, "stream", "delete") || sub(a, "stream", "rm") || sub(a, "stream", "purge") || sub(a, "consumer", "delete") || sub(a, "consumer", "rm") || sub(a, "kv", "del") || sub(a, "kv", "rm") || sub(a, "kv", "purge") || sub(a, "object", "rm");
        case "rabbitmqctl":
          return a.some((x) => /^(?:delete_(?:user|vhost|queue|policy|shovel|parameter)|clear_permissions|purge_queue|reset|force_reset)$/.test(x));
        case "rabbitmqadmin":
          return sub(a, "delete") || sub(a, "purge");
        case "kafka-consumer-groups":
          return has(a, "--delete", "--delete-offsets") || (has(a, "--reset-offsets") && has(a, "--execute"));
        case "kafka-delete-records":
          return true;
        case "kafka-acls":
          return has(a, "--remove");
        case "kafka-configs":
          return has(a, "--delete-config");
        case "etcdctl":
          return sub(a, "del") ? (has(a, "--prefix") ? true : "medium") : false;
        case "consul":
          return sub(a, "kv", "delete");
        default:
          return false;
      }
    },
    examples: {
      positive: ["aws sqs purge-queue --queue-url https://sqs.us-east-1.amazonaws.com/1/q", "aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:1:alerts", "nats stream delete ORDERS", "nats kv purge CONFIG", "rabbitmqctl delete_vhost /prod", "rabbitmqadmin delete queue name=jobs", "kafka-consumer-groups --bootstrap-server b:9092 --delete --group billing", "kafka-delete-records --bootstrap-server b:9092 --offset-json-file o.json", "etcdctl del --prefix /registry", "consul kv delete -recurse app/"],
      negative: ["aws sqs list-queues", "aws sns list-topics", "nats stream info ORDERS", "rabbitmqctl list_queues", "rabbitmqadmin list queues", "kafka-consumer-groups --bootstrap-server b:9092 --list", "kafka-acls --bootstrap-server b:9092 --list", "etcdctl get /registry --prefix", "consul kv get app/config"],
    },
  },
  {
    id: "system-service-or-account-removal",
    description: "disabling or masking critical services, removing user accounts, or removing a user's crontab",
    severity: "medium",
    reason: "semantic:destructive_command",
    names: ["systemctl", "userdel", "deluser", "crontab", "service"],
    check: (inv) => {
      const a = inv.args;
      if (inv.name === "userdel" || inv.name === "deluser") return true;
      if (inv.name === "crontab") return has(a, "-r");
      // Stopping a web server or database is maintenance; stopping what guards or reaches the host is not.
      const guard = a.some((x) => /^(?:sshd?|firewalld|ufw|auditd|systemd-journald|rsyslog|apparmor|selinux|fail2ban)(?:\.service)?$/.test(x));
      const critical = guard || a.some((x) => /^(?:docker|containerd|kubelet|nginx|apache2|httpd|postgresql|mysql|mariadb|networking|NetworkManager|systemd-networkd)(?:\.service)?$/.test(x));
      if (inv.name === "service") return guard && has(a, "stop");
      return (critical && (sub(a, "disable") || sub(a, "mask"))) || (guard && sub(a, "stop"));
    },
    examples: {
      positive: ["systemctl disable --now sshd", "systemctl mask firewalld", "systemctl stop auditd", "userdel -r alice", "crontab -r", "service ssh stop"],
      negative: ["systemctl status sshd", "systemctl restart nginx", "systemctl stop nginx", "systemctl disable --now cups", "crontab -l", "service nginx reload"],
    },
  },
];
