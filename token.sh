#!/usr/bin/env bash
# Prints an access token of the local run's identity provider, for trying the APIs with curl:
#   ./token.sh national-portal      the national portal (client credentials)
#   ./token.sh hotich.25450         a demo staff account (signed in with the demo password)
# The secrets come from the run's directory (local-run/ by default). See README "Try the API".
set -euo pipefail
cd "$(dirname "$0")"
exec java -cp "$(ls deploy/target/deploy-*-exec.jar | head -n 1)" \
  -Dloader.main=vn.lienthong.deploy.local.DemoToken org.springframework.boot.loader.launch.PropertiesLauncher "$@"
