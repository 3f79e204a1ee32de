# UI image for the Helm chart. Build from the repository root after `./mvnw -DskipTests package`:
#   docker build -f infra/docker/ui.Dockerfile -t rapport/ui:0.1.0 .
FROM eclipse-temurin:25-jre
COPY ui/target/lib /app/lib
COPY ui/target/rapport-ui.jar /app/rapport-ui.jar
ENV RAPPORT_UI_HOST=0.0.0.0
EXPOSE 8080
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/app/rapport-ui.jar"]
