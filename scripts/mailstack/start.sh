#!/usr/bin/env bash
# Start a throwaway mail stack on loopback for the integration tests.
#
#   Dovecot: IMAP (plain), IMAPS (implicit TLS), LMTP; users in a passwd-file, Maildir.
#   Postfix: SMTP without AUTH, submission with STARTTLS + AUTH (Dovecot SASL), and
#            submission over implicit TLS + AUTH;
#            delivers the test domain into Dovecot over LMTP; nothing leaves the machine.
#
# Usage (as root, Debian 12):  bash scripts/mailstack/start.sh [STATE_DIR]
#
# Environment (all optional):
#   MAILSTACK_DIR               state folder (default /tmp/intro-agent-mailstack, or $1);
#                               every parent must be world-traversable (not under /root)
#   MAILSTACK_DOMAIN            mail domain (default example.test)
#   MAILSTACK_USERS             local parts (default "intros alice bob carol dave")
#   MAILSTACK_PASSWORD          every user's password (default secret)
#   MAILSTACK_IMAP_PORT         plain IMAP (default 10143)
#   MAILSTACK_IMAPS_PORT        IMAP over implicit TLS (default 10993)
#   MAILSTACK_LMTP_PORT         Dovecot LMTP (default 10024)
#   MAILSTACK_SMTP_PORT         Postfix SMTP, no AUTH (default 10025)
#   MAILSTACK_SUBMISSION_PORT   Postfix submission, STARTTLS + AUTH (default 10587)
#   MAILSTACK_SMTPS_PORT        Postfix submission over implicit TLS + AUTH (default 10465)
#   MAILSTACK_RESET=1           wipe mailboxes and queue before starting
#   MAILSTACK_INSTALL=0         never apt-get install; fail if packages are missing
#
# Idempotent: when an instance with the same settings already runs from STATE_DIR it is
# left alone; otherwise it is stopped and started again. Mail is kept unless
# MAILSTACK_RESET=1. Writes STATE_DIR/mailstack.env (shell syntax) for the tests.
# A failed start exits non-zero and prints the tail of the relevant log.
# Stop with scripts/mailstack/stop.sh [STATE_DIR].
set -euo pipefail

t0=$EPOCHREALTIME
log() { printf '[mailstack %ss] %s\n' "$(awk "BEGIN{printf \"%.2f\", $EPOCHREALTIME - $t0}")" "$*" >&2; }
die() {
  echo "[mailstack] ERROR: $*" >&2
  for f in "${STATE:-/nonexistent}"/log/*.log; do
    [ -s "$f" ] || continue
    echo "[mailstack] --- tail of $f" >&2
    tail -n 15 "$f" >&2
  done
  exit 1
}
trap 'die "command failed at line $LINENO: $BASH_COMMAND"' ERR

[ "$(id -u)" = 0 ] || die "must run as root (Dovecot and Postfix drop privileges themselves)"

STATE=${1:-${MAILSTACK_DIR:-/tmp/intro-agent-mailstack}}
DOMAIN=${MAILSTACK_DOMAIN:-example.test}
USERS=${MAILSTACK_USERS:-"intros alice bob carol dave"}
PASSWORD=${MAILSTACK_PASSWORD:-secret}
IMAP_PORT=${MAILSTACK_IMAP_PORT:-10143}
IMAPS_PORT=${MAILSTACK_IMAPS_PORT:-10993}
LMTP_PORT=${MAILSTACK_LMTP_PORT:-10024}
SMTP_PORT=${MAILSTACK_SMTP_PORT:-10025}
SUBM_PORT=${MAILSTACK_SUBMISSION_PORT:-10587}
SMTPS_PORT=${MAILSTACK_SMTPS_PORT:-10465}
VMAIL=vmail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PORTS=("$IMAP_PORT" "$IMAPS_PORT" "$LMTP_PORT" "$SMTP_PORT" "$SUBM_PORT" "$SMTPS_PORT")

mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
PF=$STATE/postfix

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() {  # pid_alive PIDFILE EXE_SUBSTRING
  local pid
  [ -s "$1" ] || return 1
  pid=$(tr -d ' \n' <"$1")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == *"$2"* ]]
}

# ---------------------------------------------------------------- already running?
# A changed script (new daemon settings) also means a restart.
SETTINGS="$DOMAIN|$USERS|$PASSWORD|${PORTS[*]}|$(md5sum <"${BASH_SOURCE[0]}" | cut -c1-32)"
if [ "${MAILSTACK_RESET:-0}" != 1 ] && [ -s "$STATE/mailstack.env" ] \
  && [ "$(cat "$STATE/settings" 2>/dev/null)" = "$SETTINGS" ] \
  && pid_alive "$STATE/run/dovecot/master.pid" dovecot \
  && pid_alive "$PF/spool/pid/master.pid" /postfix/sbin/master; then
  all_open=1
  for p in "${PORTS[@]}"; do port_open "$p" || all_open=0; done
  if [ "$all_open" = 1 ]; then
    log "already running from $STATE; env in $STATE/mailstack.env"
    exit 0
  fi
fi

# ---------------------------------------------------------------- packages
need=()
[ -x /usr/sbin/dovecot ] || need+=(dovecot-core dovecot-imapd)
[ -x /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
[ -x /usr/sbin/postfix ] || need+=(postfix)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  [ "${MAILSTACK_INSTALL:-1}" = 1 ] || die "missing packages: ${need[*]}"
  log "installing ${need[*]}"
  mkdir -p "$STATE/log"
  # Answered first, or Postfix's debconf stops to ask; its /etc config is never used.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  echo "postfix postfix/mailname string $DOMAIN" | debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q --no-install-recommends "${need[@]}" >"$STATE/log/apt.log" 2>&1; then
    apt-get update -q >>"$STATE/log/apt.log" 2>&1 || true
    apt-get install -y -q --no-install-recommends "${need[@]}" >>"$STATE/log/apt.log" 2>&1 \
      || die "apt-get install ${need[*]} failed"
  fi
fi

# ---------------------------------------------------------------- stop a previous instance
bash "$HERE/stop.sh" "$STATE" >/dev/null 2>&1 || true

# A start right after a stop can find Dovecot's ports still held for a few seconds.
for p in "${PORTS[@]}"; do
  for _ in $(seq 1 50); do port_open "$p" || break; sleep 0.2; done
  if port_open "$p"; then
    who=$(ss -ltnpH "sport = :$p" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -1)
    die "port 127.0.0.1:$p is already in use${who:+ by $who}; set MAILSTACK_*_PORT"
  fi
done

# ---------------------------------------------------------------- users, folders, cert
id "$VMAIL" >/dev/null 2>&1 || useradd --system --user-group --home-dir /nonexistent \
  --no-create-home --shell /usr/sbin/nologin "$VMAIL"
VUID=$(id -u "$VMAIL")

if [ "${MAILSTACK_RESET:-0}" = 1 ]; then
  log "reset: wiping mail and queue"
  rm -rf "$STATE/mail" "$PF/spool" "$PF/data"
fi
mkdir -p "$STATE"/{etc,tls,log,mail,run,lib/dovecot}
chmod 0755 "$STATE" "$STATE/etc" "$STATE/run" "$STATE/log"
chown "$VMAIL:$VMAIL" "$STATE/mail"
chmod 0700 "$STATE/mail"
# Dovecot's and Postfix's unprivileged users must be able to enter every parent folder.
d=$STATE
while [ "$d" != / ]; do
  [ $(( 0$(stat -c %a "$d") & 1 )) = 1 ] \
    || die "$d is not world-traversable (o+x); choose a state folder under /tmp or /srv"
  d=$(dirname "$d")
done

if [ ! -s "$STATE/tls/cert.pem" ]; then
  log "generating a self-signed certificate"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:mail.$DOMAIN" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -keyout "$STATE/tls/key.pem" -out "$STATE/tls/cert.pem" 2>/dev/null
fi
chmod 0644 "$STATE/tls/cert.pem"
chmod 0600 "$STATE/tls/key.pem"

: >"$STATE/etc/passwd.new"
: >"$STATE/etc/vmailbox"
ADDRESSES=()
for name in $USERS; do
  echo "$name@$DOMAIN:{PLAIN}$PASSWORD::::::" >>"$STATE/etc/passwd.new"
  echo "$name@$DOMAIN OK" >>"$STATE/etc/vmailbox"
  ADDRESSES+=("$name@$DOMAIN")
done
mv "$STATE/etc/passwd.new" "$STATE/etc/passwd"
chown root:dovecot "$STATE/etc/passwd"
chmod 0640 "$STATE/etc/passwd"

# ---------------------------------------------------------------- Dovecot
cat >"$STATE/etc/dovecot.conf" <<EOF
# Generated by scripts/mailstack/start.sh: standalone, /etc/dovecot is not read.
instance_name = intro-agent-mailstack-$(echo "$STATE" | md5sum | cut -c1-8)
base_dir = $STATE/run/dovecot
state_dir = $STATE/lib/dovecot
protocols = imap lmtp
listen = 127.0.0.1
log_path = $STATE/log/dovecot.log
info_log_path = $STATE/log/dovecot.log

ssl = yes
ssl_cert = <$STATE/tls/cert.pem
ssl_key = <$STATE/tls/key.pem
ssl_min_protocol = TLSv1.2
# Plain LOGIN on the loopback IMAP port is what the tests of security "none" need.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Lu
# Tests log in with wrong passwords on purpose; the failure delay and the per-IP
# penalty (2, 4, 8, 15 s; disabled below in service anvil) would then slow every later
# login from 127.0.0.1.
auth_failure_delay = 0

first_valid_uid = $VUID
last_valid_uid = $VUID
mail_location = maildir:~/Maildir
mail_fsync = never
recipient_delimiter = +

namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu $STATE/etc/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%Lu $STATE/etc/passwd
  default_fields = uid=$VMAIL gid=$VMAIL home=$STATE/mail/%Ld/%Ln
}

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $LMTP_PORT
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
protocol imap {
  # The default of 10 breaks tests that open many connections at once.
  mail_max_userip_connections = 200
}
protocol lmtp {
  postmaster_address = postmaster@$DOMAIN
}
EOF

log "starting dovecot"
# Redirected: the daemon keeps inherited descriptors open, so a caller reading our
# output through a pipe would otherwise wait until the daemon exits.
/usr/sbin/dovecot -c "$STATE/etc/dovecot.conf" </dev/null >"$STATE/log/dovecot-start.log" 2>&1 \
  || die "dovecot failed to start"

# ---------------------------------------------------------------- Postfix
# The config folder is kept apart from the queue folder, or postfix-script warns about
# every queue subfolder.
mkdir -p "$PF/conf" "$PF/spool" "$PF/data"
chown postfix:postfix "$PF/data"
cp "$STATE/etc/vmailbox" "$PF/conf/vmailbox"
# main.cf takes no trailing comments: they would become part of the value.
cat >"$PF/conf/main.cf" <<EOF
# Generated by scripts/mailstack/start.sh: standalone, /etc/postfix is not read.
compatibility_level = 3.6
queue_directory = $PF/spool
data_directory = $PF/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
# No syslog daemon here: without a log file, start-up errors vanish.
maillog_file_prefixes = $STATE/log
maillog_file = $STATE/log/postfix.log
syslog_name = intro-agent-mailstack

myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
biff = no

# Unknown users of the domain get 550 at RCPT; other domains are refused, and would
# bounce anyway: nothing leaves the machine.
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$PF/conf/vmailbox
virtual_transport = lmtp:inet:127.0.0.1:$LMTP_PORT
default_transport = error:delivery outside $DOMAIN is disabled
relay_transport = \$default_transport
local_transport = \$default_transport
recipient_delimiter = +

smtpd_relay_restrictions = reject_unauth_destination
smtpd_sasl_type = dovecot
smtpd_sasl_path = $STATE/run/dovecot/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_tls_cert_file = $STATE/tls/cert.pem
smtpd_tls_key_file = $STATE/tls/key.pem
smtpd_tls_security_level = may
smtp_tls_security_level = none
smtputf8_enable = yes

# Tests want answers now: no tarpitting, quick retries.
in_flow_delay = 0
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 1000
smtpd_hard_error_limit = 1000
smtpd_client_connection_rate_limit = 0
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 30s
maximal_queue_lifetime = 1h
bounce_queue_lifetime = 1h
delay_warning_time = 0
message_size_limit = 52428800
EOF
# Nothing chrooted, so the SASL socket path can be absolute.
cat >"$PF/conf/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:$SMTP_PORT inet n - n - - smtpd
127.0.0.1:$SUBM_PORT inet n - n - - smtpd
  -o syslog_name=intro-agent-mailstack/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=intro-agent-mailstack/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF

log "starting postfix"
/usr/sbin/postfix -c "$PF/conf" start </dev/null >"$STATE/log/postfix-start.log" 2>&1 \
  || die "postfix failed to start"

# ---------------------------------------------------------------- readiness
for p in "${PORTS[@]}"; do
  for _ in $(seq 1 100); do port_open "$p" && break; sleep 0.1; done
  port_open "$p" || die "port $p did not come up"
done

cat >"$STATE/mailstack.env.new" <<EOF
MAILSTACK_DIR=$STATE
MAILSTACK_HOST=127.0.0.1
MAILSTACK_DOMAIN=$DOMAIN
MAILSTACK_USERS="${ADDRESSES[*]}"
MAILSTACK_PASSWORD=$PASSWORD
MAILSTACK_IMAP_PORT=$IMAP_PORT
MAILSTACK_IMAPS_PORT=$IMAPS_PORT
MAILSTACK_LMTP_PORT=$LMTP_PORT
MAILSTACK_SMTP_PORT=$SMTP_PORT
MAILSTACK_SUBMISSION_PORT=$SUBM_PORT
MAILSTACK_SMTPS_PORT=$SMTPS_PORT
MAILSTACK_CA_FILE=$STATE/tls/cert.pem
MAILSTACK_DOVECOT_CONF=$STATE/etc/dovecot.conf
EOF
chmod 0644 "$STATE/mailstack.env.new"
mv "$STATE/mailstack.env.new" "$STATE/mailstack.env"
echo "$SETTINGS" >"$STATE/settings"
log "up: IMAP $IMAP_PORT, IMAPS $IMAPS_PORT, LMTP $LMTP_PORT, SMTP $SMTP_PORT, submission $SUBM_PORT, SMTPS $SMTPS_PORT; env in $STATE/mailstack.env"
