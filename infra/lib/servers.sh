# Functions that install and run Rapport's local servers (no Docker): MariaDB from Debian, Keycloak from Maven Central.
# Sourced by infra/dev. Every server runs as a private process with its own data folder and port, recorded by PID.

KEYCLOAK_VERSION=26.7.3
RAPPORT_CACHE=${RAPPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport}

log() { printf '[rapport] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# pick_jdk: export JAVA_HOME/PATH for a JDK >= 21 (the machine's default java may be 17).
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
pick_jdk() {
  local cand
  for cand in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    if [ "$(java_major "$cand/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$cand" PATH="$cand/bin:$PATH"
      return 0
    fi
  done
  die "no JDK >= 21 found (looked at JAVA_HOME, the default java and /usr/lib/jvm/*)"
}

apt_install() {
  [ "$(id -u)" = 0 ] || die "missing $* and not root: install it with apt-get install $*"
  log "installing $* from Debian's packages"
  if [ -z "${RAPPORT_APT_UPDATED:-}" ]; then apt-get update -qq >&2 || true; RAPPORT_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2 || die "apt-get install $* failed"
}

mariadbd_bin() { command -v mariadbd 2>/dev/null || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; }; }
ensure_mariadb() { [ -n "$(mariadbd_bin)" ] || apt_install mariadb-server mariadb-client; }
ensure_chromium() { [ -x /usr/lib/chromium/chromium ] || apt_install chromium fonts-noto-cjk; }

free_port() {
  local p=${1:-20000}
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# start_mariadb DIR PORT: a private mariadbd with user rapport/rapport; no-op when it already runs.
start_mariadb() {
  local dir=$1 port=$2 root; root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  mkdir -p "$dir/run"
  if pid_alive "$dir/run/mysqld.pid"; then log "MariaDB already runs (pid $(cat "$dir/run/mysqld.pid"))"; return 0; fi
  ensure_mariadb
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  local user_arg=(); [ "$(id -u)" = 0 ] && user_arg=(--user=root)
  "$(mariadbd_bin)" --defaults-file="$root/mariadb/rapport.cnf" "${user_arg[@]}" --datadir="$dir/data" \
    --socket="$dir/run/mysqld.sock" --pid-file="$dir/run/mysqld.pid" --port="$port" --bind-address=127.0.0.1 \
    --log-error="$dir/error.log" >/dev/null 2>&1 &
  local i
  for i in $(seq 1 60); do
    mariadb -S "$dir/run/mysqld.sock" -uroot -e 'select 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb -S "$dir/run/mysqld.sock" -uroot >/dev/null 2>&1 <<'SQL' || { tail -20 "$dir/error.log" >&2; die "MariaDB did not start"; }
CREATE USER IF NOT EXISTS 'rapport'@'%' IDENTIFIED BY 'rapport';
CREATE USER IF NOT EXISTS 'rapport'@'localhost' IDENTIFIED BY 'rapport';
GRANT ALL ON *.* TO 'rapport'@'%' WITH GRANT OPTION;
GRANT ALL ON *.* TO 'rapport'@'localhost' WITH GRANT OPTION;
SQL
  echo "$port" >"$dir/port"
  log "MariaDB on 127.0.0.1:$port (data $dir/data)"
}
stop_pidfile() {
  local f=$1 name=$2 pid
  pid_alive "$f" || { rm -f "$f"; return 0; }
  pid=$(cat "$f"); kill "$pid" 2>/dev/null
  local i; for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$f"; log "stopped $name (pid $pid)"
}
stop_mariadb() { stop_pidfile "$1/run/mysqld.pid" MariaDB; }

# ensure_keycloak_dist NAME: an unpacked Keycloak dist of our own under the cache (one per use, as each is
# re-augmented by its first start and keeps its own data folder).
ensure_keycloak_dist() {
  local home="$RAPPORT_CACHE/keycloak-$KEYCLOAK_VERSION-$1" zip="$RAPPORT_CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -x "$home/bin/kc.sh" ]; then
    mkdir -p "$RAPPORT_CACHE"
    if [ ! -s "$zip" ]; then
      log "fetching Keycloak $KEYCLOAK_VERSION through Maven"
      local mvn; mvn=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/mvnw
      "$mvn" -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$RAPPORT_CACHE" >&2 || die "could not fetch keycloak-quarkus-dist"
    fi
    local tmp; tmp=$(mktemp -d "$RAPPORT_CACHE/unpack.XXXX")
    (cd "$tmp" && unzip -q "$zip") || die "could not unpack $zip"
    rm -rf "$home"; mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"; rm -rf "$tmp"
  fi
  echo "$home"
}

# start_keycloak NAME DIR PORT DB(dev-file|dev-mem) UI_URL: realm infra/keycloak/rapport-realm.json imported at
# start; its rapport-ui client may send browsers back to UI_URL only (RAPPORT_UI_PUBLIC_URL in the realm file).
start_keycloak() {
  local name=$1 dir=$2 port=$3 db=$4 ui_url=$5 root home; root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  mkdir -p "$dir"
  if pid_alive "$dir/keycloak.pid"; then log "Keycloak already runs (pid $(cat "$dir/keycloak.pid"))"; return 0; fi
  home=$(ensure_keycloak_dist "$name")
  mkdir -p "$home/data/import"
  cp "$root/keycloak/rapport-realm.json" "$home/data/import/rapport-realm.json"
  local mgmt; mgmt=$(free_port $((port + 1000)))
  log "starting Keycloak $KEYCLOAK_VERSION on 127.0.0.1:$port (first start of a dist takes ~100 s)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin RAPPORT_UI_PUBLIC_URL="$ui_url" \
    nohup "$home/bin/kc.sh" start-dev --http-port="$port" --http-host=127.0.0.1 --hostname="http://127.0.0.1:$port" \
    --http-management-port="$mgmt" --health-enabled=true --db="$db" --import-realm \
    >"$dir/keycloak.log" 2>&1 &
  echo $! >"$dir/keycloak.pid"; echo "$port" >"$dir/keycloak.port"
  local i
  for i in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$mgmt/health/ready" >/dev/null 2>&1; then
      reconcile_realm "http://127.0.0.1:$port" "$ui_url"
      log "Keycloak ready (rapport-ui redirects only to $ui_url)"; return 0
    fi
    pid_alive "$dir/keycloak.pid" || { tail -30 "$dir/keycloak.log" >&2; die "Keycloak exited"; }
    sleep 1
  done
  tail -30 "$dir/keycloak.log" >&2; die "Keycloak not ready after 300 s"
}
stop_keycloak() { stop_pidfile "$1/keycloak.pid" Keycloak; }

# reconcile_realm KC_URL UI_URL: a realm imported by an older realm file (Keycloak imports into an empty database
# only) gets today's security settings: rapport-ui redirects to UI_URL alone, brute-force protection on.
reconcile_realm() {
  local kc=$1 ui=$2 admin id
  admin=$(curl -sf -X POST "$kc/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
    -d username=admin -d password=admin | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [ -n "$admin" ] || die "cannot sign in to Keycloak's admin API to check the realm"
  id=$(curl -sf "$kc/admin/realms/rapport/clients?clientId=rapport-ui" -H "Authorization: Bearer $admin" \
    | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
  [ -n "$id" ] || die "realm rapport has no client rapport-ui"
  curl -sf -o /dev/null -X PUT "$kc/admin/realms/rapport/clients/$id" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' -d "{\"clientId\":\"rapport-ui\",\"rootUrl\":\"$ui\",\"baseUrl\":\"$ui/\",
      \"redirectUris\":[\"$ui/login/callback\"],\"webOrigins\":[\"$ui\"],
      \"attributes\":{\"pkce.code.challenge.method\":\"S256\",\"post.logout.redirect.uris\":\"$ui/\"}}" \
    || die "could not restrict rapport-ui's redirects to $ui"
  curl -sf -o /dev/null -X PUT "$kc/admin/realms/rapport" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"realm":"rapport","bruteForceProtected":true,"permanentLockout":false,"failureFactor":5,"waitIncrementSeconds":60,
      "maxFailureWaitSeconds":900,"accessTokenLifespan":300}' || die "could not turn on brute-force protection"
}
