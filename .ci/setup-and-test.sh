#!/usr/bin/env bash
# Installs what the tests need beyond a JDK 17 and Maven, then runs the test command from README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== java and maven"
java -version 2>&1 | head -1
mvn -v 2>&1 | head -1

echo "== tests"
mvn -B -ntp verify
