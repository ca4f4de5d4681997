#!/usr/bin/env bash
# Checks once, against a real Keycloak, that the system's APIs can trust another OpenID Connect
# issuer by configuration only (docs/security.md, "Another issuer").
#
# It fetches Keycloak's distribution with Maven (org.keycloak:keycloak-quarkus-dist, nothing else
# from the internet), unpacks it under deploy/target/keycloak, starts it in dev mode on 127.0.0.1
# with the realm deploy/keycloak/realm-lienthong.json, prints the claims of a token, and runs
# KeycloakIssuerIT: a Spring resource server configured with only issuer-uri, the audience and the
# roles claim accepts Keycloak's tokens and sees the same roles and communes as with
# identity-service. Keycloak is stopped at the end.
#
#   deploy/keycloak/try-keycloak.sh               # Keycloak 26.7.3 on port 18085
#   KEYCLOAK_VERSION=26.5.6 KEYCLOAK_PORT=18090 deploy/keycloak/try-keycloak.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="${KEYCLOAK_VERSION:-26.7.3}"
PORT="${KEYCLOAK_PORT:-18085}"
WORK="deploy/target/keycloak"
HOME_DIR="$WORK/keycloak-$VERSION"
ISSUER="http://127.0.0.1:$PORT/realms/lienthong"
export LIENTHONG_KEYCLOAK_CLIENT_SECRET="${LIENTHONG_KEYCLOAK_CLIENT_SECRET:-local-secret-2026}"
export LIENTHONG_KEYCLOAK_DEMO_PASSWORD="${LIENTHONG_KEYCLOAK_DEMO_PASSWORD:-demo-2026}"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-local-2026}"

if [[ ! -x "$HOME_DIR/bin/kc.sh" ]]; then
  echo "Fetching Keycloak $VERSION from Maven Central..."
  ./mvnw -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$WORK"
  unzip -q -o "$WORK/keycloak-quarkus-dist-$VERSION.zip" -d "$WORK"
fi
# A fresh dev database every run, so the realm is imported as committed.
rm -rf "$HOME_DIR/data"
mkdir -p "$HOME_DIR/data/import"
cp deploy/keycloak/realm-lienthong.json "$HOME_DIR/data/import/"

echo "Starting Keycloak $VERSION on 127.0.0.1:$PORT (log: $WORK/keycloak.log)..."
started=$(date +%s)
"$HOME_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
    --hostname="http://127.0.0.1:$PORT" --import-realm > "$WORK/keycloak.log" 2>&1 &
keycloak=$!
trap 'kill "$keycloak" 2>/dev/null; wait "$keycloak" 2>/dev/null || true' EXIT

until curl -sf "$ISSUER/.well-known/openid-configuration" > /dev/null; do
  if ! kill -0 "$keycloak" 2>/dev/null; then
    echo "Keycloak stopped; the end of its log:" >&2
    tail -30 "$WORK/keycloak.log" >&2
    exit 1
  fi
  if (( $(date +%s) - started > 300 )); then
    echo "Keycloak not ready after 300 s" >&2
    exit 1
  fi
  sleep 2
done
echo "Keycloak ready in $(( $(date +%s) - started )) s; issuer $ISSUER"

claims() { # the payload of a JWT, as JSON
  local payload
  payload=$(cut -d. -f2 <<< "$1" | tr '_-' '/+')
  while (( ${#payload} % 4 )); do payload+="="; done
  base64 -d <<< "$payload"
}
token=$(curl -sf -u "national-portal:$LIENTHONG_KEYCLOAK_CLIENT_SECRET" -d grant_type=client_credentials \
    "$ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
echo "Claims of the national portal's token:"
claims "$token"; echo
token=$(curl -sf -d grant_type=password -d client_id=try-keycloak -d username=hotich.25441.25555 \
    -d "password=$LIENTHONG_KEYCLOAK_DEMO_PASSWORD" -d scope=openid \
    "$ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
echo "Claims of officer hotich.25441.25555's token:"
claims "$token"; echo

./mvnw -B -pl identity-service -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=KeycloakIssuerIT -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dlienthong.keycloak.issuer="$ISSUER" \
    -Dlienthong.keycloak.client-secret="$LIENTHONG_KEYCLOAK_CLIENT_SECRET" \
    -Dlienthong.keycloak.demo-password="$LIENTHONG_KEYCLOAK_DEMO_PASSWORD" \
    verify
