#!/usr/bin/env bash
# A local cluster of CostSystem for a developer or an evaluator (docs/architecture.md "Runtime modes"):
# PostgreSQL and redis-server from Debian's packages, started as local processes in a temporary
# folder on free ports, two silos (Cost.Silos) and the web front (Cost.Web as an Orleans client).
#
#   scripts/cluster.sh                    start, print the address, stop everything on Ctrl-C
#   scripts/cluster.sh start DIR          start in the background; addresses and pids in DIR/cluster.env
#   scripts/cluster.sh infra DIR          PostgreSQL and redis only, in the background
#   scripts/cluster.sh restart DIR        stop every process, then start them all again on the same data
#   scripts/cluster.sh stop DIR           stop everything started in DIR and remove DIR
#   scripts/cluster.sh silo DIR N start|kill|stop|cont   one silo (N = 1 or 2): start, SIGKILL, SIGSTOP, SIGCONT
#   scripts/cluster.sh web DIR start|stop the web front
#   scripts/cluster.sh db DIR start|stop  the database (to see the system answer 503 while it is away)
#
# Needs: apt-get install -y postgresql redis-server (the script says so if they are missing).
# Environment: COST_BUILD=0 skips the build (use what is built), COST_CONFIGURATION (Release),
# COST_WEB_PORT (a free port), COST_SEED (true: demo accounts and sample data, as in embedded mode).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configuration="${COST_CONFIGURATION:-Release}"

die() { echo "cluster: $*" >&2; exit 1; }

pg_bin() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -n "$initdb" && -x "$initdb/initdb" ]] || die "PostgreSQL is not installed: apt-get install -y postgresql"
  echo "$initdb"
}

require_tools() {
  pg_bin >/dev/null
  command -v redis-server >/dev/null || die "redis-server is not installed: apt-get install -y redis-server"
  command -v dotnet >/dev/null || die "the .NET SDK is not on the PATH"
}

# A port nobody listens on (bash's /dev/tcp: a refused connection means free).
free_port() {
  local port
  for _ in $(seq 1 200); do
    # Below Linux's ephemeral range (32768–60999): a port there may be the local end of any outgoing connection of
    # the tests running meanwhile, and binding it then fails with "address already in use".
    port=$(( 20000 + RANDOM % 12000 ))
    if ! port_open "$port"; then echo "$port"; return; fi
  done
  die "no free port found"
}

# Runs a command as the postgres user when we are root (initdb refuses to run as root).
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

wait_for() { # description pid seconds command...: until the command succeeds, the pid dies or time runs out
  local what="$1" pid="$2" seconds="$3"; shift 3
  for _ in $(seq 1 $(( seconds * 4 ))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || die "$what exited while starting (logs in $dir)"
    sleep 0.25
  done
  die "$what did not come up within ${seconds}s (logs in $dir)"
}

load() { # DIR
  dir="$1"
  [[ -f "$dir/cluster.env" ]] || die "$dir/cluster.env not found: start the cluster first"
  # shellcheck disable=SC1091
  source "$dir/cluster.env"
}

save() { # KEY VALUE
  sed -i "/^$1=/d" "$dir/cluster.env"
  echo "$1=$2" >> "$dir/cluster.env"
}

common_env() {
  export Cost__Mode=cluster
  export ConnectionStrings__Cost="Host=127.0.0.1;Port=$PG_PORT;Database=cost;Username=cost"
  export ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT"
  export Orleans__ClusterId="$CLUSTER_ID"
  export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
}

db() { # start|stop
  local bin; bin="$(pg_bin)"
  case "$1" in
    start) as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w -t 60 \
             -o "-p $PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=200 ${COST_PG_OPTIONS:-}" start >/dev/null ;;
    stop) as_pg "$bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null ;;
    *) die "db start|stop" ;;
  esac
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

silo() { # N start|kill|stop|cont
  local n="$1" pid_var="SILO$1_PID" silo_port_var="SILO$1_PORT" gateway_port_var="GATEWAY$1_PORT"
  case "$2" in
    start)
      (common_env
       export Orleans__SiloPort="${!silo_port_var}" Orleans__GatewayPort="${!gateway_port_var}"
       cd "$root/Cost.Silos/bin/$configuration/net10.0"
       exec dotnet Cost.Silos.dll >>"$dir/silo$n.log" 2>&1) &
      save "SILO${n}_PID" $!
      wait_for "silo $n" $! 120 port_open "${!gateway_port_var}" ;;
    kill) kill -KILL "${!pid_var}" ;;
    stop) kill -STOP "${!pid_var}" ;;
    cont) kill -CONT "${!pid_var}" ;;
    *) die "silo N start|kill|stop|cont" ;;
  esac
}

web() { # start|stop
  case "$1" in
    start)
      (common_env
       export Orleans__Role=client Cost__SeedSampleData="${COST_SEED:-true}"
       cd "$root/Cost.Web"
       exec dotnet "bin/$configuration/net10.0/Cost.Web.dll" --urls "http://127.0.0.1:$WEB_PORT" >>"$dir/web.log" 2>&1) &
      save WEB_PID $!
      wait_for "the web front" $! 600 curl -sf "http://127.0.0.1:$WEB_PORT/health" ;;
    stop) end_processes "$WEB_PID" ;;
    *) die "web start|stop" ;;
  esac
}

infra() { # DIR: PostgreSQL and redis only (the tests' cluster-mode pass uses them)
  dir="$1"
  require_tools
  mkdir -p "$dir"
  chmod 755 "$dir"
  : > "$dir/cluster.env"
  PG_PORT=$(free_port); REDIS_PORT=$(free_port); WEB_PORT="${COST_WEB_PORT:-$(free_port)}"
  CLUSTER_ID="cost-$(date +%s)"
  for key in PG_PORT REDIS_PORT WEB_PORT CLUSTER_ID; do save "$key" "${!key}"; done
  for n in 1 2; do save "SILO${n}_PORT" "$(free_port)"; save "GATEWAY${n}_PORT" "$(free_port)"; done
  load "$dir"

  echo "cluster: PostgreSQL on 127.0.0.1:$PG_PORT, redis on 127.0.0.1:$REDIS_PORT (in $dir)"
  mkdir -p "$dir/pg"
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir/pg"
  as_pg "$(pg_bin)/initdb" -D "$dir/pg" -U cost --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || die "initdb failed, see $dir/initdb.log"
  db start
  "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U cost -d postgres -qc "CREATE DATABASE cost" >/dev/null

  redis start
}

redis() { # start|stop
  case "$1" in
    start)
      rm -f "$dir/redis.pid"
      redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
        --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
      wait_for "redis" $$ 20 test -s "$dir/redis.pid"
      save REDIS_PID "$(cat "$dir/redis.pid")" ;;
    stop)
      kill -TERM "${REDIS_PID:-0}" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "${REDIS_PID:-0}" 2>/dev/null || break; sleep 0.25; done ;;
  esac
}

# Ends processes gently (SIGCONT first, for a hung one), then for good after 15 s.
end_processes() {
  for pid in "$@"; do kill -CONT "$pid" 2>/dev/null || true; kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

restart() { # DIR: every process stopped, then started again on the same data and ports
  load "$1"
  end_processes ${WEB_PID:-} ${SILO1_PID:-} ${SILO2_PID:-}
  redis stop
  db stop
  db start
  redis start
  for n in 1 2; do silo "$n" start; done
  load "$dir"
  web start
  echo "cluster: restarted — http://127.0.0.1:$WEB_PORT"
}

start() { # DIR
  if [[ "${COST_BUILD:-1}" != 0 ]]; then
    echo "cluster: building ($configuration)…"
    dotnet build "$root/Cost.Web" -c "$configuration" -v q -nologo >/dev/null
    dotnet build "$root/Cost.Silos" -c "$configuration" -v q -nologo >/dev/null
  fi

  infra "$1"
  for n in 1 2; do silo "$n" start; done
  load "$dir"
  echo "cluster: silos on gateways $GATEWAY1_PORT and $GATEWAY2_PORT; starting the web front (the first start seeds the sample data)…"
  web start
  load "$dir"
  echo "cluster: up — http://127.0.0.1:$WEB_PORT (demo accounts as in the README); logs in $dir"
}

stop() { # DIR
  load "$1"
  end_processes ${WEB_PID:-} ${SILO1_PID:-} ${SILO2_PID:-}
  redis stop
  db stop 2>/dev/null || true
  rm -rf "$dir"
  echo "cluster: stopped"
}

command="${1:-}"
case "$command" in
  start) start "${2:?DIR}" ;;
  infra) infra "${2:?DIR}" ;;
  restart) restart "${2:?DIR}" ;;
  stop) stop "${2:?DIR}" ;;
  silo) load "${2:?DIR}"; silo "${3:?N}" "${4:?start|kill|stop|cont}" ;;
  web) load "${2:?DIR}"; web "${3:?start|stop}" ;;
  db) load "${2:?DIR}"; db "${3:?start|stop}" ;;
  "")
    dir="$(mktemp -d /tmp/cost-cluster.XXXXXX)"
    trap 'stop "$dir"' EXIT
    trap 'exit 0' INT TERM
    start "$dir"
    echo "cluster: Ctrl-C stops everything"
    while true; do sleep 3600 & wait $!; done ;;
  *) sed -n '2,18p' "$0"; exit 2 ;;
esac
