#!/usr/bin/env bash
# WordPress import/export benchmark on PostgreSQL: generates a WXR of 10,000 posts and 100,000
# comments, imports it from the command line (java -jar takeaways.jar import FILE) into an empty
# database, then exports the result as WXR and as JSON; reports times and heap (from the GC log).
# Run it on a quiet machine:  /work/bin/heavy --exclusive bench/wordpress/run.sh [--posts N] [--comments N]
# Needs PostgreSQL on 127.0.0.1:5432 (trust auth, role postgres); uses the database takeaways_bench_wxr.
set -euo pipefail
cd "$(dirname "$0")/../.."

POSTS=10000 COMMENTS=100000 HEAP=512m DB=takeaways_bench_wxr
while [ $# -gt 0 ]; do
	case "$1" in
		--posts) POSTS=$2; shift ;;
		--comments) COMMENTS=$2; shift ;;
		--heap) HEAP=$2; shift ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift
done
WORK="$PWD/bench/work/wordpress"
mkdir -p "$WORK" bench/results
RESULT=bench/results/wordpress-postgres.md

echo "== building the jar"
./mvnw -q -ntp -DskipTests package
JAR=$(ls target/takeaways-*.jar | grep -v original | head -1)

echo "== generating $POSTS posts and $COMMENTS comments"
python3 bench/wordpress/generate-wxr.py "$WORK/site.xml" --posts "$POSTS" --comments "$COMMENTS"
SIZE=$(du -m "$WORK/site.xml" | cut -f1)

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=unused TAKEAWAYS_ADMIN_PASSWORD=bench-only-password

run() { # name, args...
	local name=$1; shift
	local start end
	start=$(date +%s.%N)
	java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc-$name.log" -jar "$JAR" "$@" > "$WORK/$name.log" 2>&1
	end=$(date +%s.%N)
	echo "$(echo "$end - $start" | bc)"
}
# Heap from the GC log: the largest heap in use before a collection, and after-collection
# use at the start, middle and end of the run (flat = they stay alike).
heap() {
	python3 - "$1" <<'PY'
import re, sys
rows = [(int(a), int(b)) for a, b in re.findall(r"Pause Young.* (\d+)M->(\d+)M", open(sys.argv[1]).read())]
if not rows:
    print("no collection|-"); sys.exit()
after = [b for _, b in rows]
n = len(after)
print(f"{max(a for a, _ in rows)} MB|{after[0]} / {after[n // 2]} / {after[-1]} MB after GC ({n} young collections)")
PY
}

echo "== import"
IMPORT_WALL=$(run import import "$WORK/site.xml")
IMPORT_MS=$(grep -o 'took [0-9]* ms' "$WORK/import.log" | grep -o '[0-9]*')
IMPORT_HEAP=$(heap "$WORK/gc-import.log")
grep -o 'postsImported=[0-9]*, [^,]*, [^,]*, commentsImported=[0-9]*' "$WORK/import.log" || tail -20 "$WORK/import.log"

echo "== export wxr"
WXR_WALL=$(run export-wxr export --format=wxr --out="$WORK/export.xml")
WXR_MS=$(grep -o 'bytes in [0-9]* ms' "$WORK/export-wxr.log" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
WXR_MB=$(du -m "$WORK/export.xml" | cut -f1)
WXR_HEAP=$(heap "$WORK/gc-export-wxr.log")

echo "== export json"
JSON_WALL=$(run export-json export --format=json --out="$WORK/export.json")
JSON_MS=$(grep -o 'bytes in [0-9]* ms' "$WORK/export-json.log" | grep -o '[0-9]* ms' | grep -o '[0-9]*')
JSON_MB=$(du -m "$WORK/export.json" | cut -f1)
JSON_HEAP=$(heap "$WORK/gc-export-json.log")

{
	echo "# WordPress import and export on PostgreSQL"
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, -Xmx$HEAP, $POSTS posts and $COMMENTS comments ($SIZE MB of WXR)."
	echo "Command: \`/work/bin/heavy --exclusive bench/wordpress/run.sh --posts $POSTS --comments $COMMENTS\`"
	echo
	echo "| step | time in the command | wall time incl. JVM and Spring start | peak heap in use | heap after GC (start / middle / end) |"
	echo "|---|---|---|---|---|"
	echo "| import WXR | ${IMPORT_MS} ms | ${IMPORT_WALL} s | ${IMPORT_HEAP} |"
	echo "| export WXR (${WXR_MB} MB) | ${WXR_MS} ms | ${WXR_WALL} s | ${WXR_HEAP} |"
	echo "| export JSON (${JSON_MB} MB) | ${JSON_MS} ms | ${JSON_WALL} s | ${JSON_HEAP} |"
} > "$RESULT"
cat "$RESULT"
