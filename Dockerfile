# Build: the Maven wrapper inside a JDK image; run: a JRE image with the layered jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/takeaways-*.jar /app.jar
# The JVM settings we ship, from their one home (pom.xml's takeaways.jvm); the java launcher
# takes them as an @argfile.
COPY deploy/jvm-options.sh ./
RUN sh jvm-options.sh pom.xml >/jvm.options

FROM eclipse-temurin:17-jre
# curl for the health check below
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /app takeaways
WORKDIR /app
COPY deploy/cds.sh /usr/local/bin/takeaways-cds
COPY --from=build /app.jar /tmp/takeaways.jar
COPY --from=build /jvm.options /etc/takeaways/jvm.options
# Extracted jar plus a Class Data Sharing archive made by a training run with this image's JVM,
# started from the bean definitions Spring AOT made at package time (-Dspring.aot.enabled=true):
# the application starts in about half the time (bench/README.md, "Start-up").
RUN takeaways-cds /tmp/takeaways.jar /app -Dspring.aot.enabled=true @/etc/takeaways/jvm.options && rm /tmp/takeaways.jar
USER takeaways
EXPOSE 8080
# Ready = started and the database answers; a load balancer (or compose) takes it out of rotation otherwise.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
	CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
# The archive, the AOT bean definitions and the JVM settings we ship, as the training run had them.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/takeaways.jsa", "-Dspring.aot.enabled=true", "@/etc/takeaways/jvm.options", "-jar", "/app/takeaways.jar"]
