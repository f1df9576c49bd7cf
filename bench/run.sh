#!/usr/bin/env bash
# Takeaways benchmark: builds the jar, generates a data set through the application, starts it,
# and measures read and write endpoints with wrk on loopback against the same page served
# as a static file by nginx. Usage:
#   bench/run.sh [--large] [--postgres] [--runs N] [--duration SECONDS] [--connections N]
#   bench/run.sh --overload [--postgres]   (500 connections on uncached pages; see bench/README.md)
# Prints one table and writes it to bench/results/latest.md (and <dataset>-<db>.md);
# --overload writes bench/results/overload-<db>.md. BENCH_PORT overrides the app's port (18080).
set -euo pipefail
cd "$(dirname "$0")/.."

DATASET=small DB=h2 RUNS=3 DURATION=10 CONNECTIONS=32 OVERLOAD=false
while [ $# -gt 0 ]; do
	case "$1" in
		--large) DATASET=large ;;
		--small) DATASET=small ;;
		--postgres) DB=postgres ;;
		--overload) OVERLOAD=true ;;
		--runs) RUNS=$2; shift ;;
		--duration) DURATION=$2; shift ;;
		--connections) CONNECTIONS=$2; shift ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift
done
case "$DATASET" in
	small) POSTS=1000 COMMENTS=20000 ;;
	large) POSTS=100000 COMMENTS=1000000 ;;
esac
if [ "$OVERLOAD" = true ]; then
	# The overload run needs uncached pages with real work behind them, not many comments.
	DATASET=overload POSTS=1000 COMMENTS=1000
fi

APP_PORT=${BENCH_PORT:-18080} STATIC_PORT=18099
WORK="$PWD/bench/work/$DATASET-$DB"
mkdir -p "$WORK" bench/results
SEED=/posts/key-takeaways-from-kim-and-putins-meeting

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
	echo "== installing wrk and nginx"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null
fi

echo "== building the jar"
./mvnw -B -q -DskipTests package
JAR=$(ls target/takeaways-*.jar | grep -v original | head -1)

# The bench admin is created on the first start of a data set; its password is kept beside the data.
if [ ! -s "$WORK/admin-password" ]; then
	head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$WORK/admin-password"
fi
ADMIN_PASSWORD=$(cat "$WORK/admin-password")
APP_ARGS=(--server.port=$APP_PORT --takeaways.generate.posts=$POSTS --takeaways.generate.comments=$COMMENTS
	--takeaways.comments.rate-per-minute=100000000 --management.endpoint.health.probes.enabled=true
	--logging.file.name="$WORK/app.log")
APP_ENV=(TAKEAWAYS_ADMIN_USERNAME=bench TAKEAWAYS_ADMIN_PASSWORD="$ADMIN_PASSWORD")
if [ "$DB" = postgres ]; then
	DBNAME=takeaways_bench_$DATASET
	if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DBNAME'" | grep -q 1; then
		psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $DBNAME"
	fi
	APP_ENV+=(SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DBNAME
		SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= TAKEAWAYS_DEMO_ENABLED=true)
else
	APP_ARGS+=(--spring.datasource.url="jdbc:h2:file:$WORK/data/takeaways;WRITE_DELAY=0")
fi

APP_PID=""
NGINX_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	wait 2>/dev/null || true
}
trap cleanup EXIT

# The JVM settings we ship (pom.xml's takeaways.jvm, the Dockerfile); override with JAVA_OPTS.
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}
start_app() {
	# shellcheck disable=SC2086
	env "${APP_ENV[@]}" java $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}" >"$WORK/stdout.log" 2>&1 &
	APP_PID=$!
}
wait_ready() {
	for _ in $(seq 1 ${1:-3600}); do
		if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; then return 0; fi
		kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $WORK/stdout.log" >&2; exit 1; }
		sleep 1
	done
	echo "the app did not become ready" >&2; exit 1
}

echo "== data set: $DATASET ($POSTS posts, $COMMENTS comments) on $DB (generated on first run; may take minutes)"
start_app
wait_ready
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
if [ "$DB" = postgres ]; then
	# Generation rewrites each post's search vector once per takeaway: refresh statistics and reclaim dead rows.
	psql -h 127.0.0.1 -U postgres -d "$DBNAME" -q -c 'VACUUM ANALYZE'
fi

echo "== startup to first page"
T0=$(date +%s%N)
start_app
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT$SEED"; do sleep 0.05; done
STARTUP_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
wait_ready

if [ "$OVERLOAD" = true ]; then
	# shellcheck source=bench/overload.sh
	. bench/overload.sh
	exit 0
fi

echo "== static copy of the seed page on nginx"
mkdir -p "$WORK/static" "$WORK/nginx"
curl -sf "http://127.0.0.1:$APP_PORT$SEED" -o "$WORK/static/seed.html"
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	types { text/html html; }
	server {
		listen 127.0.0.1:$STATIC_PORT;
		root $WORK/static;
		location / { try_files /seed.html =404; }
	}
}
NGINX
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 0.5

echo "== signing in as the bench admin"
JAR_COOKIES="$WORK/cookies.txt"; rm -f "$JAR_COOKIES"
LOGIN_TOKEN=$(curl -s -c "$JAR_COOKIES" "http://127.0.0.1:$APP_PORT/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' || true)
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=bench" \
	--data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$LOGIN_TOKEN" "http://127.0.0.1:$APP_PORT/login"
ADMIN_COOKIE=$(awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$JAR_COOKIES" | tail -1)
ADMIN_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $ADMIN_COOKIE" "http://127.0.0.1:$APP_PORT/admin/comments")

echo "== preparing the write mix (comments to an open post)"
OPEN_POST=/posts/generated-post-1
READER_COOKIES="$WORK/reader.txt"; rm -f "$READER_COOKIES"
# Anonymous readers keep their CSRF token in a cookie (no session): /api/csrf sets it and returns the token.
COMMENT_TOKEN=$(curl -s -c "$READER_COOKIES" "http://127.0.0.1:$APP_PORT/api/csrf" | grep -o '"token":"[^"]*"' | sed 's/.*:"//;s/"$//' || true)
READER_COOKIE=$(awk '$6=="XSRF-TOKEN"{print "XSRF-TOKEN="$7}' "$READER_COOKIES" | tail -1)
# Writes go through the JSON API: the form answers with a redirect and keeps a flash message in
# the session until the reader follows it. wrk never follows redirects, so one shared session piled
# up thousands of unread flash messages and the write mix measured that instead (10 requests/s on the large set).
cat >"$WORK/comment.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Cookie"] = "$READER_COOKIE"
wrk.headers["X-CSRF-TOKEN"] = "$COMMENT_TOKEN"
wrk.body = '{"name":"Bench","email":"bench@example.org","text":"A benchmark comment"}'
LUA

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)

# run NAME URL [extra wrk args...]: prints "name rps p50 p99 errors cpu_ms" per run, median later
measure() {
	local name=$1 url=$2; shift 2
	wrk -t2 -c"$CONNECTIONS" -d8s "$@" "$url" >/dev/null 2>&1 || true
	for run in $(seq 1 "$RUNS"); do
		local before after out
		before=$( [ "$name" = static ] && echo 0 || cpu_ticks )
		out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" 2>&1)
		after=$( [ "$name" = static ] && echo 0 || cpu_ticks )
		echo "$out" >"$WORK/wrk-$name-$run.txt"
		python3 bench/parse_wrk.py "$name" "$before" "$after" "$CLK_TCK" <"$WORK/wrk-$name-$run.txt"
	done >>"$WORK/runs.txt"
}

rm -f "$WORK/runs.txt"
BASE="http://127.0.0.1:$APP_PORT"
echo "== measuring ($RUNS runs of ${DURATION}s, $CONNECTIONS connections each)"
measure static "http://127.0.0.1:$STATIC_PORT/seed.html"
measure post "$BASE$SEED"
measure home "$BASE/"
measure home-page-50 "$BASE/?page=50"
measure tag "$BASE/tags/topic-1"
measure search "$BASE/search?q=energy"
measure api-takeaways "$BASE/api/posts/key-takeaways-from-kim-and-putins-meeting/takeaways"
measure atom "$BASE/feed.atom"
if [ "$ADMIN_STATUS" = 200 ]; then
	measure moderation "$BASE/admin/comments" -H "Cookie: $ADMIN_COOKIE"
fi
measure write-comments "$BASE/api$OPEN_POST/comments" -s "$WORK/comment.lua"
RSS_MB=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$APP_PID/status")

python3 bench/table.py "$WORK/runs.txt" "$DATASET" "$DB" "$POSTS" "$COMMENTS" "$STARTUP_MS" "$RSS_MB" "$RUNS" "$DURATION" "$CONNECTIONS" "$ADMIN_STATUS" >"bench/results/$DATASET-$DB.md"
cp "bench/results/$DATASET-$DB.md" bench/results/latest.md
cat bench/results/latest.md
