#!/usr/bin/env bash
# Splitbench's launcher on Linux, installed as bin/splitbench in place of jpackage's native launcher. That one asks
# rpm and dpkg which package owns it before every start (four processes and a search of the dpkg database: about
# 250 ms of every window and command-line start on the build machine). This script starts the bundled runtime with
# the JVM options jpackage wrote to lib/app/splitbench.cfg, so that those options keep one home.
# /usr/bin/splitbench is a symbolic link to it: readlink finds the real folder.
set -euo pipefail
root=$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")
app="$root/lib/app"
options=()
while IFS= read -r line; do
    case "$line" in
        java-options=*) option=${line#java-options=}; options+=("${option//\$APPDIR/$app}") ;;
    esac
done <"$app/splitbench.cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$app/splitbench.jar" com.splitbench.app.Launcher "$@"
