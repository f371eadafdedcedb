// Names that start a shell command line: deciding whether a line of text is a command.
export const KNOWN_COMMANDS = new Set(
  `rm rmdir mv cp ln ls cd pwd mkdir touch cat tac less more head tail grep egrep fgrep rg ag find locate xargs sed awk gawk
  sort uniq cut tr wc tee echo printf read test [ [[ true false yes sleep date cal time timeout watch nohup nice kill pkill killall
  ps top htop jobs bg fg wait exit exec eval source . export unset set env printenv alias unalias type which whereis command
  builtin hash history clear reset su sudo doas chmod chown chgrp umask passwd useradd userdel usermod groupadd id whoami who w
  last uname hostname uptime df du free mount umount fdisk parted mkfs mkswap swapon swapoff dd shred wipefs blkdiscard sync
  tar gzip gunzip zip unzip bzip2 xz zcat 7z rar unrar curl wget ssh scp sftp rsync ftp telnet nc ncat netcat socat ping
  traceroute dig nslookup host ip ifconfig netstat ss iptables ufw nmap tcpdump openssl base64 xxd od hexdump strings file stat
  diff cmp patch md5sum sha1sum sha256sum sha512sum git svn hg make cmake gcc g++ cc clang ld node npm npx yarn pnpm bun deno
  python python2 python3 pip pip3 pipx poetry uv ruby gem bundle perl php composer java javac mvn gradle go cargo rustc
  docker podman kubectl helm terraform tofu pulumi ansible ansible-playbook vagrant aws gcloud az gsutil doctl heroku fly
  systemctl service journalctl crontab at batch launchctl brew apt apt-get dpkg yum dnf rpm pacman snap flatpak apk port
  bash sh zsh dash ksh fish powershell pwsh cmd iex Remove-Item Invoke-WebRequest Invoke-Expression del rd format
  vim vi nano emacs code open xdg-open screen tmux jq yq psql mysql mysqladmin sqlite3 redis-cli mongo mongosh dropdb
  createdb pg_dump mysqldump ssh-keygen ssh-add gpg chattr lsattr setfacl getfacl truncate install mktemp basename dirname
  realpath readlink seq shuf split join paste column fold fmt nl rev iconv bc expr let declare local return function for
  while until if case select trap ulimit reboot shutdown halt poweroff init mkfifo lsof strace ltrace gdb vmstat iostat
  sar lscpu lsblk blkid fsck e2fsck tune2fs resize2fs rename tree ncdu zsh-reset sudoedit visudo usermod chpasswd`
    .split(/\s+/)
    .filter(Boolean),
);

/** Commands worth finding in the middle of prose ("then run rm -rf / to clean up"). */
export const DANGEROUS_COMMANDS = new Set([
  "rm", "dd", "mkfs", "shred", "wipefs", "chmod", "chown", "curl", "wget", "nc", "ncat", "netcat", "socat", "bash", "sh", "zsh",
  "sudo", "eval", "crontab", "history", "terraform", "kubectl", "aws", "gsutil", "git", "find", "mv", "python", "python3",
  "perl", "powershell", "pwsh", "iex", "base64", "scp", "cat", "echo", "format", "vssadmin", "del", "rd", "Remove-Item",
  "dropdb", "redis-cli", "useradd", "usermod", "iptables", "ufw", "setenforce", "kill", "pkill", "shutdown", "reboot",
]);
