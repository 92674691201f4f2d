#!/usr/bin/env bash
# CI check of the Linux package: builds the app image with its own trimmed runtime (installer/linux/build.sh
# --app-image), then runs the image's launcher as a user would: --version, sample, import (once the import command
# exists), the window under a virtual display, and (marked below) analyze. Exits non-zero on the first failure.
# Not part of .ci/run; it takes one to two minutes, most of them in mvn package, jdeps and jlink. Arguments go to
# installer/linux/build.sh (e.g. --offline, --skip-maven).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

section() { printf '\n== %s\n' "$*"; }
fail() { echo "installer-check: $*" >&2; exit 1; }
can_install() { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }
apt_install() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# The build's class-data sharing step (installer/linux/cds-archive.sh) and the window check below need a display.
if ! command -v Xvfb >/dev/null && can_install; then
    apt_install xvfb libgtk-3-0
fi

# The runs below get an empty home folder through -Duser.home; the XDG variables would point the app elsewhere.
unset XDG_DATA_HOME XDG_CONFIG_HOME

section "build the app image"
started=$(date +%s)
installer/linux/build.sh --app-image "$@"
echo "built in $(( $(date +%s) - started )) s"

launcher="$root/target/installer/image/splitbench/bin/splitbench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

section "splitbench --version"
version=$("$launcher" --version)
echo "$version"
[[ "$version" =~ ^splitbench\ [0-9]+\.[0-9]+ ]] || fail "unexpected --version output: $version"

section "splitbench sample"
"$launcher" sample --out "$work/sample" --users 2000 --events 20000 | tail -1
[ -s "$work/sample/manifest.json" ] || fail "sample wrote no manifest.json"

section "splitbench import"
# Listed under "Commands:" in the root help once it exists (`import --help` alone would print the root help).
# grep reads to the end (no -q): under pipefail, a reader that stops early can fail the pipeline with SIGPIPE.
if "$launcher" --help | grep -E '^ +import( |$)' >/dev/null; then
    "$launcher" import --workspace "$work/workspace" \
        --assignments sample-data/assignments.csv.gz --events sample-data/events.csv.gz | tee "$work/import.out"
    grep -qi "imported" "$work/import.out" || fail "import printed no summary line"
else
    echo "skipped: this build has no import command yet"
fi

section "splitbench analyze"
"$launcher" analyze --workspace "$work/workspace" --experiment checkout_redesign --format csv --out "$work/a.csv"
head -3 "$work/a.csv"
expected=$(python3 -c "import json; m=json.load(open('sample-data/manifest.json')); \
print([v['analysed_users'] for e in m['experiments'] if e['key']=='checkout_redesign' \
for v in e['variants'] if v['name']=='treatment_b'][0])")
actual=$(awk -F, 'NR > 1 && $2 == "purchase_rate" && $3 == "treatment_b" {print $4}' "$work/a.csv")
[ "$actual" = "$expected" ] || fail "analyze: treatment_b has $actual users, the manifest says $expected"
echo "treatment_b users: $actual (manifest: $expected)"

section "the window under a virtual display"
if command -v Xvfb >/dev/null; then
    # The start-up time depends on the archive that installer/linux/cds-archive.sh made: with a JDK 25 runtime
    # the ahead-of-time cache, which -XX:AOTMode=on refuses to start without, else the class-data sharing archive,
    # which -Xshare:on refuses to start without.
    image="$root/target/installer/image/splitbench"
    if grep -q '^JAVA_VERSION="2[5-9]' "$image/lib/runtime/release"; then
        check=-XX:AOTMode=on archive=lib/app/splitbench.aot
    else
        check=-Xshare:on archive=lib/app/splitbench.jsa
    fi
    JAVA_TOOL_OPTIONS=$check "$launcher" --version >/dev/null 2>"$work/share.log" \
        || { cat "$work/share.log" >&2; fail "the launcher cannot map $archive"; }
    echo "the launcher maps $archive ($(sed -n 's/^JAVA_VERSION=//p' "$image/lib/runtime/release" | tr -d '"') runtime)"
    # Our own X server on a free display number (-displayfd), so that both processes can be ended by their ids.
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
    xvfb=$!
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    [ -s "$work/display" ] || fail "Xvfb did not start"
    # JavaFX's pulse logger prints "Painting" when a frame is drawn: the window started with every JDK module it
    # needs (a missing module fails here while the command line still works). Then, as on a user's first start
    # (an empty home folder), it builds the sample workspace and shows the first experiment's results: the app logs
    # "First results on screen" in the pulse that lays them out.
    : >"$work/window.log"
    mkdir -p "$work/home"
    DISPLAY=":$(cat "$work/display")" JAVA_TOOL_OPTIONS="-Djavafx.pulseLogger=true -Duser.home=$work/home" \
        "$launcher" >"$work/window.log" 2>&1 &
    window=$!
    for _ in $(seq 1 1200); do
        grep -q "First results on screen" "$work/window.log" && break
        kill -0 "$window" 2>/dev/null || break
        sleep 0.1
    done
    # What the window logged while it ran; stopping it with a signal can make JavaFX's renderer log a rejected
    # paint job on the way out, which says nothing about the app.
    cp "$work/window.log" "$work/window-running.log"
    painted=$(grep -c Painting "$work/window-running.log" || true)
    results=$(grep -c "First results on screen" "$work/window-running.log" || true)
    kill "$window" "$xvfb" 2>/dev/null || true
    wait "$window" "$xvfb" 2>/dev/null || true
    if [ "$painted" = 0 ]; then
        cat "$work/window-running.log" >&2
        fail "the window did not draw a frame within 120 s"
    fi
    if [ "$results" = 0 ]; then
        grep -v -E "^(PULSE|T[0-9]+|Counters|\s)" "$work/window-running.log" >&2 || true
        fail "the window drew frames but showed no results within 120 s of a first start"
    fi
    if grep -E "Exception|Error:" "$work/window-running.log" >&2; then
        fail "the window logged an exception"
    fi
    grep -o "First results on screen.*" "$work/window-running.log"
    echo "the window drew its first frame, built the sample workspace and showed results"
else
    echo "skipped: no Xvfb, and apt-get is not available to install it"
fi

section "ok"
du -sh target/installer/image/splitbench | awk '{print "app image: " $1}'
echo "installer check passed in $(( $(date +%s) - started )) s"
