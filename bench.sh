#!/usr/bin/env bash
# Benchmark: starts the whole system on this machine with production durability, measures Kafka
# and PostgreSQL alone, plays the national portal, and prints throughput, latency, CPU and memory.
#
#   ./bench.sh                              as fast as the system takes dossiers, 120 s warm-up, 60 s measured
#   ./bench.sh --rate=150 --duration=60s    a fixed rate
#   ./bench.sh --fault-profile=realistic    with the population database misbehaving
#   ./bench.sh --profile                    also record JFR profiles of the services
#   ./bench.sh --mix=birth:80,death:20      a fifth of the dossiers are death dossiers
#   ./bench.sh --overload                   the sustained rate, then 2× and 4× it offered open loop (docs/performance.md)
#   ./bench.sh --running --kafka=HOST:PORT  measure a system started by ./run-local.sh (see docs/performance.md)
# Results: bench/target/results/bench-<time>.json and .html (overload-<time>.json with --overload)
set -euo pipefail
cd "$(dirname "$0")"
# The system the benchmark starts runs the jars built now, all written again so that a change in a
# contracts module reaches the services' jars; with --running the jars are left as they are, since
# the running system's JVMs read classes from them.
force_jars=true
for arg in "$@"; do [[ "$arg" == --running ]] && force_jars=false; done
./mvnw -q -B -DskipTests -Dmaven.jar.forceCreation=$force_jars package -pl bench -am
# Two workers in the common fork-join pool: with the JDK's one on two cores, the HTTP client's every
# answer (each submission's) would start a thread of its own on the cores the system is measured on.
# BENCH_JAVA_OPTS: more options for the load generator's JVM (a GC log, a flight recording).
exec java -Xms512m -Xmx1g -XX:+UseSerialGC -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  vn.lienthong.bench.Benchmark --root="$PWD" "$@"
