#!/usr/bin/env bash
# Makes the archive of a Splitbench app image that cuts the CPU a window start needs (BENCHMARKS.md, "Start-up to the
# first results screen"; docs/decisions/0014-start-up-cds-and-compilers.md and 0015-jdk-25-runtime-and-aot-cache.md):
#
#   installer/linux/cds-archive.sh IMAGE_DIR        # e.g. target/installer/image/splitbench
#
# 1. Training: starts the image's runtime with the launcher's options on an empty home folder, as on a user's very
#    first start, under a display (an Xvfb of its own, else DISPLAY), and stops it once the first results are on
#    screen.
#    - With a JDK 25 runtime it records the ahead-of-time cache's configuration (-XX:AOTMode=record): the classes
#      loaded and linked, and the methods' profiles (JEPs 483, 514, 515), in lib/app/splitbench.aotconf.
#    - With a JDK 17 runtime it lists the loaded classes (-XX:DumpLoadedClassList), then runs `analyze` on the
#      sample workspace that start built, for the command line's classes, into lib/app/splitbench.classlist.
# 2. The archive, for the jar where it lies in the image: JDK 25 creates lib/app/splitbench.aot from the
#    configuration (-XX:AOTMode=create, through the launcher, so with its options); JDK 17 dumps
#    lib/app/splitbench.jsa from the class list (java -Xshare:dump).
# 3. Keeps the sample workspace the training start built as lib/app/sample-workspace (see step 3 below).
#
# The launcher maps the archive through -XX:AOTCache=$APPDIR/splitbench.aot or
# -XX:SharedArchiveFile=$APPDIR/splitbench.jsa (installer/linux/build.sh). Either only serves the jar path it was
# made for; elsewhere, or when the file is missing, the JVM starts without it, quietly (with the launcher's logging
# options). So the .deb carries the configuration or the class list but not the archive, and its postinst makes the
# archive for /opt/splitbench (installer/linux/resources/postinst).
# With no display and no Xvfb, it says so and makes no archive: the app works, it only starts slower.
set -euo pipefail

image=${1:?usage: cds-archive.sh IMAGE_DIR}
image=$(cd "$image" && pwd -P)
launcher="$image/bin/splitbench"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
[ -x "$launcher" ] || { echo "cds-archive.sh: no launcher at $launcher" >&2; exit 1; }
release=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
aot=false
[ "${release:-0}" -lt 25 ] || aot=true

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
rm -rf "$app/sample-workspace" "$app/splitbench.aot" "$app/splitbench.aotconf" "$app/splitbench.aotconf.jar-time" \
    "$app/splitbench.jsa" "$app/splitbench.classlist"
echo "training start (first start on an empty home folder, until the first results are on screen)"
mkdir "$work/home"
if [ "$aot" = true ]; then
    # The launcher's own command, as installer/linux/launcher.sh builds it, without its -XX:AOTCache: a JVM that
    # records refuses one. The same options matter: the cache serves only a JVM with the module options it was
    # recorded with.
    options=()
    while IFS= read -r line; do
        case "$line" in
            java-options=-XX:AOTCache=*) ;;
            java-options=*) option=${line#java-options=}; options+=("${option//\$APPDIR/$app}") ;;
        esac
    done <"$app/splitbench.cfg"
    DISPLAY="$display" "$java" "${options[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$app/splitbench.aotconf" \
        -Duser.home="$work/home" -cp "$app/splitbench.jar" com.splitbench.app.Launcher >"$work/training.log" 2>&1 &
else
    DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist -Duser.home=$work/home" \
        "$launcher" >"$work/training.log" 2>&1 &
fi
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
# The JVM writes the list as classes load, and the configuration as it exits; a normal shutdown (SIGTERM) does both.
kill "$training"
wait "$training" 2>/dev/null || true
if [ "$aot" = false ]; then
    # The command line loads classes the window does not (picocli, the CSV writer): a run of `analyze` on the
    # sample workspace the training start built adds them. A class listed twice is archived once. (A JDK 25
    # configuration comes from one run: the window's.)
    DISPLAY= JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist-cli -Duser.home=$work/home" \
        "$launcher" analyze --workspace "$work/home/.local/share/splitbench/sample-workspace" \
        --experiment checkout_redesign --format csv --out "$work/analysis.csv" >"$work/cli.log" 2>&1 \
        || { cat "$work/cli.log" >&2; echo "cds-archive.sh: the command-line training run failed" >&2; exit 1; }
    cat "$work/classlist" "$work/classlist-cli" >"$app/splitbench.classlist"
fi
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
if [ "$aot" = true ]; then
    [ -s "$app/splitbench.aotconf" ] \
        || { tail -20 "$work/training.log" >&2; echo "cds-archive.sh: the training start wrote no configuration" >&2; exit 1; }
    chmod 644 "$app/splitbench.aotconf"
    # The configuration only serves the jar with the modification time it was recorded with, and packaging does not
    # keep file times: postinst sets the jar's time back from this file before it creates the cache.
    stat -c %Y "$app/splitbench.jar" >"$app/splitbench.aotconf.jar-time"
    echo "create the ahead-of-time cache (-XX:AOTMode=create)"
    # Through the launcher, whose -XX:AOTCache names the file to create; the JVM exits once it is written.
    # Classes the configuration names but a cache cannot hold (generated proxies, JFR events, commons-math's
    # pre-Java-6 classes) are reported and skipped.
    if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$app/splitbench.aotconf" \
            "$launcher" >"$work/create.log" 2>&1 || [ ! -s "$app/splitbench.aot" ]; then
        grep -v Skipping "$work/create.log" | tail -20 >&2
        echo "cds-archive.sh: creating the ahead-of-time cache failed" >&2
        exit 1
    fi
    chmod 644 "$app/splitbench.aot"
    # -XX:AOTMode=on refuses to start unless the cache maps: proof that the launcher will use it.
    JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version >/dev/null 2>"$work/check.log" \
        || { cat "$work/check.log" >&2; echo "cds-archive.sh: the launcher cannot map the cache" >&2; exit 1; }
    ls -l "$app/splitbench.aot" | awk '{printf "lib/app/splitbench.aot: %.0f MB, mapped by the launcher\n", $5 / 1e6}'
    exit 0
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
