#!/usr/bin/env bash
# postfix-start.sh WORKDIR PORT PUBKEY_PEM AUDIENCE CERT_PEM KEY_PEM REALSMTP_DIR
# A private Postfix 3.x instance for agent tests (the companion of ../shared/tools/realsmtp's
# Dovecot submission harness): its own config_directory, queue and data under WORKDIR, smtpd on
# 127.0.0.1:PORT behind fwd.py (so the client is not "local" and TLS is required), STARTTLS with
# CERT_PEM/KEY_PEM, SASL through a private Dovecot auth process (AUTH XOAUTH2/OAUTHBEARER: the
# bearer JWT validated locally against PUBKEY_PEM, aud must contain AUDIENCE, the SASL user must
# equal the token's upn), accepted mail relayed to REALSMTP_DIR/sink.py, which writes
# WORKDIR/mail/<n>.eml. Nothing under /etc is read or written and no system service is touched.
# PIDs go to WORKDIR/pids (stop with postfix-stop.sh WORKDIR). Needs root (Postfix's master and
# Dovecot drop privileges themselves). Env: KID (JWT kid the key is filed under).
set -euo pipefail
[ $# -eq 7 ] || { echo "usage: $0 WORKDIR PORT PUBKEY_PEM AUDIENCE CERT_PEM KEY_PEM REALSMTP_DIR" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"; W=$(cd "$1" && pwd); PORT=$2; PUB=$3; AUD=$4; CERT=$5; KEY=$6; RS=$(cd "$7" && pwd)
KID=${KID:-realsmtp-test-kid}
[ ! -s "$W/pids" ] || { echo "already running? $W/pids exists (run postfix-stop.sh)" >&2; exit 1; }
command -v postfix >/dev/null && command -v dovecot >/dev/null || { echo "postfix or dovecot is not installed" >&2; exit 1; }
python3 -c 'import socket,sys;socket.socket().bind(("127.0.0.1",int(sys.argv[1])))' "$PORT" 2>/dev/null \
  || { echo "127.0.0.1:$PORT is in use" >&2; exit 1; }
chmod 755 "$W"
mkdir -p "$W/etc" "$W/queue" "$W/data" "$W/tls" "$W/mail" "$W/dovecot/run" "$W/dovecot/state" "$W/keys/default/RS256"
chown postfix "$W/data"
install -m 644 "$CERT" "$W/tls/cert.pem"; install -m 600 "$KEY" "$W/tls/key.pem"
openssl pkey -pubin -in "$PUB" -out "$W/keys/default/RS256/$KID"; chmod 644 "$W/keys/default/RS256/$KID"
for u in dovecot postfix; do
  runuser -u "$u" -- test -x "$W/keys" || { echo "user $u cannot reach $W (chmod o+x its parents)" >&2; exit 1; }
done
freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
SINK_PORT=$(freeport); SMTPD_PORT=$(freeport)

# --- Dovecot: the SASL authority only (no protocol served), same oauth2 passdb as the harness ---
cat > "$W/dovecot/oauth2.conf.ext" <<CONF
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$W/keys/
username_attribute = upn
username_format = %Lu
client_id = $AUD
CONF
cat > "$W/dovecot/dovecot.conf" <<CONF
instance_name = wcoa-postfix-$PORT
base_dir = $W/dovecot/run
state_dir = $W/dovecot/state
log_path = $W/dovecot.log
protocols = none
ssl = no
disable_plaintext_auth = no
auth_mechanisms = xoauth2 oauthbearer
auth_verbose = yes
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $W/dovecot/oauth2.conf.ext
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup allow_all_users=yes
}
service auth {
  unix_listener $W/auth-client {
    mode = 0660
    user = postfix
    group = postfix
  }
}
CONF
doveconf -c "$W/dovecot/dovecot.conf" -n > "$W/dovecot/doveconf-n.txt"

# --- Postfix: main.cf and master.cf of its own ---------------------------------
cat > "$W/etc/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $W/queue
data_directory = $W/data
mail_owner = postfix
setgid_group = postdrop
myhostname = postfix.wcoa.test
mydomain = wcoa.test
myorigin = \$myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
relayhost = [127.0.0.1]:$SINK_PORT
smtp_dns_support_level = disabled
maillog_file = $W/postfix.log
maillog_file_prefixes = $W
alias_maps =
alias_database =
local_recipient_maps =
smtpd_banner = \$myhostname ESMTP Postfix
smtpd_tls_cert_file = $W/tls/cert.pem
smtpd_tls_key_file = $W/tls/key.pem
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $W/auth-client
smtpd_sasl_security_options = noanonymous
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
# Postfix's default (2048): a bearer token's XOAUTH2 response can be longer than one line of it, so
# a real Postfix in front of Exchange-size tokens needs this raised; 8192 matches Dovecot's own.
line_length_limit = ${LINE_LENGTH_LIMIT:-8192}
CONF
cat > "$W/etc/master.cf" <<CONF
127.0.0.1:$SMTPD_PORT inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CONF
# postfix check creates the queue tree with the right owners (its messages go to a tty or syslog).
postfix -c "$W/etc" check >> "$W/postfix.stderr" 2>&1 || { echo "postfix check failed; see $W/postfix.log" >&2; exit 1; }

python3 "$RS/sink.py" "$SINK_PORT" "$W/mail" >> "$W/sink.log" 2>&1 &
echo $! > "$W/pids"
dovecot -F -c "$W/dovecot/dovecot.conf" >> "$W/dovecot.stderr" 2>&1 &
echo $! >> "$W/pids"
# start-fg: the master stays this shell's child, so its PID is ours to stop.
postfix -c "$W/etc" start-fg >> "$W/postfix.stderr" 2>&1 &
echo $! >> "$W/pids"
# 127.0.0.1 -> 127.0.0.1 would be in mynetworks; fwd.py makes the client arrive from 127.0.0.2.
python3 "$RS/fwd.py" "$PORT" "$SMTPD_PORT" 127.0.0.2 "$W" >> "$W/fwd.log" 2>&1 &
echo $! >> "$W/pids"

python3 - "$SINK_PORT" "$PORT" "$W/auth-client" <<'PY' || { echo "start failed; see $W/postfix.log $W/dovecot.log" >&2; "$HERE/postfix-stop.sh" "$W"; exit 1; }
import os, socket, sys, time
deadline = time.time() + 30
for port in map(int, sys.argv[1:3]):
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), 1) as s:
                s.settimeout(5)
                if s.recv(512).startswith(b"220"):
                    break
        except OSError:
            pass
        if time.time() > deadline:
            sys.exit(f"port {port} not answering")
        time.sleep(0.1)
while not os.path.exists(sys.argv[3]):
    if time.time() > deadline:
        sys.exit("no dovecot auth socket")
    time.sleep(0.1)
PY
for pid in $(cat "$W/pids"); do
  kill -0 "$pid" 2>/dev/null || { echo "pid $pid died; see $W/*.log" >&2; "$HERE/postfix-stop.sh" "$W"; exit 1; }
done
echo ready
