#!/usr/bin/env bash
# postfix-stop.sh WORKDIR — stops what postfix-start.sh started there: the Postfix instance
# (postfix -c WORKDIR/etc stop: that instance only), then exactly the PIDs in WORKDIR/pids.
set -u
[ $# -eq 1 ] || { echo "usage: $0 WORKDIR" >&2; exit 2; }
W=$(cd "$1" && pwd) || exit 1
[ -f "$W/pids" ] || exit 0
[ -f "$W/etc/main.cf" ] && postfix -c "$W/etc" stop >/dev/null 2>&1
mine() {  # still our process? (guards against PID reuse: its command line names WORKDIR)
  tr '\0' ' ' 2>/dev/null < "/proc/$1/cmdline" | grep -qF "$W"
}
for pid in $(cat "$W/pids"); do mine "$pid" && kill -TERM "$pid"; done
for pid in $(cat "$W/pids"); do
  for _ in $(seq 50); do mine "$pid" || break; sleep 0.1; done
  mine "$pid" && { echo "pid $pid ignored SIGTERM, sending SIGKILL" >&2; kill -KILL "$pid"; }
done
rm -f "$W/pids"
