#!/bin/sh
# Prepares the application jar for a fast start with the JVM's Class Data Sharing, as Spring Boot
# documents for `java -jar`: extracts JAR into DIR (DIR/takeaways.jar and DIR/lib/), then starts it
# once on a throwaway in-memory database up to the point where it would serve
# (spring.context.exit=onRefresh) and has the JVM write the classes it loaded to DIR/takeaways.jsa.
# Run it with the same JVM and options that will run the application; then start with them, e.g.
#   deploy/cds.sh JAR DIR -Dspring.aot.enabled=true
#   java -XX:SharedArchiveFile=DIR/takeaways.jsa -Dspring.aot.enabled=true -jar DIR/takeaways.jar
# (a JVM that cannot use the archive says so and starts without it).
# Usage: deploy/cds.sh JAR DIR [JVM options...]
set -eu
# Absolute paths, and out of DIR before it is emptied: the Dockerfile runs this with DIR as its
# working directory, and a JVM started in a deleted directory refuses to start.
JAR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$2"
DIR=$(cd "$2" && pwd)
shift 2
cd /
rm -rf "$DIR"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
# run COMMAND...: quiet when it works, its output on the console when it fails
run() {
	if ! "$@" >"$LOG" 2>&1; then
		cat "$LOG" >&2
		exit 1
	fi
}
run java -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
mv "$DIR/$(basename "$JAR")" "$DIR/takeaways.jar"
# The training run writes nothing but the archive: no ./data, no demo content, no port taken.
# The archive is valid for the jar at this absolute path.
cd "$DIR"
run java "$@" -XX:ArchiveClassesAtExit="$DIR/takeaways.jsa" -Dspring.context.exit=onRefresh -jar "$DIR/takeaways.jar" \
	--spring.datasource.url="jdbc:h2:mem:training" --server.port=0 --spring.main.banner-mode=off \
	--logging.level.root=WARN
test -s "$DIR/takeaways.jsa"
