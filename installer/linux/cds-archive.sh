#!/usr/bin/env bash
# Makes the class-data sharing (CDS) archive of a Splitbench app image, which cuts the CPU a window start needs
# (BENCHMARKS.md, "Start-up to the first results screen"; docs/decisions/0014-start-up-cds-and-compilers.md):
#
#   installer/linux/cds-archive.sh IMAGE_DIR        # e.g. target/installer/image/splitbench
#
# 1. Training: starts the image's launcher on an empty home folder, as on a user's very first start, under a
#    display (an Xvfb of its own, else DISPLAY) with -XX:DumpLoadedClassList, and stops it once the first results
#    are on screen; then `analyze` on the sample workspace that start built, for the command line's classes. The
#    list, JDK, JavaFX and Splitbench classes in load order, goes to lib/app/splitbench.classlist.
# 2. Dump: `java -Xshare:dump` over that list writes lib/app/splitbench.jsa for the jar where it lies in the image.
# 3. Keeps the sample workspace the training start built as lib/app/sample-workspace (see step 3 below).
#
# The launcher maps the archive through -XX:SharedArchiveFile=$APPDIR/splitbench.jsa (installer/linux/build.sh).
# A JDK 17 archive only serves the jar path it was dumped for; elsewhere, or when the file is missing, the JVM
# quietly starts without class sharing. So the .deb carries the class list but not the archive, and its postinst
# dumps the archive for /opt/splitbench (installer/linux/resources/postinst).
# With no display and no Xvfb, it says so and makes no archive: the app works, it only starts slower.
set -euo pipefail

image=${1:?usage: cds-archive.sh IMAGE_DIR}
image=$(cd "$image" && pwd -P)
launcher="$image/bin/splitbench"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
[ -x "$launcher" ] || { echo "cds-archive.sh: no launcher at $launcher" >&2; exit 1; }

# The runs below get an empty home folder through -Duser.home; the XDG variables would point the app elsewhere.
unset XDG_DATA_HOME XDG_CONFIG_HOME

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# An Xvfb of its own when there is one, so that the training window does not flash up on a developer's desktop.
display=${DISPLAY:-}
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    [ -s "$work/display" ] || { echo "cds-archive.sh: Xvfb did not start" >&2; exit 1; }
    display=":$(cat "$work/display")"
elif [ -z "$display" ]; then
    echo "cds-archive.sh: no display and no Xvfb (apt-get install xvfb): no CDS archive, start-up will be slower" >&2
    exit 0
fi

# Without a prebuilt sample workspace, so that the training start imports the sample exports and the class list
# holds the importer's classes too (step 3 makes it again).
rm -rf "$app/sample-workspace"
echo "training start (first start on an empty home folder, until the first results are on screen)"
mkdir "$work/home"
DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist -Duser.home=$work/home" \
    "$launcher" >"$work/training.log" 2>&1 &
training=$!
pids+=("$training")
for _ in $(seq 1 1200); do
    grep -q "First results on screen" "$work/training.log" && break
    kill -0 "$training" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q "First results on screen" "$work/training.log"; then
    grep -v -E "^(Picked up|WARNING: Unsupported JavaFX)" "$work/training.log" | tail -20 >&2
    echo "cds-archive.sh: the training start showed no results within 120 s" >&2
    exit 1
fi
# The JVM writes the list as classes load; a normal shutdown (SIGTERM) flushes it.
kill "$training"
wait "$training" 2>/dev/null || true
# The command line loads classes the window does not (picocli, the CSV writer): a run of `analyze` on the sample
# workspace the training start built adds them. A class listed twice is archived once.
DISPLAY= JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist-cli -Duser.home=$work/home" \
    "$launcher" analyze --workspace "$work/home/.local/share/splitbench/sample-workspace" \
    --experiment checkout_redesign --format csv --out "$work/analysis.csv" >"$work/cli.log" 2>&1 \
    || { cat "$work/cli.log" >&2; echo "cds-archive.sh: the command-line training run failed" >&2; exit 1; }
cat "$work/classlist" "$work/classlist-cli" >"$app/splitbench.classlist"
# 3. The sample workspace that training start built, with the statistics it kept, goes beside the jar: a user's
#    first start copies it instead of importing the sample exports again (ui.workspace.SampleWorkspace; it checks
#    that the copy is of the same build). Only the workspace's own files, no H2 lock or trace files.
sample="$work/home/.local/share/splitbench/sample-workspace"
if [ -f "$sample/workspace.sbw" ] && [ -f "$sample/built-by.txt" ]; then
    mkdir -p "$app/sample-workspace"
    cp "$sample/workspace.sbw" "$sample/workspace.mv.db" "$sample/built-by.txt" "$app/sample-workspace/"
    if [ -d "$sample/cache/statistics" ]; then
        mkdir -p "$app/sample-workspace/cache/statistics"
        cp "$sample"/cache/statistics/*.json "$app/sample-workspace/cache/statistics/" 2>/dev/null || true
    fi
    chmod -R a+rX "$app/sample-workspace"
    echo "lib/app/sample-workspace: the prebuilt sample workspace ($(du -sh "$app/sample-workspace" | cut -f1))"
fi
echo "$(grep -v '^[@#]' "$app/splitbench.classlist" | awk '{ print $1 }' | sort -u | wc -l) classes in lib/app/splitbench.classlist"

echo "dump (java -Xshare:dump)"
rm -f "$app/splitbench.jsa"
# Classes the list names but a dump cannot hold (generated proxies, JFR events) are reported and skipped.
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$app/splitbench.classlist" \
        -XX:SharedArchiveFile="$app/splitbench.jsa" -cp "$app/splitbench.jar" >"$work/dump.log" 2>&1; then
    tail -20 "$work/dump.log" >&2
    echo "cds-archive.sh: java -Xshare:dump failed" >&2
    exit 1
fi
chmod 644 "$app/splitbench.jsa"
# -Xshare:on refuses to start unless the archive maps: proof that the launcher will use it.
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>"$work/check.log" \
    || { cat "$work/check.log" >&2; echo "cds-archive.sh: the launcher cannot map the archive" >&2; exit 1; }
ls -l "$app/splitbench.jsa" | awk '{printf "lib/app/splitbench.jsa: %.0f MB, mapped by the launcher\n", $5 / 1e6}'
