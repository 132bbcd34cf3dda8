#!/usr/bin/env bash
# start-demo.sh BUILD_DIR — the `./gridwork start` main job: a demo township server and a phone.
#
#  1. On first start, creates the demo township (城南街道: 20 grids, ~4,000 households, ~10,000
#     residents, workers, open reports, tasks, follow-ups) with `gridwork-server init --demo`
#     in GRIDWORK_DEMO_DATA (default BUILD_DIR/demo/township); later starts reuse it.
#  2. Serves it on GRIDWORK_DEMO_LISTEN (default http://127.0.0.1:8080).
#  3. Issues a one-time enrollment code for a demo grid worker and prints it, with the command line
#     that connects a headless device.
#     It prints the web console's address (URL/console/) and the demo staff logins (created on
#     first start, password GRIDWORK_DEMO_CONSOLE_PASSWORD, default gridwork-demo).
#  4. With a display ($DISPLAY or $WAYLAND_DISPLAY) runs the phone app against the server; without
#     one, says so and keeps the server in the foreground until Ctrl-C (SIGINT: a clean stop).
set -euo pipefail

BUILD_DIR=${1:?usage: start-demo.sh BUILD_DIR}
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)
SERVER=$BUILD_DIR/sync-server/edge/gridwork-server
DEVICE=$BUILD_DIR/core/tools/gridwork-device
APP=$BUILD_DIR/mobile/gridwork-app
DATA=${GRIDWORK_DEMO_DATA:-$BUILD_DIR/demo/township}
LISTEN=${GRIDWORK_DEMO_LISTEN:-http://127.0.0.1:8080}
PHONE_DB=${GRIDWORK_DEMO_PHONE_DB:-$BUILD_DIR/demo/phone.db}
LOG=$(dirname "$DATA")/server.log
CONSOLE_PASSWORD=${GRIDWORK_DEMO_CONSOLE_PASSWORD:-gridwork-demo}

say() { printf '[gridwork] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ -x $SERVER ]] || die "no $SERVER — build the server first (./gridwork build)"
mkdir -p "$(dirname "$DATA")"

if [[ ! -f $DATA/server.db ]]; then
  say "creating the demo township in $DATA (first start, takes a few seconds)..."
  "$SERVER" init --data "$DATA" --demo >"$(dirname "$DATA")/init.txt" || die "init failed"
  head -1 "$(dirname "$DATA")/init.txt" >&2
  # Console staff of every role (the demo password is printed below; change it for real use).
  while read -r login name role dept; do
    extra=()
    [[ $dept != - ]] && extra=(--department "$dept")
    printf '%s\n' "$CONSOLE_PASSWORD" | "$SERVER" staff add --data "$DATA" --login "$login" --name "$name" --role "$role" \
      "${extra[@]}" >/dev/null || die "staff add $login failed"
  done <<STAFF
zhihui 陈志明 dispatcher -
chengguan 张建华 department 城管中队
shuili 李卫东 department 水利站
yingji 赵敏 department 应急管理办
lingdao 王主任 leader -
admin 系统管理员 admin -
STAFF
fi

# The address a client uses: a wildcard listen address is reached on loopback.
URL=${LISTEN/0.0.0.0/127.0.0.1}
say "starting gridwork-server on $LISTEN (request log: $LOG)"
"$SERVER" serve --data "$DATA" --listen "$LISTEN" >>"$LOG" 2>&1 &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the server (finishing in-flight requests)..."
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
  if curl -fsk -o /dev/null "$URL/healthz" 2>/dev/null; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server did not start; see $LOG"
  sleep 0.1
done
curl -fsk -o /dev/null "$URL/healthz" || die "the server does not answer on $URL; see $LOG"

# A demo grid worker of the first grid, and a fresh one-time code for him.
WORKER_LINE=$("$SERVER" worker list --data "$DATA" | grep -m1 '青山村第一网格' || "$SERVER" worker list --data "$DATA" | head -1)
WORKER_ID=${WORKER_LINE%% *}
[[ -n $WORKER_ID ]] || die "the township has no workers"
CODE=$("$SERVER" worker code --data "$DATA" --worker "$WORKER_ID" --json | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
[[ -n $CODE ]] || die "could not issue an enrollment code"

CONSOLE_INFO=""
if curl -fsk -o /dev/null "$URL/console/" 2>/dev/null; then
  CONSOLE_INFO="  the command centre's web console:  $URL/console/
    指挥员 zhihui · 部门 shuili / chengguan / yingji · 领导 lingdao · 管理员 admin
    demo password for all of them: $CONSOLE_PASSWORD
"
fi

cat >&2 <<INFO

  网格通 demo township 城南街道 is being served on $URL
  demo grid worker:  $WORKER_LINE
  enrollment code:   $CODE   (one-time; a new one is issued on every start)

  connect a headless device:
    $DEVICE --db phone.db enroll --server $URL --code $CODE
    $DEVICE --db phone.db sync
    $DEVICE --db phone.db status --json
$CONSOLE_INFO  the command centre's command line (in another terminal):
    $SERVER report list --data $DATA
    $SERVER stats --data $DATA

INFO

if [[ -n $CONSOLE_INFO && -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]] && command -v xdg-open >/dev/null; then
  xdg-open "$URL/console/" >/dev/null 2>&1 || true
fi
if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -x $APP ]]; then
  say "starting the phone app (close it to stop the demo)"
  if [[ -f $PHONE_DB ]]; then
    "$APP" --db "$PHONE_DB" --server "$URL" || true
  else
    "$APP" --db "$PHONE_DB" --server "$URL" --code "$CODE" || true
  fi
else
  if [[ ! -x $APP ]]; then
    say "the phone app is not built (no Qt?); the server keeps running"
  else
    say "no display (\$DISPLAY / \$WAYLAND_DISPLAY unset): not starting the phone app; the server keeps running"
  fi
  say "press Ctrl-C to stop the server"
  wait "$SERVER_PID" || true
fi
