#!/usr/bin/env bash
# Builds what is missing or out of date, then starts the whole system on this machine: one real
# Kafka broker, one real PostgreSQL server, the five services and the officers' console as separate
# processes.
#
#   ./run-local.sh                         start; Ctrl-C stops everything
#   ./run-local.sh --demo                  also submit example dossiers and show them complete
#   ./run-local.sh --fresh                 start from empty databases and an empty Kafka log
#   ./run-local.sh --families=2000         seed more synthetic families (default 500)
#   ./run-local.sh --fault-profile=NAME    make the population database misbehave (see README)
#   ./run-local.sh --free-ports            free ports instead of 8080-8085, 8090, 5432 and 9092
#   ./run-local.sh --directory=PATH        keep the data in PATH instead of local-run/
#   ./run-local.sh --cold-start            start the services and this script's JVM without their
#                                          class-data archives
#
# The data (PostgreSQL, Kafka's log, the services' logs) stays in local-run/: the next start finds
# every dossier, registration and card, and finishes the dossiers that were in flight. The
# synthetic population is loaded into new databases only. A service that exits unexpectedly is
# restarted (1 s, 2 s, 4 s, ... at most 5 times in 10 minutes, then everything stops). The first
# start after a build makes each service's class-data archive in the background (in
# <module>/target/warm-start/); the next starts map it and are ready sooner. The JVM that runs
# Kafka and PostgreSQL starts warm too, from deploy/target/warm-start/: the first start after a
# build extracts its jar in the background, the next one writes the classes it loaded to an archive
# as it stops (a few seconds more), and the starts after that map it.
# Ctrl-C, kill -INT or kill -TERM stop the services, then Kafka, then PostgreSQL, each waited for.
set -euo pipefail
started_at=$(date +%s%3N)
cd "$(dirname "$0")"

# A background job of a non-interactive shell starts with SIGINT ignored, and a shell cannot trap a
# signal ignored at its start: start again with it restored, so kill -INT works there too.
if [[ -z "${RUN_LOCAL_SIGNALS_RESTORED:-}" ]] && env --default-signal=INT true 2>/dev/null; then
  export RUN_LOCAL_SIGNALS_RESTORED=1
  exec env --default-signal=INT "$0" "$@"
fi

modules=(contracts/rules contracts/messages contracts/messaging contracts/web deploy identity-service
         id-number-service civil-registry-service
         residence-service health-insurance-service orchestrator-service console)

needs_build() {
  local module jar
  for module in "${modules[@]}"; do
    jar=$(ls "$module"/target/*.jar 2>/dev/null | head -n 1 || true)
    if [[ -z "$jar" ]] || [[ -n "$(find "$module/src/main" "$module/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
      return 0
    fi
    # A service's jar holds copies of the contracts modules: one built after it is not inside.
    if [[ "$module" == *-service || "$module" == console ]] \
        && [[ -n "$(find contracts/*/target -maxdepth 1 -name '*.jar' -newer "$jar" -print -quit 2>/dev/null)" ]]; then
      return 0
    fi
  done
  [[ -n "$(find pom.xml -newer deploy/target/deploy-*-exec.jar -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  # Every jar written again: a service whose own classes did not change would otherwise keep its
  # jar, with the old copies of the contracts modules inside (the repackaging leaves a jar it
  # already packaged as it is). Nothing of this system runs yet, so no running JVM loses its jar.
  ./mvnw -q -B -DskipTests -Dmaven.jar.forceCreation=true package
fi

# The system runs in a process group of its own, so a Ctrl-C in the terminal reaches only this
# script, which asks for the orderly stop (services, then Kafka, then PostgreSQL); otherwise every
# process would get the signal at once and PostgreSQL would stop under the services.
set -m
# The JDK ./mvnw builds with (JAVA_HOME), else java on the PATH; the services run on the same one.
# This JVM runs Kafka's broker and starts PostgreSQL: on the C1 compiler only, as the cluster's
# Kafka nodes run, it spends about half the CPU by the ready line (docs/performance.md, "The local
# run's start").
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jvm_options=(-Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
deploy_jar=$(ls deploy/target/deploy-*-exec.jar | head -n 1)

# This JVM's warm start, as the services' (deploy's WarmStart): its executable jar extracted into
# plain jars, which a class-data archive can map, once per build, by a job in the background of
# the first start; the next start runs from them and writes what it loaded to an archive as it
# stops (-XX:ArchiveClassesAtExit); the starts after that map the archive. About 3 s of this
# JVM's CPU to ready, and Kafka and PostgreSQL ready 1.5 s sooner (docs/performance.md, "The
# Kafka and PostgreSQL JVM started warm"). The stamp names the jar, the JDK, the options and this
# checkout: anything else extracts and trains again. The JVM would refuse an archive that does not
# match by itself and start cold.
warm=deploy/target/warm-start
stamp="$(stat -c '%s %Y' "$deploy_jar") $PWD ${jvm_options[*]} $("$java" -version 2>&1 | tr '\n' ' ')"
archive_options=()
run_jar=$deploy_jar
if [[ " $* " != *" --cold-start "* ]]; then
  if [[ -f "$warm/stamp" ]] && [[ "$(<"$warm/stamp")" == "$stamp" ]]; then
    run_jar="$warm/application/$(basename "$deploy_jar")"
    rm -f "$warm/training.jsa"
    if [[ -f "$warm/deploy.jsa" ]]; then
      archive_options=("-XX:SharedArchiveFile=$warm/deploy.jsa")
    else
      # Quiet: the dump lists every class it leaves out (generated accessors, JFR events).
      archive_options=("-XX:ArchiveClassesAtExit=$warm/training.jsa" "-Xlog:cds*=off")
    fi
  else
    rm -rf "$warm"
    mkdir -p "$warm"
    (nice -n 19 "$java" -Djarmode=tools -jar "$deploy_jar" extract --destination "$warm/application" \
        >"$warm/extract.log" 2>&1 && printf '%s\n' "$stamp" >"$warm/stamp") </dev/null &
  fi
fi

"$java" "${jvm_options[@]}" "${archive_options[@]}" -jar "$run_jar" \
  --root="$PWD" --started-at="$started_at" "$@" </dev/null &
system=$!
trap 'kill -TERM "$system" 2>/dev/null || true' INT TERM HUP
# wait returns early when a trapped signal arrives; wait again until the system has stopped.
status=0
while true; do
  wait "$system" && status=0 || status=$?
  kill -0 "$system" 2>/dev/null || break
done
# The archive is written as the JVM exits; one that did not exit cleanly may have left half of it.
if [[ -f "$warm/training.jsa" ]]; then
  if [[ "$status" -eq 0 ]]; then mv -f "$warm/training.jsa" "$warm/deploy.jsa"; else rm -f "$warm/training.jsa"; fi
fi
exit "$status"
