# Firstline on the official Open Liberty image, configured by environment for an external MySQL / MariaDB.
# Build the WAR first (./mvnw -DskipTests package), then: docker build -t firstline .
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal

ARG VERBOSE=false

# The JDBC driver lives in the server, not the application.
COPY --chown=1001:0 target/jdbc/ /config/jdbc/
COPY --chown=1001:0 server.xml /config/server.xml

# Features are installed at build time from the server configuration.
RUN features.sh

COPY --chown=1001:0 target/firstline.war /config/apps/firstline.war
COPY --chown=1001:0 content/ /opt/firstline/content/

# Settings a container takes from its environment (see the README's configuration table).
ENV DB_URL="jdbc:mysql://mysql:3306/firstline?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC" \
    DB_USER="firstline" \
    CONTENT_DIR="/opt/firstline/content"

USER 1001
RUN configure.sh
