#!/usr/bin/env bash
# Builds what is missing or out of date, then starts the whole system on this machine: one real
# Kafka broker, one real PostgreSQL server and the five services as separate processes.
#
#   ./run-local.sh                         start; Ctrl-C stops everything
#   ./run-local.sh --demo                  also submit example dossiers and show them complete
#   ./run-local.sh --families=2000         seed more synthetic families (default 500)
#   ./run-local.sh --fault-profile=NAME    make the population database misbehave (see README)
set -euo pipefail
started_at=$(date +%s%3N)
cd "$(dirname "$0")"

modules=(contracts/messages contracts/messaging deploy id-number-service civil-registry-service
         residence-service health-insurance-service orchestrator-service)

needs_build() {
  local module jar
  for module in "${modules[@]}"; do
    jar=$(ls "$module"/target/*.jar 2>/dev/null | head -n 1 || true)
    if [[ -z "$jar" ]] || [[ -n "$(find "$module/src/main" "$module/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
      return 0
    fi
  done
  [[ -n "$(find pom.xml -newer deploy/target/deploy-*-exec.jar -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  ./mvnw -q -B -DskipTests package
fi

exec java -Xms256m -Xmx1g -XX:+UseSerialGC -jar deploy/target/deploy-*-exec.jar \
  --root="$PWD" --started-at="$started_at" "$@"
