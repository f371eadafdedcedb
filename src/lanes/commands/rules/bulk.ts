// Deleting whatever a listing prints: `docker rm $(docker ps -aq)`, `kubectl get ns -o name |
// xargs kubectl delete`, `git tag -l | xargs git push origin --delete`. The listing decides the
// targets, so no argument on the line names them: the shape itself is the evidence. A listing
// narrowed by a filter (`-f status=exited`, `--merged`, `grep pattern`, `head`) is a clean-up.
import type { Invocation } from "../resolve.js";
import type { CommandRule } from "../rule.js";
import type { Command, Script } from "../shell/ast.js";

/** A command's name and arguments, from a resolved invocation or a parse tree. */
interface Call {
  name: string;
  args: string[];
}

/** Subcommands and flags that delete or remove what they are given. */
const DELETE_WORDS = new Set([
  "delete", "del", "rm", "rmi", "remove", "rb", "destroy", "purge", "uninstall", "unpublish", "drop", "--delete", "-d", "-D",
  "terminate-instances", "delete-stack", "delete-bucket", "delete-secret", "delete-function", "delete-repository",
]);

/** Names of tools whose subcommand is the verb (`docker rm`, `gh secret delete`); others delete by their name (`rm`, `Remove-Item`). */
const VERB_TOOLS = new Set([
  "docker", "podman", "kubectl", "oc", "helm", "git", "gh", "glab", "aws", "gcloud", "az", "terraform", "tofu", "pulumi", "pip", "pip3",
  "npm", "pnpm", "yarn", "redis-cli", "vault", "doppler", "op", "heroku", "flyctl", "fly", "doctl", "linode-cli", "hcloud", "nomad",
  "consul", "etcdctl", "kafka-topics", "kafka-topics.sh", "rclone", "restic", "borg", "gsutil", "s3cmd", "mc", "virsh", "lxc", "incus",
]);

const DELETE_COMMANDS = /^(?:rm|rmdir|unlink|shred|remove-\w+|clear-\w+|uninstall-\w+|unregister-\w+|del|erase|rd)$/i;

function deletes(call: Call): boolean {
  const name = call.name.toLowerCase();
  if (DELETE_COMMANDS.test(name)) return true;
  if (!VERB_TOOLS.has(name)) return false;
  return call.args.some((a) => DELETE_WORDS.has(a.toLowerCase()) || DELETE_WORDS.has(a));
}

/** Flags that narrow a listing to some of its items. */
const FILTERS = /^(?:-f|--filter|--selector|--field-selector|--merged|--contains|--points-at|--older-than|--since|--until|-Filter|-Include|-Exclude|--query|--prefix|--pattern|--match|-name|-mtime|-newer|-type|--dangling|--no-merged)(?:=|$)/;

/** Words that say a command lists things: `docker ps -aq`, `kubectl get ns`, `git for-each-ref`, `aws s3 ls`, `Get-ChildItem`. */
function lists(call: Call): boolean {
  const name = call.name.toLowerCase();
  const args = call.args.map((a) => a.toLowerCase());
  // File listings (ls, find, Get-ChildItem) are left to the delete rules, which read those paths themselves.
  if (FILE_LISTERS.has(name)) return false;
  if (/^get-\w+$/.test(name)) return true;
  if (!VERB_TOOLS.has(name)) return false;
  return args.some((a) => /^(?:ls|list|ps|images|get|for-each-ref|ls-remote|freeze|keys|--scan|show-ref|describe-\w+|list-\w+|branch|tag|-q|-aq|-qa|--quiet)$/.test(a));
}

const FILE_LISTERS = new Set(["ls", "find", "fd", "get-childitem", "gci", "dir"]);
/** kubectl options that take a value (so the value is not read as an item name). */
const KUBECTL_VALUES = new Set(["-n", "--namespace", "-o", "--output", "--context", "--kubeconfig", "--cluster", "-c", "--sort-by"]);

function narrowed(call: Call): boolean {
  // `-Filter *` keeps every item.
  if (call.args.some((a, i) => FILTERS.test(a) && !(/^-filter$/i.test(a) && call.args[i + 1] === "*"))) return true;
  const name = call.name.toLowerCase();
  // `kubectl get pod web-1` names its item; `git tag -l 'v0.*'` and `git branch --list 'tmp/*'` select by pattern.
  if (name === "kubectl" || name === "oc") {
    if (call.args.includes("-l")) return true;
    const positional = call.args.filter((a, i) => !a.startsWith("-") && !KUBECTL_VALUES.has(call.args[i - 1] ?? ""));
    if (positional.length > 2) return true;
  }
  if (name === "git" && call.args.some((a) => /[*?]/.test(a))) return true;
  if (name.startsWith("where-object") || name === "where" || name === "?") return true;
  return false;
}

/** Commands between a listing and the delete that keep only some lines; `grep -v` drops a few and keeps the rest. */
function filters(call: Call): boolean {
  const name = call.name.toLowerCase();
  if (name === "grep" || name === "egrep" || name === "rg") return !call.args.some((a) => /^-[a-zA-Z]*v/.test(a) || a === "--invert-match");
  if (name === "head" || name === "tail" || name === "where-object" || name === "select-object" || name === "?") return true;
  // `sed -n '/x/p'` and `sed '/x/d'` drop lines; `sed 's#origin/##'` only rewrites them. `jq 'select(…)'` drops items.
  if (name === "sed") return call.args.some((a) => a === "-n" || /\/[^/]*\/\s*d\s*$/.test(a));
  if (name === "jq") return call.args.some((a) => /select\(|first|limit\(/.test(a));
  if (name === "awk") return call.args.some((a) => /^\s*(?:\/|\$\d+\s*[=!~<>]|NR\s*[<>=])/.test(a));
  return false;
}

function callOf(command: Command): Call | undefined {
  if (command.kind !== "simple") return undefined;
  const [first, ...rest] = command.words;
  if (!first) return undefined;
  return { name: first.value.replace(/^.*\//, ""), args: rest.map((w) => w.value) };
}

/** A substitution's script is an unnarrowed listing, maybe piped through commands that do not filter. */
function listingScript(script: Script): boolean {
  return script.pipelines.some((pipeline) => {
    const calls = pipeline.commands.map(callOf);
    const head = calls[0];
    if (!head || !lists(head) || narrowed(head)) return false;
    return calls.slice(1).every((c) => c !== undefined && !filters(c));
  });
}

/** The elements before this one in its pipeline list everything and nothing between narrows it. */
function fedByListing(inv: Invocation): boolean {
  const pipe = inv.pipe;
  if (!pipe || pipe.index === 0) return false;
  const before = pipe.elements.slice(0, pipe.index).map((element) => element[0]);
  const head = before[0];
  if (!head || !lists(head) || narrowed(head)) return false;
  return before.slice(1).every((c) => c !== undefined && !filters(c));
}

export const bulkRules: CommandRule[] = [
  {
    id: "delete-everything-listed",
    description: "deleting every item a listing prints (containers, namespaces, branches, tags, secrets, packages…), fed by xargs, a pipe or $(…)",
    severity: "high",
    reason: "semantic:destructive_command",
    check: (inv) => {
      if (!deletes(inv)) return false;
      if (fedByListing(inv)) return true;
      return inv.argWords.some((w) => w.nested.some((script) => listingScript(script)));
    },
    examples: {
      positive: [
        "docker service rm $(docker service ls -q)",
        "docker rm -f $(docker ps -aq)",
        "kubectl get ns -o name | grep -v kube- | xargs kubectl delete",
        "git tag -l | xargs -n 1 git push origin --delete",
        "gh secret list --json name -q '.[].name' | xargs -n1 gh secret delete",
        "terraform state list | xargs -n1 terraform state rm",
        "pip freeze | xargs pip uninstall -y",
        "Get-LocalUser | Remove-LocalUser",
        "Get-ADUser -Filter * | Remove-ADUser -Confirm:$false",
        "git branch -r | grep -v HEAD | sed 's#origin/##' | xargs -n1 git push origin --delete",
        "redis-cli --scan | xargs redis-cli DEL",
        "aws s3 ls | awk '{print $3}' | xargs -I{} aws s3 rb s3://{} --force",
      ],
      negative: [
        "docker rm $(docker ps -aq -f status=exited)",
        "docker rmi $(docker images -q --filter dangling=true)",
        "git branch --merged main | grep -v main | xargs git branch -d",
        "kubectl get pods -n dev | grep Evicted | awk '{print $1}' | xargs kubectl delete pod -n dev",
        "docker ps -aq | head -3 | xargs docker rm",
        "git tag -l 'tmp-*' | xargs git tag -d",
        "docker ps -q | xargs docker inspect",
        "ls *.log | xargs rm",
        "Get-ChildItem ./build | Remove-Item -Recurse",
        "kubectl get pods -n dev -o name | grep Completed | xargs kubectl delete -n dev",
        "Get-ChildItem *.tmp | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item",
      ],
    },
  },
];
