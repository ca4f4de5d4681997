#!/bin/bash
set -euo pipefail
config=/tmp/server.properties
: > "$config"
echo "log.dirs=/tmp/kraft-combined-logs" >> "$config"
while IFS='=' read -r name value; do
  [[ "$name" == KAFKA_* && "$name" != KAFKA_HEAP_OPTS ]] || continue
  key="${name#KAFKA_}"
  key="${key,,}"; key="${key//___/-}"; key="${key//__/@}"; key="${key//_/.}"; key="${key//@/_}"
  echo "$key=$value" >> "$config"
done < <(env)
java_run=(java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} -Dlogback.configurationFile=/opt/kafka/config/logback.xml -cp '/opt/kafka/libs/*')
"${java_run[@]}" kafka.tools.StorageTool format --config "$config" --cluster-id "${CLUSTER_ID:?CLUSTER_ID must be set}" --ignore-formatted >/dev/null
exec "${java_run[@]}" kafka.Kafka "$config"
