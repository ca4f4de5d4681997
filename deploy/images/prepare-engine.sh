#!/usr/bin/env bash
# Makes sure a container engine answers and that the local base images exist, on a machine with no
# registry in reach (see docs/operations.md, "Container images"): installs Debian's docker.io when
# docker is missing, starts dockerd with host networking only when no daemon answers, and builds
#   local/debian:bookworm       a minimal Debian from debootstrap (about 40 s), and local/debian:trixie
#   local/lienthong-jre:17      that Debian with openjdk-17-jre-headless: the services' base image
#   local/lienthong-postgres:17 PostgreSQL 17 (Debian trixie) for the container tests
#   local/lienthong-kafka:<ver> Apache Kafka (KRaft) from the build's own Kafka jars, for the container tests
# only when missing. Where a registry is reachable none of this is needed: the images build FROM
# eclipse-temurin:17-jre and the tests use the official postgres and apache/kafka images.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
as_root=()
[[ "$(id -u)" -eq 0 ]] || as_root=(sudo)

say() { printf '[images] %s\n' "$*"; }

if ! command -v dockerd >/dev/null 2>&1; then
  say "installing docker.io"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq docker.io >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  say "starting dockerd (host networking only; log in /tmp/dockerd.log)"
  # No bridge: every container uses the host's network, so traffic stays on loopback.
  "${as_root[@]}" setsid dockerd --bridge=none --iptables=false --ip-masq=false >/tmp/dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { say "dockerd did not answer; see /tmp/dockerd.log"; exit 1; }
fi

has_image() { docker image inspect "$1" >/dev/null 2>&1; }

# A minimal Debian release as a local image, from Debian's mirror (as configured for apt).
debian_image() {
  local release="$1"
  has_image "local/debian:$release" && return 0
  command -v debootstrap >/dev/null 2>&1 || {
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq debootstrap >/dev/null
  }
  local mirror rootfs
  mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
  mirror="${mirror:-http://deb.debian.org/debian}"
  rootfs="$(mktemp -d /tmp/debian-rootfs.XXXXXX)"
  say "debootstrap $release from $mirror"
  "${as_root[@]}" debootstrap --variant=minbase "$release" "$rootfs" "$mirror" >"/tmp/debootstrap-$release.log" 2>&1
  "${as_root[@]}" tar -C "$rootfs" -c . | docker import - "local/debian:$release" >/dev/null
  "${as_root[@]}" rm -rf "$rootfs"
}
debian_image bookworm
# The services' migrations need PostgreSQL 17 or later (the pg_c_utf8 collation); bookworm has 15.
debian_image trixie

if ! has_image local/lienthong-jre:17; then
  say "building local/lienthong-jre:17"
  docker build -q --network host -t local/lienthong-jre:17 "$here/jre" >/dev/null
fi
if ! has_image local/lienthong-postgres:17; then
  say "building local/lienthong-postgres:17"
  docker build -q --network host -t local/lienthong-postgres:17 "$here/postgres" >/dev/null
fi
if ! has_image local/lienthong-kafka:4; then
  say "building local/lienthong-kafka:4 from the build's Kafka jars"
  libs="$here/kafka/libs"
  rm -rf "$libs"
  "$root/mvnw" -q -B -f "$here/kafka/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$libs"
  docker build -q --network host -t local/lienthong-kafka:4 "$here/kafka" >/dev/null
  rm -rf "$libs"
fi
say "engine and local base images ready"
