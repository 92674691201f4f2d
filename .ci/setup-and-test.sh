#!/usr/bin/env bash
# Installs what the tests need beyond a JDK 17 and Maven, then runs the test command from README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== java and maven"
java -version 2>&1 | head -1
mvn -v 2>&1 | head -1

echo "== postgresql (the warehouse engine's tests start a throwaway cluster)"
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && ! command -v initdb >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
fi
ls -d /usr/lib/postgresql/*/bin 2>/dev/null | head -1

echo "== tests"
mvn -B -ntp verify
