#!/usr/bin/env bash
# Takeaways benchmark: builds the jar, generates a data set through the application, starts it,
# and measures read and write endpoints with wrk on loopback against the same page served
# as a static file by nginx. Usage:
#   bench/run.sh [--large] [--postgres [--instances 2]] [--runs N] [--duration SECONDS] [--connections N]
#   bench/run.sh --overload [--postgres]   (500 connections on uncached pages; see bench/README.md)
# Prints one table and writes it to bench/results/latest.md (and <dataset>-<db>.md, or
# <dataset>-<db>-2-instances.md with --instances 2, which adds rows for two instances behind nginx
# and a rolling restart of both during a wrk run); --overload writes bench/results/overload-<db>.md.
# Ports and database can be moved with BENCH_APP_PORT (or BENCH_PORT), BENCH_APP2_PORT, BENCH_NGINX_PORT,
# BENCH_DATABASE. The app starts as the Dockerfile starts it: BENCH_CDS=0 leaves out the class data sharing
# archive, BENCH_AOT=0 Spring AOT, JAVA_OPTS replaces the JVM settings we ship.
set -euo pipefail
cd "$(dirname "$0")/.."

DATASET=small DB=h2 RUNS=3 DURATION=10 CONNECTIONS=32 OVERLOAD=false INSTANCES=1
while [ $# -gt 0 ]; do
	case "$1" in
		--large) DATASET=large ;;
		--small) DATASET=small ;;
		--postgres) DB=postgres ;;
		--overload) OVERLOAD=true ;;
		--runs) RUNS=$2; shift ;;
		--duration) DURATION=$2; shift ;;
		--connections) CONNECTIONS=$2; shift ;;
		--instances) INSTANCES=$2; shift ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift
done
case "$INSTANCES" in
	1) ;;
	2) if [ "$DB" != postgres ]; then
		echo "--instances 2 needs --postgres: two instances share one database, and embedded H2 belongs to one process" >&2
		exit 2
	fi ;;
	*) echo "--instances takes 1 or 2, not $INSTANCES" >&2; exit 2 ;;
esac
case "$DATASET" in
	small) POSTS=1000 COMMENTS=20000 ;;
	large) POSTS=100000 COMMENTS=1000000 ;;
esac
if [ "$OVERLOAD" = true ]; then
	# The overload run needs uncached pages with real work behind them, not many comments.
	DATASET=overload POSTS=1000 COMMENTS=1000
fi

APP_PORT=${BENCH_APP_PORT:-${BENCH_PORT:-18080}} APP2_PORT=${BENCH_APP2_PORT:-18081} STATIC_PORT=${BENCH_NGINX_PORT:-18099}
WORK="$PWD/bench/work/$DATASET-$DB"
mkdir -p "$WORK" bench/results
SEED=/posts/key-takeaways-from-kim-and-putins-meeting

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
	echo "== installing wrk and nginx"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null
fi

echo "== building the jar (profile bench: with the data generator of src/bench/java)"
./mvnw -B -q -DskipTests -Pbench package
JAR=$(ls target/takeaways-*.jar | grep -v original | head -1)

# The bench admin is created on the first start of a data set; its password is kept beside the data.
if [ ! -s "$WORK/admin-password" ]; then
	head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$WORK/admin-password"
fi
ADMIN_PASSWORD=$(cat "$WORK/admin-password")
APP_ARGS=(--server.port=$APP_PORT --takeaways.generate.posts=$POSTS --takeaways.generate.comments=$COMMENTS
	--takeaways.comments.rate-per-minute=0 --management.endpoint.health.probes.enabled=true
	--logging.file.name="$WORK/app.log")
APP_ENV=(TAKEAWAYS_ADMIN_USERNAME=bench TAKEAWAYS_ADMIN_PASSWORD="$ADMIN_PASSWORD")
if [ "$DB" = postgres ]; then
	DBNAME=${BENCH_DATABASE:-takeaways_bench_$DATASET}
	if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DBNAME'" | grep -q 1; then
		psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $DBNAME"
	fi
	APP_ENV+=(SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DBNAME
		SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= TAKEAWAYS_DEMO_ENABLED=true)
else
	APP_ARGS+=(--spring.datasource.url="jdbc:h2:file:$WORK/data/takeaways;WRITE_DELAY=0")
fi

# The second instance shares the database and the generated data: it neither generates nor adds demo content.
APP2_ARGS=(--server.port=$APP2_PORT --takeaways.demo.enabled=false
	--takeaways.comments.rate-per-minute=0 --management.endpoint.health.probes.enabled=true
	--logging.file.name="$WORK/app-2.log")

APP_PID=""
APP2_PID=""
NGINX_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$APP2_PID" ] && kill "$APP2_PID" 2>/dev/null || true
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	wait 2>/dev/null || true
}
trap cleanup EXIT

# The JVM settings we ship (pom.xml's takeaways.jvm); override with JAVA_OPTS.
SHIPPED_JVM=$(deploy/jvm-options.sh pom.xml)
JAVA_OPTS=${JAVA_OPTS:-$SHIPPED_JVM}
# Started from the bean definitions Spring AOT made at package time, as the Dockerfile starts it
# (also with a JAVA_OPTS of your own); BENCH_AOT=0 starts the ordinary way.
if [ "${BENCH_AOT:-1}" = 1 ]; then
	JAVA_OPTS="-Dspring.aot.enabled=true $JAVA_OPTS"
fi
# As the Dockerfile runs it: the extracted jar with a Class Data Sharing archive from a training run
# (deploy/cds.sh). BENCH_CDS=0 measures the jar without it.
if [ "${BENCH_CDS:-1}" = 1 ]; then
	echo "== extracting the jar and training its class data sharing archive"
	# shellcheck disable=SC2086
	deploy/cds.sh "$JAR" "$PWD/bench/work/cds" $JAVA_OPTS
	JAR=$PWD/bench/work/cds/takeaways.jar
	JAVA_OPTS="-XX:SharedArchiveFile=$PWD/bench/work/cds/takeaways.jsa $JAVA_OPTS"
fi
# start_app [1|2]: starts instance 1 (generates the data set on its first start) or 2 in the background.
# START_NICE: the niceness of a started JVM; START_ARGS: more arguments (the rolling restart sets
# both, see there).
START_NICE=0
START_ARGS=()
start_app() {
	if [ "${1:-1}" = 2 ]; then
		# shellcheck disable=SC2086
		env "${APP_ENV[@]}" nice -n "$START_NICE" java $JAVA_OPTS -jar "$JAR" "${APP2_ARGS[@]}" "${START_ARGS[@]}" >>"$WORK/stdout-2.log" 2>&1 &
		APP2_PID=$!
	else
		# shellcheck disable=SC2086
		env "${APP_ENV[@]}" nice -n "$START_NICE" java $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}" "${START_ARGS[@]}" >>"$WORK/stdout.log" 2>&1 &
		APP_PID=$!
	fi
}
# wait_ready [1|2]: polls the instance's readiness probe until it answers 200.
wait_ready() {
	local port=$APP_PORT pid=$APP_PID log=$WORK/stdout.log
	if [ "${1:-1}" = 2 ]; then port=$APP2_PORT pid=$APP2_PID log=$WORK/stdout-2.log; fi
	for _ in $(seq 1 36000); do
		if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then return 0; fi
		kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $log" >&2; exit 1; }
		sleep 0.1
	done
	echo "the app did not become ready" >&2; exit 1
}

echo "== data set: $DATASET ($POSTS posts, $COMMENTS comments) on $DB (generated on first run; may take minutes)"
start_app
wait_ready
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
if [ "$DB" = postgres ]; then
	# Before migration V44 generation rewrote each post's search vector once per takeaway, leaving the post
	# table about 8 times its live size (864 MB for 112 MB on the large set), so every search touched scattered
	# pages: rewrite it compactly (VACUUM FULL; seconds once it is compact; kept for data sets generated
	# before V44), then refresh statistics and the visibility map.
	psql -h 127.0.0.1 -U postgres -d "$DBNAME" -q -c 'VACUUM FULL post' -c 'VACUUM ANALYZE'
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
# With --instances 2 the same server is also the load balancer: everything but /seed.html goes to the instances.
BALANCER="" LOCATION="return 404;"
if [ "$INSTANCES" = 2 ]; then
	LOCATION='proxy_pass http://takeaways;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			proxy_connect_timeout 1s;
			# A GET that meets a closed connection, a refused one or a 502/503 is tried on the other instance.
			proxy_next_upstream error timeout http_502 http_503;
			proxy_next_upstream_tries 3;'
	BALANCER="upstream takeaways {
		# Round robin, no sticky sessions. max_fails=0: an instance is never marked down. With
		# max_fails=1 one 503 (a busy instance shedding load, or one still warming up after a
		# restart) marked it down, and while the other was restarting nginx had no live upstream
		# and answered 502 (11,410 of them in one rolling restart). A refused connection on
		# loopback costs nothing, so each request simply tries the next instance.
		server 127.0.0.1:$APP_PORT max_fails=0;
		server 127.0.0.1:$APP2_PORT max_fails=0;
		keepalive 32;
	}"
fi
cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	# Every answer that is not 2xx or 3xx or took a second or more (499: the client gave up
	# waiting), with the instances nginx tried, for the rolling restart's account.
	map "\$status:\$request_time" \$failed { ~^[23]..:0\\. 0; default 1; }
	log_format failed '\$time_iso8601 \$status "\$request" upstream=\$upstream_addr statuses=\$upstream_status time=\$request_time';
	types { text/html html; image/png png; }
	client_body_temp_path $WORK/nginx/body;
	proxy_temp_path $WORK/nginx/proxy;
	$BALANCER
	server {
		listen 127.0.0.1:$STATIC_PORT;
		root $WORK/static;
		location = /seed.html { }
		location = /image.png { }
		location / {
			access_log $WORK/nginx/failed.log failed if=\$failed;
			$LOCATION
		}
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

echo "== a library picture for the image row (uploaded once per data set)"
# picture_address: the 960-wide copy of the library's first picture (what a post's <img src> names).
picture_address() {
	curl -s -H "Cookie: $ADMIN_COOKIE" "http://127.0.0.1:$APP_PORT/editor/media" |
		grep -o '/media/[0-9a-f]\{32\}-[0-9]*\.png' | head -1 | sed 's/-[0-9]*\.png$/-960.png/' || true
}
IMAGE=""
if [ "$ADMIN_STATUS" = 200 ]; then
	IMAGE=$(picture_address)
	if [ -z "$IMAGE" ]; then
		python3 bench/picture.py "$WORK/picture.png"
		MEDIA_TOKEN=$(curl -s -H "Cookie: $ADMIN_COOKIE" "http://127.0.0.1:$APP_PORT/editor/media" |
			grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
		curl -s -o /dev/null -H "Cookie: $ADMIN_COOKIE" -F "file=@$WORK/picture.png" -F "altText=A bench picture" \
			-F "_csrf=$MEDIA_TOKEN" "http://127.0.0.1:$APP_PORT/editor/media"
		IMAGE=$(picture_address)
	fi
	# nginx serves the very bytes the app serves, as a file.
	[ -n "$IMAGE" ] && curl -s "http://127.0.0.1:$APP_PORT$IMAGE" -o "$WORK/static/image.png"
fi

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

# CPU time of the instances being measured (CPU_PIDS: one, or both for the pair through nginx).
CPU_PIDS=""
cpu_ticks() { local pid t=0; for pid in ${CPU_PIDS:-$APP_PID}; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo $t; }
CLK_TCK=$(getconf CLK_TCK)
# CPU time of the local PostgreSQL server (--postgres only; 0 on H2, which runs inside the app): all its processes,
# with the time of those that ended (the postmaster's children's time, fields 16 and 17), so that a connection or a
# parallel worker that ends during a run is still counted; "-" when no PostgreSQL process is found on this machine.
# A process may end between the listing and the read: cat's failure must not stop the benchmark.
db_ticks() {
	if [ "$DB" = postgres ]; then
		{ cat /proc/[0-9]*/stat 2>/dev/null || true; } |
			awk '$2 == "(postgres)" { t += $14 + $15 + $16 + $17; n++ } END { print (n ? t : "-") }'
	else
		echo 0
	fi
}

# The PostgreSQL server's glibc memory thresholds (README, "Run on PostgreSQL"), read from the environment of the
# server's main process; "unknown" when that cannot be read (another user's process, or no local server).
db_malloc() {
	local dir pid environment
	dir=$(psql -w -h 127.0.0.1 -U postgres -Atc 'SHOW data_directory' 2>/dev/null) || { echo unknown; return; }
	pid=$(head -1 "$dir/postmaster.pid" 2>/dev/null) || { echo unknown; return; }
	# A server in a container writes its own namespace's process id: it must name a postgres process here.
	[ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] || { echo unknown; return; }
	environment=$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ") || { echo unknown; return; }
	grep '^MALLOC_' <<<"$environment" | paste -sd ' ' | grep . || echo "glibc's defaults"
}

# Rows whose every request does application work (uncached search, moderation, writes) keep getting
# cheaper for a minute or more of load, while the JIT compiles on the same two cores (bench/README.md,
# "Short runs measure a JVM still compiling"). So they are warmed up until the JIT has done its work: in
# 10 s slices of the same load, at least 20 s, until a slice in which the compiler threads of the app
# used under 2% of one core, and at most WORK_WARMUP seconds (BENCH_WORK_WARMUP). How long each took is
# printed and goes under the table (for the first of them, about how long a restarted server under that
# load needs to reach the table's speed; the later ones share code compiled by then).
WORK_WARMUP=${BENCH_WORK_WARMUP:-300}
if ! [[ "$WORK_WARMUP" =~ ^[0-9]+$ ]]; then
	echo "BENCH_WORK_WARMUP must be a number of seconds, not '$WORK_WARMUP'" >&2
	exit 1
fi
# In whole slices, at least two.
WORK_WARMUP=$(( WORK_WARMUP < 20 ? 20 : (WORK_WARMUP + 9) / 10 * 10 ))
WORK_ROWS=" search-uncached search-every-post moderation write-comments "
# CPU time (user and system) of the JIT compiler threads (C1 and C2) of the instances being measured, "-" when
# there are none (a JVM without them, or one that ended). Their names hold a space ("C2 CompilerThre"), which
# shifts stat's fields: the times are read after the name's closing parenthesis. A thread that the JVM ends
# while idle takes its time with it (HotSpot keeps one of each kind, so on two cores none ends).
jit_ticks() {
	local pid task name t=0 found=0
	for pid in ${CPU_PIDS:-$APP_PID}; do
		for task in /proc/"$pid"/task/*; do
			{ read -r name <"$task/comm"; } 2>/dev/null || continue
			case "$name" in
				"C1 Compiler"* | "C2 Compiler"*)
					found=1
					t=$((t + $(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || echo 0)))
					;;
			esac
		done
	done
	if [ "$found" = 1 ]; then echo $t; else echo -; fi
}
# warm_up NAME URL [extra wrk args...]: the work rows' warm-up (above); appends "NAME SECONDS STATE", where
# STATE is rested, limit (still compiling at WORK_WARMUP) or no-compiler (no C1/C2 threads to watch: 60 s).
warm_up() {
	local name=$1 url=$2; shift 2
	local spent=0 before after state=limit
	while [ "$spent" -lt "$WORK_WARMUP" ]; do
		before=$(jit_ticks)
		wrk -t2 -c"$CONNECTIONS" -d10s "$@" "$url" >/dev/null 2>&1 || true
		after=$(jit_ticks)
		spent=$((spent + 10))
		if [ "$before" = - ] || [ "$after" = - ]; then
			state=no-compiler
			[ "$spent" -ge 60 ] && break
		elif [ "$spent" -ge 20 ] && [ $((after - before)) -lt $((CLK_TCK * 10 * 2 / 100)) ]; then
			state=rested
			break
		fi
	done
	echo "   $name: warmed up for $spent s ($state)"
	echo "$name $spent $state" >>"$WORK/warm-ups.txt"
}

# run NAME URL [extra wrk args...]: prints "name rps p50 p99 errors cpu_ms db_cpu_ms" per run, median later
measure() {
	local name=$1 url=$2; shift 2
	if [[ "$WORK_ROWS" = *" $name "* ]]; then
		warm_up "$name" "$url" "$@"
	else
		wrk -t2 -c"$CONNECTIONS" -d8s "$@" "$url" >/dev/null 2>&1 || true
	fi
	for run in $(seq 1 "$RUNS"); do
		local before after db_before db_after out
		before=$( [[ "$name" = static* ]] && echo 0 || cpu_ticks )
		db_before=$(db_ticks)
		out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" 2>&1)
		after=$( [[ "$name" = static* ]] && echo 0 || cpu_ticks )
		db_after=$(db_ticks)
		echo "$out" >"$WORK/wrk-$name-$run.txt"
		python3 bench/parse_wrk.py "$name" "$before" "$after" "$CLK_TCK" "$db_before" "$db_after" <"$WORK/wrk-$name-$run.txt"
	done >>"$WORK/runs.txt"
}

rm -f "$WORK/runs.txt" "$WORK/warm-ups.txt"
BASE="http://127.0.0.1:$APP_PORT"
echo "== measuring ($RUNS runs of ${DURATION}s, $CONNECTIONS connections each)"
measure static "http://127.0.0.1:$STATIC_PORT/seed.html"
# Readers' requests ask for gzip, as every browser and feed reader does (the cache keeps the
# compressed bytes); post-plain is the same page uncompressed, for comparison. nginx serves the
# static page uncompressed (its gzip would compress per request).
GZIP=(-H "Accept-Encoding: gzip")
measure post "$BASE$SEED" "${GZIP[@]}"
measure post-plain "$BASE$SEED"
measure home "$BASE/" "${GZIP[@]}"
measure home-page-50 "$BASE/?page=50" "${GZIP[@]}"
measure tag "$BASE/tags/topic-1" "${GZIP[@]}"
measure search "$BASE/search?q=energy" "${GZIP[@]}"
# The same results under a query never asked before ("energy or zz<time>x<thread>x<n>"): rendered every time.
cat >"$WORK/search-uncached.lua" <<'LUA'
local count = 0
function setup(thread) count = count + 1; thread:set("id", count) end
function init(args) sent = 0; run = os.time() end
function request()
	sent = sent + 1
	return wrk.format(nil, wrk.path .. "+or+zz" .. run .. "x" .. id .. "x" .. sent)
end
LUA
measure search-uncached "$BASE/search?q=energy" -s "$WORK/search-uncached.lua" "${GZIP[@]}"
# The same for a word in every generated post ("takeaways"): the most rows a search can match.
measure search-every-post "$BASE/search?q=takeaways" -s "$WORK/search-uncached.lua" "${GZIP[@]}"
measure api-post "$BASE/api$SEED" "${GZIP[@]}"
measure api-takeaways "$BASE/api$SEED/takeaways" "${GZIP[@]}"
measure api-list "$BASE/api/posts" "${GZIP[@]}"
measure atom "$BASE/feed.atom" "${GZIP[@]}"
measure rss "$BASE/feed.rss" "${GZIP[@]}"
measure comment-feed "$BASE$SEED/comments.atom" "${GZIP[@]}"
if [ "$ADMIN_STATUS" = 200 ]; then
	measure moderation "$BASE/admin/comments" -H "Cookie: $ADMIN_COOKIE" "${GZIP[@]}"
fi
measure write-comments "$BASE/api$OPEN_POST/comments" -s "$WORK/comment.lua"
# A picture from the library against nginx serving the same file (× static of `image` is against
# `static-image`); browsers do not ask for pictures compressed.
if [ -n "$IMAGE" ]; then
	measure static-image "http://127.0.0.1:$STATIC_PORT/image.png"
	measure image "$BASE$IMAGE"
fi
RSS_MB=$(awk '/VmRSS/{print int($2/1024)}' "/proc/$APP_PID/status")
RESULT="bench/results/$DATASET-$DB.md"

if [ "$INSTANCES" = 2 ]; then
	echo "== second instance on the same database"
	start_app 2
	wait_ready 2
	PAIR="http://127.0.0.1:$STATIC_PORT"
	echo "== measuring the pair through nginx"
	CPU_PIDS="$APP_PID $APP2_PID"
	measure pair-post "$PAIR$SEED" "${GZIP[@]}"
	measure pair-api-takeaways "$PAIR/api/posts/key-takeaways-from-kim-and-putins-meeting/takeaways" "${GZIP[@]}"
	CPU_PIDS=""

	echo "== rolling restart of both instances during a wrk run through nginx"
	# Alternates the cached post page and an uncached API read; counts answers that are not 2xx.
	cat >"$WORK/restart.lua" <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
local paths = { "$SEED", "/api/posts/key-takeaways-from-kim-and-putins-meeting/takeaways" }
local n = 0
non2xx = 0
statuses = ""
function request()
	n = n + 1
	return wrk.format("GET", paths[n % 2 + 1])
end
function response(status, headers, body)
	if status < 200 or status > 299 then
		non2xx = non2xx + 1
		if not string.find(statuses, " " .. status .. " ", 1, true) then statuses = statuses .. " " .. status .. " " end
	end
end
function done(summary, latency, requests)
	local total, seen = 0, ""
	for _, t in ipairs(threads) do
		total = total + t:get("non2xx")
		seen = seen .. t:get("statuses")
	end
	io.write(string.format("non-2xx: %d%s\n", total, seen ~= "" and (" (statuses" .. seen .. ")") or ""))
end
LUA
	# wrk stops and reports on SIGINT; it runs until both instances have been restarted, plus 5 s either side.
	wrk -t2 -c"$CONNECTIONS" -d3600s -s "$WORK/restart.lua" "$PAIR$SEED" >"$WORK/wrk-restart.txt" 2>&1 &
	WRK_PID=$!
	T0=$(date +%s%N)
	sleep 5
	# Each instance in turn: SIGTERM (graceful: Tomcat stops accepting, requests in flight finish;
	# nginx finds the port closed and asks the other), start again with a warm-up
	# (takeaways.warm-up.requests: until it has answered that many requests of its own and is
	# ready, it answers 503, which nginx retries on the other instance), wait for readiness, and
	# let it serve ROLL_SETTLE seconds (as Kubernetes' minReadySeconds) before the next one goes.
	# The new JVM starts at a lower CPU priority (here both instances, nginx and wrk share two
	# cores, and a starting JVM would take the CPU the serving instance needs, which on separate
	# hosts it never does) and gets the normal priority back once ready.
	ROLL_SETTLE=${ROLL_SETTLE:-10}
	# ROLLS: how many times both instances are restarted in turn during the one wrk run.
	ROLLS=${ROLLS:-1}
	restart() {
		local pid=$APP_PID; [ "$1" = 2 ] && pid=$APP2_PID
		local t=$(date +%s%N)
		kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
		local stopped=$(( ($(date +%s%N) - t) / 1000000 ))
		START_NICE=10
		START_ARGS=(--takeaways.warm-up.requests=2000)
		start_app "$1"; wait_ready "$1"
		pid=$APP_PID; [ "$1" = 2 ] && pid=$APP2_PID
		renice -n 0 -p "$pid" >/dev/null
		echo "instance $1: stopped in $stopped ms, warmed up and ready again $(( ($(date +%s%N) - t) / 1000000 )) ms after SIGTERM" | tee -a "$WORK/restart-steps.txt"
		sleep "$ROLL_SETTLE"
	}
	rm -f "$WORK/restart-steps.txt"
	: >"$WORK/nginx/failed.log"
	for roll in $(seq 1 "$ROLLS"); do
		restart 1
		restart 2
	done
	kill -INT "$WRK_PID"; wait "$WRK_PID" || true
	RESTART_S=$(( ($(date +%s%N) - T0) / 1000000000 ))
	cat "$WORK/wrk-restart.txt"
	if [ -s "$WORK/nginx/failed.log" ]; then echo "answers that were not 2xx/3xx:"; cat "$WORK/nginx/failed.log"; fi
	NON2XX=$(sed -n 's/^non-2xx: \([0-9]*\).*/\1/p' "$WORK/wrk-restart.txt")
	STATUSES=$(sed -n 's/^non-2xx: [0-9]*//p' "$WORK/wrk-restart.txt")
	SOCKET=$(grep -o 'Socket errors:.*' "$WORK/wrk-restart.txt" || echo "Socket errors: 0")
	TOTAL=$(grep -o '[0-9]* requests in' "$WORK/wrk-restart.txt" | grep -o '^[0-9]*')
	RESTART_LINE="Rolling restart (SIGTERM, exit, start with warm-up, readiness; instance 1 then 2, $ROLLS time(s)) during ${RESTART_S} s of wrk through nginx, $CONNECTIONS connections, post page and API read alternating: $TOTAL requests, ${NON2XX:-?} non-2xx$STATUSES, ${SOCKET} (wrk prints no socket-error line when there are none). $(paste -sd ';' "$WORK/restart-steps.txt" | sed 's/;/; /g')."
	RESULT="bench/results/$DATASET-$DB-2-instances.md"
fi

python3 bench/table.py "$WORK/runs.txt" "$DATASET" "$DB" "$POSTS" "$COMMENTS" "$STARTUP_MS" "$RSS_MB" "$RUNS" "$DURATION" "$CONNECTIONS" "$ADMIN_STATUS" "$WORK_WARMUP" "$WORK/warm-ups.txt" >"$RESULT"
# How the app was started (BENCH_AOT, BENCH_CDS and JAVA_OPTS change it), so results stay comparable.
printf '\nJVM: %s\n' "${JAVA_OPTS//$PWD\//}" >>"$RESULT"
if [ "$DB" = postgres ]; then
	printf '\nPostgreSQL server memory thresholds: %s\n' "$(db_malloc)" >>"$RESULT"
fi
if [ "$INSTANCES" = 2 ]; then
	{
		echo
		echo "Rows pair-*: nginx (round robin, keepalive, proxy_next_upstream error timeout http_502 http_503) in front of two"
		echo "instances on the same database; CPU ms/request counts both instances. The rows above are instance 1 alone (and the"
		echo "memory figure is instance 1's, before the second started)."
		echo
		echo "$RESTART_LINE"
	} >>"$RESULT"
fi
cp "$RESULT" bench/results/latest.md
cat bench/results/latest.md
