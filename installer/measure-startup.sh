#!/usr/bin/env bash
# Measures the start-up of a built Splitbench launcher (the numbers in BENCHMARKS.md, "Installer"):
#
#   installer/measure-startup.sh [--launcher PATH] [--runs N] [--drop-caches] [--compare "JVM OPTIONS"]
#
# 1. `splitbench --version`: wall time from exec to exit, N runs.
# 2. The window under xvfb-run, N runs: wall time from exec to the end of the first JavaFX pulse that painted the
#    scene, and to the first results table on screen (the app logs that moment). JavaFX's pulse logger
#    (-Djavafx.pulseLogger=true) prints the frame line as the pulse completes; it also makes
#    JavaFX register its Flight Recorder events, about 0.2 s here, so the figure is an upper bound. The first run
#    uses an empty user.home, as on a user's very first start, when JavaFX unpacks its native libraries into
#    ~/.openjfx/cache; the later runs reuse it. (Polling for the mapped window with xdotool was tried and dropped:
#    on 2 busy cores the polling slowed down the start it measured.)
#
# --compare "JVM OPTIONS" also measures, in the same run and interleaved with it, the launcher with those options
# added last (through _JAVA_OPTIONS, which overrides the launcher's own), e.g. the build before class-data sharing
# and C1: --compare "-XX:SharedArchiveFile=<image>/lib/runtime/lib/server/classes.jsa -XX:TieredStopAtLevel=4".
#
# --drop-caches empties the kernel's page cache before the first run of each part (root only), so that run is a
# true cold start from disk; without it every run reads the installed files from memory.
# Default launcher: the app image that installer/linux/build.sh makes. Needs xvfb-run (apt-get install xvfb).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
launcher="$root/target/installer/image/splitbench/bin/splitbench"
runs=5
drop_caches=false
inner=false
compare=
while [ $# -gt 0 ]; do
    case "$1" in
        --launcher) launcher=$2; shift ;;
        --runs) runs=$2; shift ;;
        --drop-caches) drop_caches=true ;;
        --compare) compare=$2; shift ;;
        --window-inner) inner=true ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "measure-startup.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
if [ ! -x "$launcher" ]; then
    echo "measure-startup.sh: no launcher at $launcher (run installer/linux/build.sh)" >&2
    exit 1
fi

# The runs below get an empty home folder through -Duser.home; the XDG variables would point the app elsewhere.
unset XDG_DATA_HOME XDG_CONFIG_HOME

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

drop() {
    if [ "$drop_caches" = true ]; then
        sync
        echo 3 > /proc/sys/vm/drop_caches || { echo "cannot drop caches (needs root)" >&2; exit 1; }
    fi
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# CPU milliseconds the JavaFX application thread of process $1 has used. It styles and lays out the first screen, so
# it is on the critical path; its CPU varies less between runs than wall time on a shared machine, so it shows
# smaller changes. On Linux its name is "JavaFX Application Thread" (the kernel keeps 15 characters) or, with the
# GTK glass, the native "GtkNativeMainLoopThread".
fx_cpu_ms() {
    local task name fields ticks total=0
    ticks=$(getconf CLK_TCK)
    for task in /proc/"$1"/task/*; do
        name=$(cat "$task/comm" 2>/dev/null) || continue
        case "$name" in "JavaFX Applicat"* | GtkNativeMainL*) ;; *) continue ;; esac
        # The fields after "pid (comm) ": utime and stime are the 12th and 13th.
        read -r -a fields <<<"$(sed 's/.*) //' "$task/stat" 2>/dev/null)" || continue
        total=$(( total + (${fields[11]:-0} + ${fields[12]:-0}) * 1000 / ticks ))
    done
    echo "$total"
}

# One window start: prints the milliseconds to the first painted frame and to the first results on screen, the
# CPU the process had used by then, and the JavaFX thread's share of it (fx_cpu_ms). The launcher execs the JVM, so
# the process started here is the JVM. The app
# logs "First results on screen" (ui.common.StartupMilestone) in the pulse that lays out the first results table:
# on a first start that includes building the sample workspace, later it opens the last workspace and analyses the
# selected experiment.
frame_run() {
    local home=$1 extra=${2:-} fifo start pid line frame=timeout results=timeout cpu=timeout fx=timeout
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    start=$(now_ms)
    # The logger writes to stderr, after the "Picked up JAVA_TOOL_OPTIONS" line.
    if [ -n "$extra" ]; then
        _JAVA_OPTIONS="$extra" JAVA_TOOL_OPTIONS="-Djavafx.pulseLogger=true -Duser.home=$home" "$launcher" >"$fifo" 2>&1 &
    else
        JAVA_TOOL_OPTIONS="-Djavafx.pulseLogger=true -Duser.home=$home" "$launcher" >"$fifo" 2>&1 &
    fi
    pid=$!
    while IFS= read -r -t 60 line; do
        if [[ "$frame" == timeout && "$line" == *Painting* ]]; then
            frame=$(( $(now_ms) - start ))
        elif [[ "$line" == *"First results on screen"* ]]; then
            results=$(( $(now_ms) - start ))
            # The app adds the process's CPU time: "... M ms of CPU".
            cpu=$(echo "$line" | sed -n 's/.* \([0-9]*\) ms of CPU.*/\1/p')
            fx=$(fx_cpu_ms "$pid")
            break
        fi
    done <"$fifo"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$fifo"
    echo "$frame $results $cpu $fx"
}

if [ "$inner" = true ]; then
    home=$(mktemp -d)
    home_b=$(mktemp -d)
    for i in $(seq 1 "$runs"); do
        [ "$i" = 1 ] && drop
        echo "A $(frame_run "$home")"
        if [ -n "$compare" ]; then
            [ "$i" = 1 ] && drop
            echo "B $(frame_run "$home_b" "$compare")"
        fi
    done
    rm -rf "$home" "$home_b"
    exit 0
fi

echo "launcher: $launcher"
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1e6 }' /proc/meminfo), $(uname -sr)"
echo "caches:   $([ "$drop_caches" = true ] && echo "dropped before the first run" || echo "warm")"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"
version_ms() {
    local start
    start=$(now_ms)
    if [ -n "${1:-}" ]; then _JAVA_OPTIONS="$1" "$launcher" --version >/dev/null 2>&1; else "$launcher" --version >/dev/null; fi
    echo $(( $(now_ms) - start ))
}
versions=()
versions_b=()
for i in $(seq 1 "$runs"); do
    [ "$i" = 1 ] && drop
    versions+=("$(version_ms)")
    [ -n "$compare" ] && versions_b+=("$(version_ms "$compare")")
done
echo "--version ms:     ${versions[*]} (median $(printf '%s\n' "${versions[@]}" | median))"
[ -n "$compare" ] && echo "  with --compare: ${versions_b[*]} (median $(printf '%s\n' "${versions_b[@]}" | median))"

runs_out=$(xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --window-inner --launcher "$launcher" --runs "$runs" \
    $([ "$drop_caches" = true ] && echo --drop-caches) ${compare:+--compare "$compare"})
report() {
    local name=$1 config=$2 column=$3 values first later
    values=$(echo "$runs_out" | awk -v k="$config" -v c="$column" '$1 == k { print $c }' | paste -sd' ')
    first=${values%% *}
    later=$(echo "$values" | tr ' ' '\n' | tail -n +2 | median)
    echo "$name $values (first start $first, later starts median $later)"
}
for config in A B; do
    [ "$config" = B ] && { [ -n "$compare" ] || break; echo "with --compare \"$compare\":"; }
    report "first frame ms:  " "$config" 2
    report "first results ms:" "$config" 3
    report "CPU by then ms:  " "$config" 4
    report "  JavaFX thread: " "$config" 5
done
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) after"
