# Sourced by bench/run.sh --overload once the app is up (APP_PID, APP_PORT, WORK, DB, SEED, STARTUP_MS set).
# 500 connections on uncached pages (a search page and the search API, a new query each time), 20 s each: how many requests get
# an answer, how many are 200 and how many 503, socket errors, the app's memory during and after, and
# whether it serves normally once the load stops.
OVERLOAD_CONNECTIONS=${OVERLOAD_CONNECTIONS:-500} OVERLOAD_SECONDS=${OVERLOAD_SECONDS:-20}
BASE="http://127.0.0.1:$APP_PORT"
ulimit -n 65536 2>/dev/null || ulimit -n 4096 2>/dev/null || true

# wrk keeps one Lua state per thread: count statuses in each and add them up at the end. Every request
# searches for something new ("energy or zz<time>x<thread>x<n>": the results for "energy", under a query never
# asked before), so neither the page cache nor the search result cache can answer it.
cat >"$WORK/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("id", #threads) end
function init(args) statuses = {}; sent = 0; run = os.time() end
function request()
	sent = sent + 1
	return wrk.format(nil, wrk.path .. "+or+zz" .. run .. "x" .. id .. "x" .. sent)
end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
	local total = {}
	for _, thread in ipairs(threads) do
		for code, count in pairs(thread:get("statuses")) do total[code] = (total[code] or 0) + count end
	end
	for code, count in pairs(total) do io.write(string.format("status %d %d\n", code, count)) end
end
LUA

# Heap used (young + old, MB) from the JVM's own counters, and resident memory (MB).
heap_mb() { jstat -gc "$APP_PID" 2>/dev/null | awk 'NR==2{printf "%d", ($3+$4+$6+$8)/1024}'; }
heap_max_mb() { jcmd "$APP_PID" VM.flags 2>/dev/null | grep -o -- '-XX:MaxHeapSize=[0-9]*' | head -1 | awk -F= '{printf "%d", $2/1048576}'; }
rss_mb() { awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$APP_PID/status"; }
sample() {
	while kill -0 "$APP_PID" 2>/dev/null; do
		echo "$(date +%s) $(rss_mb) $(heap_mb)"
		sleep 1
	done
}
probe() { curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}' "$@" || echo "000 -"; }

echo "== overload: $OVERLOAD_CONNECTIONS connections, ${OVERLOAD_SECONDS}s per endpoint"
HEAP_MAX=$(heap_max_mb)
RSS_BEFORE=$(rss_mb) HEAP_BEFORE=$(heap_mb)
rm -f "$WORK/overload-rows.txt"
for target in "search-page /search?q=energy" "search-api /api/search?q=energy"; do
	name=${target%% *} path=${target#* }
	sample >"$WORK/memory-$name.txt" &
	SAMPLER=$!
	# Half way through: a cached page and a health probe, which the limit must not hold up.
	( sleep $((OVERLOAD_SECONDS / 2))
		echo "cached $(probe "$BASE$SEED")"
		echo "liveness $(probe "$BASE/actuator/health/liveness")" ) >"$WORK/probes-$name.txt" &
	PROBES=$!
	wrk -t2 -c"$OVERLOAD_CONNECTIONS" -d"${OVERLOAD_SECONDS}s" --timeout 10s --latency -s "$WORK/status.lua" \
		-H "Accept: $([ "$name" = search-api ] && echo application/json || echo text/html)" "$BASE$path" \
		>"$WORK/wrk-overload-$name.txt" 2>&1 || true
	wait "$PROBES" || true
	kill "$SAMPLER" 2>/dev/null; wait "$SAMPLER" 2>/dev/null || true
	python3 - "$name" "$WORK/wrk-overload-$name.txt" "$WORK/memory-$name.txt" "$WORK/probes-$name.txt" \
		>>"$WORK/overload-rows.txt" <<'PY'
import re, sys
name, wrk, memory, probes = sys.argv[1:]
text = open(wrk).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
total = re.search(r"(\d+) requests in", text)
statuses = {int(c): int(n) for c, n in re.findall(r"^status (\d+) (\d+)$", text, re.M)}
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
samples = [l.split() for l in open(memory) if len(l.split()) == 3]
rss = max((int(s[1]) for s in samples), default=0)
heap = max((int(s[2]) for s in samples), default=0)
ok = sum(n for c, n in statuses.items() if 200 <= c < 300)
busy = statuses.get(503, 0)
other = sum(n for c, n in statuses.items() if not (200 <= c < 300 or c == 503))
sock = "connect {} / read {} / write {} / timeout {}".format(*errors.groups()) if errors else "0"
probe = "; ".join(l.strip() for l in open(probes))
print(f"| {name} | {float(rps.group(1)) if rps else 0:,.0f} | {int(total.group(1)) if total else 0:,} | {ok:,} | {busy:,} | {other:,} "
      f"| {p50.group(1) if p50 else '-'} | {p99.group(1) if p99 else '-'} | {sock} | {rss} | {heap} | {probe} |")
PY
done

echo "== after the load"
sleep 5
RSS_AFTER=$(rss_mb) HEAP_AFTER=$(heap_mb)
AFTER_PAGE=$(probe -H 'Accept: text/html' "$BASE/search?q=energy")
AFTER_API=$(probe -H 'Accept: application/json' "$BASE/api/search?q=energy")
AFTER_SEED=$(probe "$BASE$SEED")
LIMIT=$(grep -o 'max-concurrent-requests=[0-9]*' <<<"${APP_ARGS[*]}" || echo "default (2 x pool = 20), 100 Tomcat threads")

RESULT=${OVERLOAD_RESULT:-bench/results/overload-$DB.md}
{
	echo "## overload: $OVERLOAD_CONNECTIONS connections on uncached pages ($DB, $POSTS posts)"
	echo
	echo "\`bench/run.sh --overload\`: wrk -t2 -c$OVERLOAD_CONNECTIONS -d${OVERLOAD_SECONDS}s per endpoint, one run each;"
	echo "wrk and the app share this machine's 2 cores. Concurrency limit: $LIMIT, $(grep -o "max-concurrent-wait=[^ ]*" src/main/resources/application.properties); JVM: $JAVA_OPTS."
	echo
	echo "| endpoint | requests/s | answered | 2xx | 503 | other | p50 | p99 | socket errors | peak RSS MB | peak heap used MB | mid-load probes (status, s) |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |"
	cat "$WORK/overload-rows.txt"
	echo
	echo "Heap limit: ${HEAP_MAX} MB. Before the load: RSS $RSS_BEFORE MB, heap used $HEAP_BEFORE MB."
	echo "5 s after the load: RSS $RSS_AFTER MB, heap used $HEAP_AFTER MB."
	echo "First requests after the load (status, seconds): search page $AFTER_PAGE; search API $AFTER_API; cached seed page $AFTER_SEED."
	echo "Startup to first page: $((STARTUP_MS / 1000)).$(( (STARTUP_MS % 1000) / 100 )) s."
} >"$RESULT"
cat "$RESULT"
