# Build: the Maven wrapper inside a JDK image; run: a JRE image with the layered jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/takeaways-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app takeaways
WORKDIR /app
COPY --from=build /app.jar /app/takeaways.jar
USER takeaways
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "/app/takeaways.jar"]
