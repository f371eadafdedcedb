// Destroying infrastructure and data stores through their CLIs.
import type { CommandRule } from "../rule.js";
import { sub, throwaway } from "./args.js";


const yes = (args: readonly string[]) => args.some((a) => /^(?:-auto-approve|--auto-approve|--yes|-y|--force|-f|--non-interactive|--skip-preview)$/.test(a));

export const infraRules: CommandRule[] = [
  {
    id: "iac-destroy",
    description: "destroying all infrastructure of a Terraform, OpenTofu, Pulumi or CDK stack",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["terraform", "tofu", "terragrunt", "pulumi", "cdk", "cdktf", "sst", "serverless", "sls"],
    check: (inv) => {
      // A preview, test or scratch resource is made to be thrown away.
      if (throwaway(inv.args)) return false;
      const a = inv.args;
      const destroy = a.includes("destroy") || (a.includes("apply") && a.includes("-destroy")) || (inv.name === "sst" && a.includes("remove")) || ((inv.name === "serverless" || inv.name === "sls") && a.includes("remove"));
      if (!destroy) return false;
      return yes(a) ? "critical" : true;
    },
    examples: {
      positive: ["terraform destroy -auto-approve", "terraform -chdir=envs/prod destroy -auto-approve", "pulumi destroy --stack sandbox-billing --yes", "terraform destroy", "tofu apply -destroy", "pulumi destroy --yes", "cdk destroy --force", "terragrunt run-all destroy"],
      negative: ["terraform plan", "terraform apply", "pulumi preview", "terraform state list", "terraform -chdir=envs/pr-1423 destroy -auto-approve", "pulumi destroy --stack jane-sandbox --yes"],
    },
  },
  {
    id: "kubernetes-delete-broad",
    description: "deleting a Kubernetes namespace, every resource of a kind, or across all namespaces",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["kubectl", "oc", "k"],
    check: (inv) => {
      const a = inv.args;
      const del = a.indexOf("delete");
      if (del < 0) return false;
      const rest = a.slice(del + 1);
      if (rest.some((x) => x === "-A" || x === "--all-namespaces")) return "critical";
      if (rest[0] === "namespace" || rest[0] === "ns" || rest[0] === "namespaces" || /^(?:namespace|ns)\//.test(rest[0] ?? "")) return "critical";
      if (rest.includes("--all") || rest.some((x) => x === "pv" || x === "pvc" || x === "persistentvolume" || x === "persistentvolumeclaim" || x === "crd")) return true;
      return false;
    },
    examples: {
      positive: ["kubectl delete namespace production", "kubectl delete ns staging", "kubectl delete pods --all", "kubectl delete deploy --all -A", "kubectl delete pvc data-db-0"],
      negative: ["kubectl delete pod web-7d9f", "kubectl get ns", "kubectl apply -f deploy.yaml"],
    },
  },
  {
    id: "cloud-storage-wipe",
    description: "recursive delete of a cloud storage bucket",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["aws", "gsutil", "gcloud", "az", "rclone", "mc", "s3cmd"],
    check: (inv) => {
      // A preview, test or scratch resource is made to be thrown away.
      if (throwaway(inv.args)) return false;
      const a = inv.args;
      switch (inv.name) {
        case "aws":
          return (sub(a, "s3", "rm") && a.includes("--recursive")) || (sub(a, "s3", "rb") && a.includes("--force")) || sub(a, "s3api", "delete-bucket");
        case "gsutil":
          return a.includes("rm") && a.some((x) => x === "-r" || x === "-R" || x === "-a") || a.includes("rb");
        case "gcloud":
          return sub(a, "storage", "rm") && a.some((x) => x === "-r" || x === "--recursive");
        case "az":
          return sub(a, "storage", "blob", "delete-batch") || sub(a, "storage", "container", "delete") || sub(a, "storage", "account", "delete");
        case "rclone":
          return a.includes("purge") || (a.includes("delete") && a.some((x) => x.includes(":")));
        case "mc":
          return a.includes("rb") || (a.includes("rm") && a.includes("--recursive") && a.includes("--force"));
        case "s3cmd":
          return (a.includes("del") || a.includes("rm")) && a.some((x) => x === "-r" || x === "--recursive") || a.includes("rb");
        default:
          return false;
      }
    },
    examples: {
      positive: ["aws s3 rm s3://prod-backups --recursive", "aws s3 rm s3://acme-backups-dev --recursive", "aws s3 rb s3://logs --force", "gsutil -m rm -r gs://bucket/**", "rclone purge remote:archive", "az storage blob delete-batch -s data --account-name acct"],
      negative: ["aws s3 ls s3://bucket", "aws s3 cp a.txt s3://bucket/a.txt", "gsutil cp x gs://b/x", "aws s3 rm s3://bucket/tmp/file.txt", "aws s3 rm s3://acme-ci-artifacts/builds/pr-1187/ --recursive"],
    },
  },
  {
    id: "cloud-resource-delete",
    description: "deleting cloud projects, resource groups, databases or instances",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["aws", "gcloud", "az", "doctl", "heroku", "fly", "flyctl", "vercel", "netlify", "supabase", "railway"],
    check: (inv) => {
      // A preview, test or scratch resource is made to be thrown away.
      if (throwaway(inv.args)) return false;
      const a = inv.args;
      const joined = a.join(" ");
      switch (inv.name) {
        case "aws":
          return /\b(?:terminate-instances|delete-db-instance|delete-db-cluster|delete-table|delete-stack|delete-cluster|delete-file-system|delete-repository|delete-secret|delete-user|delete-function|delete-hosted-zone|delete-vpc|delete-key|schedule-key-deletion|delete-bucket)\b/.test(joined);
        case "gcloud":
          if (sub(a, "projects", "delete")) return "critical";
          return /\b(?:instances|clusters|databases|buckets|services|functions)\b.*\bdelete\b|\bdelete\b.*\b(?:instances|clusters)\b/.test(joined) || sub(a, "sql", "instances", "delete");
        case "az":
          if (sub(a, "group", "delete")) return "critical";
          return /\b(?:vm|sql|cosmosdb|aks|webapp|keyvault|storage account|postgres|mysql)\b.*\bdelete\b/.test(joined);
        case "doctl":
          return /\bdelete\b|\brm\b/.test(joined) && /\b(?:droplet|database|kubernetes|volume|app)\b/.test(joined);
        case "heroku":
          return /\b(?:apps:destroy|destroy|pg:reset|addons:destroy)\b/.test(joined);
        case "fly":
        case "flyctl":
          return /\b(?:apps destroy|destroy|volumes destroy|postgres destroy)\b/.test(joined);
        case "supabase":
          return /\bprojects delete\b|\bdb reset\b.*--linked/.test(joined);
        default:
          return /\b(?:remove|rm|destroy|delete)\b/.test(joined) && /--yes|-y\b|--force/.test(joined) ? "medium" : false;
      }
    },
    examples: {
      positive: ["aws ec2 terminate-instances --instance-ids i-123", "aws rds delete-db-instance --db-instance-identifier prod", "gcloud projects delete my-project", "az group delete -n prod-rg --yes", "heroku apps:destroy myapp --confirm myapp"],
      negative: ["aws ec2 describe-instances", "gcloud compute instances list", "az group list", "heroku logs --tail"],
    },
  },
  {
    id: "datastore-wipe",
    description: "dropping databases or flushing data stores from their command-line clients",
    severity: "high",
    reason: "semantic:destructive_command",
    names: ["dropdb", "mysqladmin", "redis-cli", "mongo", "mongosh", "docker", "podman", "influx", "etcdctl"],
    check: (inv) => {
      // A preview, test or scratch resource is made to be thrown away.
      if (throwaway(inv.args)) return false;
      const a = inv.args;
      const joined = a.join(" ");
      switch (inv.name) {
        case "dropdb":
          return true;
        case "mysqladmin":
          return a.includes("drop");
        case "redis-cli":
          return a.some((x) => /^(?:flushall|flushdb)$/i.test(x));
        case "mongo":
        case "mongosh":
          return /dropDatabase\(|\.drop\(\)/.test(joined);
        case "docker":
        case "podman":
          if (sub(a, "system", "prune") && a.includes("--volumes")) return "medium";
          if (sub(a, "volume", "prune") || (sub(a, "volume", "rm") && a.includes("-f"))) return "medium";
          return false;
        case "influx":
          return sub(a, "bucket", "delete");
        case "etcdctl":
          return a.includes("del") && a.includes("--prefix") && a.some((x) => x === "" || x === "/" || x === "--from-key");
        default:
          return false;
      }
    },
    examples: {
      positive: ["dropdb production", "redis-cli FLUSHALL", "mysqladmin -u root drop shop", "mongosh --eval 'db.dropDatabase()'", "docker system prune -a --volumes -f"],
      negative: ["redis-cli GET key", "docker ps -a", "mysqladmin status", "createdb test", "dropdb --if-exists test_db_ci"],
    },
  },
];
