// Wiping disks and partitions, and Windows' recovery points.
import { rawWords } from "../resolve.js";
import { classifyPath } from "../paths.js";
import type { CommandRule } from "../rule.js";
import { lower, operands } from "./facts.js";

function writesDevice(redirects: { op: string; target?: { value: string } | undefined }[]): boolean {
  return redirects.some((r) => (r.op === ">" || r.op === ">>" || r.op === ">|" || r.op === "&>") && r.target && classifyPath(r.target.value) === "device");
}

const IMAGE_FILE = /\.(?:img|raw|iso|bin|qcow2|vhdx?|vmdk|fs|ext[234]|squashfs)$/i;

export const diskRules: CommandRule[] = [
  {
    id: "dd-to-device",
    description: "dd writing onto a disk device",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["dd"],
    check: (inv) => inv.args.some((a) => a.startsWith("of=") && classifyPath(a.slice(3)) === "device"),
    examples: {
      positive: ["dd if=/dev/zero of=/dev/sda bs=1M", "sudo dd if=/dev/urandom of=/dev/nvme0n1", "dd if=x.img of=/dev/disk2"],
      negative: ["dd if=/dev/zero of=./disk.img bs=1M count=100", "dd if=/dev/sda of=backup.img"],
    },
  },
  {
    id: "make-filesystem",
    description: "formatting a device (mkfs, mke2fs, newfs, mkswap)",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["mkfs", "mke2fs", "newfs", "mkswap", "mkfs.ext2", "mkfs.ext3", "mkfs.ext4", "mkfs.xfs", "mkfs.btrfs", "mkfs.vfat", "mkfs.fat", "mkfs.ntfs", "mkfs.exfat", "mkntfs"],
    check: (inv) => {
      const targets = operands(inv.args);
      if (targets.some((a) => classifyPath(a) === "device")) return true;
      // A file system made inside an image file (`mkfs.ext4 -F ./disk.img`) formats no disk.
      return lower(inv) !== "mkswap" && !targets.some((a) => IMAGE_FILE.test(a));
    },
    examples: {
      positive: ["mkfs.ext4 /dev/sdb1", "sudo mkfs -t xfs /dev/nvme1n1", "mkswap /dev/sda2"],
      negative: ["mkswap ./swapfile", "echo mkfs", "mkfs.ext4 -F ./disk.img", "mkfs.vfat build/efi.img"],
    },
  },
  {
    id: "wipe-device",
    description: "erasing a device or partition table (shred, wipefs, blkdiscard, sgdisk --zap)",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["shred", "wipefs", "blkdiscard", "sgdisk", "sfdisk", "hdparm"],
    check: (inv) => {
      const devices = operands(inv.args).some((a) => classifyPath(a) === "device");
      switch (lower(inv)) {
        case "wipefs":
        case "blkdiscard":
          return true;
        case "sgdisk":
          return inv.args.some((a) => a === "-Z" || a === "--zap-all" || a === "-o" || a === "--clear");
        case "hdparm":
          return inv.args.some((a) => a.startsWith("--security-erase") || a === "--trim-sector-ranges");
        default:
          return devices;
      }
    },
    examples: {
      positive: ["shred -vfz -n 3 /dev/sda", "wipefs -a /dev/sdb", "blkdiscard /dev/nvme0n1", "sgdisk --zap-all /dev/sda"],
      negative: ["shred -u secret-copy.txt", "sgdisk -p /dev/sda"],
    },
  },
  {
    id: "partition-table-change",
    description: "replacing or deleting partitions (parted mklabel/rm, scripted fdisk, diskutil erase)",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["parted", "fdisk", "gdisk", "cfdisk", "diskutil"],
    check: (inv) => {
      const name = lower(inv);
      if (name === "parted") return inv.args.some((a) => /^(?:mklabel|mktable|rm|resizepart)$/i.test(a));
      if (name === "diskutil") return inv.args.some((a) => /^(?:eraseDisk|eraseVolume|zeroDisk|randomDisk|secureErase|partitionDisk|reformat)$/i.test(a));
      // fdisk and friends are interactive: they change a disk only when fed commands.
      const scripted = (inv.pipe !== undefined && inv.pipe.index > 0) || inv.redirects.some((r) => r.op === "<" || r.op === "<<" || r.op === "<<<" || r.op === "<<-");
      return scripted && operands(inv.args).some((a) => classifyPath(a) === "device") ? "high" : false;
    },
    examples: {
      positive: ["parted /dev/sdb mklabel gpt", "sudo parted -s /dev/nvme0n1 rm 1", "diskutil eraseDisk JHFS+ Blank /dev/disk2", "printf 'o\\nw\\n' | fdisk /dev/sdb"],
      negative: ["parted -l", "fdisk -l /dev/sda", "diskutil list", "parted /dev/sda print"],
    },
  },
  {
    id: "write-to-device",
    description: "redirecting output onto a raw disk device",
    severity: "critical",
    reason: "semantic:destructive_command",
    check: (inv) => writesDevice(inv.redirects) || (lower(inv) === "tee" && operands(inv.args).some((a) => classifyPath(a) === "device")),
    examples: {
      positive: ["cat /dev/urandom > /dev/sda", "echo hi > /dev/nvme0n1", "head -c 1M /dev/zero | tee /dev/sdb"],
      negative: ["echo hi > /dev/null", "cat file > out.txt 2>/dev/null"],
    },
  },
  {
    id: "windows-format-or-shadow-delete",
    description: "formatting a Windows drive, deleting shadow copies or disabling recovery",
    severity: "critical",
    reason: "semantic:destructive_command",
    names: ["format", "vssadmin", "wmic", "bcdedit", "cipher", "diskpart", "wbadmin"],
    check: (inv) => {
      const raw = rawWords(inv).slice(1).map((a) => a.toLowerCase());
      switch (lower(inv)) {
        case "format":
          return raw.some((a) => /^[a-z]:\\?$/.test(a));
        case "vssadmin":
          return raw.includes("delete") && raw.includes("shadows");
        case "wmic":
          return raw.includes("shadowcopy") && raw.includes("delete");
        case "bcdedit":
          return raw.some((a) => a === "recoveryenabled" || a === "bootstatuspolicy");
        case "wbadmin":
          return raw.includes("delete");
        case "cipher":
          return raw.some((a) => a.startsWith("/w"));
        default:
          return "high";
      }
    },
    examples: {
      positive: ["format C: /q /y", "vssadmin delete shadows /all /quiet", "wmic shadowcopy delete", "bcdedit /set {default} recoveryenabled no"],
      negative: ["vssadmin list shadows", "format-table", "cipher /e secret.txt"],
    },
  },
];
