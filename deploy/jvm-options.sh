#!/bin/sh
# Prints the JVM settings we ship: pom.xml's takeaways.jvm property, the one place they are written
# (spring-boot:run and failsafe read the property; the Dockerfile, bench/run.sh and ShippedJarIT
# this script). The value must stay on one line and start with "-", which tells it apart from
# failsafe's <takeaways.jvm>${takeaways.jvm}</takeaways.jvm>.
# Usage: deploy/jvm-options.sh [POM]   (default: pom.xml)
set -eu
POM=${1:-pom.xml}
OPTIONS=$(sed -n 's:.*<takeaways.jvm>\(-[^<]*\)</takeaways.jvm>.*:\1:p' "$POM")
if [ -z "$OPTIONS" ]; then
	echo "$POM has no <takeaways.jvm> property: the JVM settings to start the app with" >&2
	exit 1
fi
echo "$OPTIONS"
