#!/usr/bin/env bash
# Builds one service's image from its executable jar: called by the Maven build's "images" profile
# (after Spring Boot's repackage), or by hand:
#   deploy/images/build-service-image.sh <module directory> <jar> <image name> <base image> <port> <version>
set -euo pipefail
module_dir="$1"; jar="$2"; image="$3"; base="$4"; port="$5"; version="$6"
here="$(cd "$(dirname "$0")" && pwd)"
[[ -f "$jar" ]] || { echo "no jar at $jar: build with ./mvnw -Pimages package" >&2; exit 1; }
if ! "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$jar" | grep -q "^BOOT-INF/"; then
  echo "$jar is not Spring Boot's executable jar (the repackage must run first)" >&2; exit 1
fi
context="$(mktemp -d "${TMPDIR:-/tmp}/image-context.XXXXXX")"
trap 'rm -rf "$context"' EXIT
cp "$here/service/Dockerfile" "$context/Dockerfile"
cp "$jar" "$context/app.jar"
docker build --quiet --network host \
  --build-arg BASE_IMAGE="$base" --build-arg SERVICE="$(basename "$module_dir")" \
  --build-arg PORT="$port" --build-arg VERSION="$version" \
  -t "$image" "$context" >/dev/null
echo "[images] built $image from $base"
