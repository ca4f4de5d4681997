#!/usr/bin/env bash
# Builds every service's container image on this machine: prepares the engine and the local base
# images when missing (prepare-engine.sh), then runs the Maven build with the "images" profile.
#   deploy/images/build-images.sh                 images FROM local/lienthong-jre:17 (no registry needed)
#   deploy/images/build-images.sh --official      images FROM eclipse-temurin:17-jre (needs a registry)
#   deploy/images/build-images.sh --if-missing    only when an image of this version is missing
# Extra arguments go to Maven (e.g. -o).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base=local/lienthong-jre:17
if_missing=false
maven_args=()
for argument in "$@"; do
  case "$argument" in
    --official) base=eclipse-temurin:17-jre ;;
    --if-missing) if_missing=true ;;
    *) maven_args+=("$argument") ;;
  esac
done
modules=identity-service,id-number-service,civil-registry-service,residence-service,health-insurance-service,orchestrator-service,console
if [[ "$base" == local/* ]]; then
  "$here/prepare-engine.sh"
elif ! docker info >/dev/null 2>&1; then
  echo "no container engine answers (docker info); start one, or run without --official" >&2; exit 1
fi
cd "$root"
if $if_missing; then
  version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
  missing=false
  for module in ${modules//,/ }; do
    docker image inspect "lienthong/$module:$version" >/dev/null 2>&1 || missing=true
  done
  if ! $missing; then echo "[images] every image of $version is there"; exit 0; fi
fi
./mvnw -B -q -Pimages -DskipTests -Dimage.base="$base" -pl "$modules" -am package "${maven_args[@]}"
