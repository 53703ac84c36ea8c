# One image recipe for every service of the distributed stack (docker-compose.yml, docs/distributed.md):
# the build argument MODULE names the Maven module (command-side, query-side, web) and PORT the port it listens on.
# Build context: the repository root, e.g.
#   docker build --build-arg MODULE=command-side --build-arg PORT=8081 -t klachten-command-side .

FROM maven:3.9.11-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src

# Poms first, so the dependency layer is rebuilt when a pom changes rather than on every source
# edit. Maven reads every module the parent lists, so all module poms are needed.
COPY pom.xml ./
COPY .mvn/ .mvn/
COPY shared-api/pom.xml shared-api/
COPY working-days/pom.xml working-days/
COPY platform/pom.xml platform/
COPY command-side/pom.xml command-side/
COPY query-side/pom.xml query-side/
COPY web/pom.xml web/
COPY standalone/pom.xml standalone/
COPY e2e/pom.xml e2e/
COPY benchmark/pom.xml benchmark/
# No `|| true`: a layer that silently holds half the dependencies is worse than a failed build.
RUN mvn -B -ntp -pl ${MODULE} -am dependency:go-offline

COPY shared-api/src shared-api/src
COPY working-days/src working-days/src
COPY platform/src platform/src
COPY ${MODULE}/src ${MODULE}/src
# Online on purpose: go-offline cannot see what some plugins resolve only while they run.
RUN mvn -B -ntp -pl ${MODULE} -am -DskipTests package

FROM eclipse-temurin:17.0.18_8-jre-noble
ARG MODULE
ARG PORT
# A fixed uid that no base-image user has, so volume owners and runAsUser can name it.
RUN groupadd --gid 10001 klachten \
    && useradd --uid 10001 --gid klachten --no-create-home --home-dir /app --shell /usr/sbin/nologin klachten
WORKDIR /app
# /keys: where the data-protection master key file goes when no key is given (docker-compose.yml mounts a volume
# there; a new named volume takes this directory's owner and mode, so only the app user can read the key)
RUN mkdir -m 700 /keys && chown 10001:10001 /keys
# Owned by root and only readable by the app user: the process cannot change its own code.
COPY --from=build /src/${MODULE}/target/klachten-${MODULE}-exec.jar /app/app.jar
USER 10001:10001
# Heap sized from the container's memory limit, not the host's; an OutOfMemoryError ends the JVM
# so that the restart policy replaces it instead of leaving it half working. Replace the whole
# variable to tune. The probes give /actuator/health/readiness, which the compose healthcheck asks.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true
EXPOSE ${PORT}
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
