#!/usr/bin/env bash
# Installs what the tests need beyond a JDK 17 and Maven, runs the test command from README.md, runs the tests again
# on the Linux package's runtime when that is a newer JDK, then builds the Linux app image and runs its launcher
# (issue 7's CI check).
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

echo "== java and maven"
# sed reads all the output; `head -1` would exit early, and under pipefail the writer's SIGPIPE fails the script.
java -version 2>&1 | sed -n 1p
mvn -v 2>&1 | sed -n 1p

echo "== system packages for the tests"
need=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v fakeroot >/dev/null 2>&1 || need+=(fakeroot)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    apt_install "${need[@]}" || echo "warning: could not install ${need[*]}; the tests that need them will say so"
fi

echo "== tests"
mvn -B -ntp verify

echo "== tests on the Linux package's runtime"
# installer/linux/build.sh bundles a JDK 25 runtime when the machine has one (docs/decisions/0015): the same tests
# run again in a JVM of that JDK, over the classes built above for Java 17.
runtime=$(bash installer/linux/build.sh --print-jdk)
if grep -q '^JAVA_VERSION="2[5-9]' "$runtime/release"; then
    mvn -B -ntp surefire:test -Djvm="$runtime/bin/java"
else
    echo "skipped: the package's runtime is the JDK the tests above ran on ($runtime)"
fi

echo "== installer: Linux app image and its launcher"
bash .ci/installer-check.sh --skip-maven
