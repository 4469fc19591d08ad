# Firstline's production image: built from source with the Maven wrapper, run on the official Open Liberty
# image as a non-root user, configured by environment, with no embedded database.
#   docker build -t firstline .
#   docker run -p 9080:9080 -p 9443:9443 -e DB_URL=... -e DB_PASSWORD=... -e PLATFORM_SESSION_SECRET=... \
#     -e LTI_KEY_ENCRYPTION_KEY=... -e PLATFORM_METRICS_PASSWORD=... firstline
# Without PLATFORM_SESSION_SECRET and LTI_KEY_ENCRYPTION_KEY the application refuses to start (production mode).

# --- build: the WAR and the JDBC driver, tests left to CI ---------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The wrapper and the POM first, so that dependencies are a cached layer of their own.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q -DskipTests dependency:go-offline || true
COPY src/ src/
COPY content/ content/
COPY server.xml ./
# No embedded database in the image: its plugin is skipped and the build goes no further than the WAR.
RUN ./mvnw -B -DskipTests -Dembedded.db.skip=true package

# --- run ----------------------------------------------------------------------------------------------------
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal

ARG VERBOSE=false

# The production server: no local connector, no application polling, no dropins.
COPY --chown=1001:0 deploy/server-production.xml /config/server.xml
# The JDBC driver lives in the server, not the application.
COPY --chown=1001:0 --from=build /src/target/jdbc/ /config/jdbc/

# Features are installed at build time from the server configuration.
RUN features.sh

COPY --chown=1001:0 --from=build /src/target/firstline.war /config/apps/firstline.war
COPY --chown=1001:0 --from=build /src/content/ /opt/firstline/content/

# Settings a container takes from its environment (see the README's configuration table). Secrets
# (DB_PASSWORD, PLATFORM_SESSION_SECRET, LTI_KEY_ENCRYPTION_KEY, PLATFORM_METRICS_PASSWORD,
# PLATFORM_KEYSTORE_PASSWORD) are never baked in: pass them at run time, e.g. from a Kubernetes Secret.
# The heap follows the container's memory limit; the rest is left for metaspace, threads and buffers.
ENV DB_URL="jdbc:mysql://mysql:3306/firstline?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC" \
    DB_USER="firstline" \
    CONTENT_DIR="/opt/firstline/content" \
    PLATFORM_MODE="production" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:InitialRAMPercentage=40 -XX:+ExitOnOutOfMemoryError"

# Open Liberty's images run as user 1001 (group 0), never root.
USER 1001
RUN configure.sh

EXPOSE 9080 9443
# Ready means the database answers and the schema is migrated (see DatabaseReadiness).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:9080/health/ready || exit 1
