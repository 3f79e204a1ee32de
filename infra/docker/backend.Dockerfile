# Backend image for the Helm chart. Build from the repository root after `./mvnw -DskipTests package`:
#   docker build -f infra/docker/backend.Dockerfile -t rapport/backend:0.1.0 .
FROM eclipse-temurin:25-jre
COPY backend/server/target/rapport-server.jar /app/rapport-server.jar
ENV RAPPORT_API_HOST=0.0.0.0
EXPOSE 8081
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/app/rapport-server.jar"]
