#!/usr/bin/env bash
# Builds Splitbench for Linux with its own trimmed Java runtime: an app image and a .deb.
#
#   installer/linux/build.sh                 # mvn package, jlink, app image, .deb
#   installer/linux/build.sh --app-image     # stop after the app image (no fakeroot needed; what CI runs)
#   installer/linux/build.sh --skip-maven    # reuse target/splitbench.jar
#   installer/linux/build.sh --offline       # mvn -o
#   installer/linux/build.sh --jdk DIR       # the JDK whose jlink makes the runtime (also $SPLITBENCH_JDK)
#   installer/linux/build.sh --print-jdk     # print the folder of the JDK it would use, and stop
#
# Output in target/installer/: runtime/ (the jlinked JDK), image/splitbench/ (the app image, runnable in place:
# image/splitbench/bin/splitbench) and splitbench_<version>-1_amd64.deb. The .deb installs to /opt/splitbench, adds
# the menu entry, the file types .splitreport and workspace.sbw, and /usr/bin/splitbench for the command line.
# The runtime comes from the newest JDK 25 or later in /usr/lib/jvm when there is one, else from the JDK on PATH
# (JDK 17 or later): JDK 25's ahead-of-time cache starts the window far sooner than JDK 17's class-data sharing
# (docs/decisions/0015-jdk-25-runtime-and-aot-cache.md). The jar itself is built and tested for Java 17 either way.
# Needs Maven and that JDK (jlink, jpackage, jdeps; before JDK 24 with its jmods folder); for the .deb also
# dpkg-deb and fakeroot, which it installs with apt-get when missing and allowed (root, or passwordless sudo).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/installer"
app_image_only=false
skip_maven=false
maven_flags=(-B -ntp)
jdk=${SPLITBENCH_JDK:-}
print_jdk=false
while [ $# -gt 0 ]; do
    case "$1" in
        --app-image) app_image_only=true ;;
        --skip-maven) skip_maven=true ;;
        --offline) maven_flags+=(-o) ;;
        --jdk) jdk=${2:?--jdk needs a folder}; shift ;;
        --print-jdk) print_jdk=true ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }
property() { sed -n "s/^$1=//p" "$root/installer/app.properties"; }

# The feature release of the JDK in folder $1 (17, 25, ...), from its release file; 0 when there is none.
feature_release() {
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | grep . || echo 0
}

[ "$print_jdk" = true ] || step "tools"
if [ -z "$jdk" ]; then
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/jlink" ] && [ -x "$candidate/bin/jpackage" ] || continue
        release=$(feature_release "$candidate")
        if [ "$release" -ge 25 ] && { [ -z "$jdk" ] || [ "$release" -gt "$(feature_release "$jdk")" ]; }; then
            jdk=$candidate
        fi
    done
fi
if [ -z "$jdk" ]; then
    command -v jlink >/dev/null \
        || fail "jlink not found: install a JDK 17 or newer (25 or newer starts faster) and put its bin/ on PATH."
    jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")
fi
for tool in java jlink jpackage jdeps; do
    [ -x "$jdk/bin/$tool" ] || fail "$jdk/bin/$tool is missing: --jdk needs a full JDK."
done
release=$(feature_release "$jdk")
[ "$release" -ge 17 ] || fail "$jdk is not a JDK 17 or newer."
# From JDK 24 jlink can link from the JDK itself (JEP 493), as Temurin 25 does; before that it needs the jmods.
[ "$release" -ge 24 ] || [ -d "$jdk/jmods" ] \
    || fail "$jdk has no jmods/ folder, which jlink needs (Debian: apt-get install openjdk-17-jmods)."
if [ "$print_jdk" = true ]; then
    echo "$jdk"
    exit 0
fi
echo "runtime from $jdk"
"$jdk/bin/java" -version 2>&1 | sed -n 1p
export PATH="$jdk/bin:$PATH"

cd "$root"
if [ "$skip_maven" = false ]; then
    step "mvn package"
    mvn "${maven_flags[@]}" -q -DskipTests package
fi
jar="$root/target/splitbench.jar"
[ -f "$jar" ] || fail "$jar is missing: run without --skip-maven."
# The version Maven filtered into the jar; jpackage wants numbers only, so a -SNAPSHOT suffix is dropped.
version=$(unzip -p "$jar" com/splitbench/app/version.properties | sed -n 's/^version=//p' | tr -d '\r')
version=${version%%-*}
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot use version '$version' from the jar for a package."
echo "Splitbench $version"

step "jdeps: JDK modules the jar needs"
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
extra=$(grep -v '^\s*#' installer/jlink-modules.txt | grep -v '^\s*$' | paste -sd, -)
modules="$found,$extra"
echo "$modules"

step "jlink: trimmed runtime"
rm -rf "$out"
mkdir -p "$out"
# --compress=0: the package compresses the runtime far better than jlink's zip does (the .deb is 14 MB smaller
# than with --compress=2, 41 against 55 MB) and classes load without inflating; the installed image is larger.
# --generate-cds-archive adds the class-data sharing archive of the JDK's own classes (jlink leaves it out by
# default): about 200 ms off every start for 22 MB on disk (about 4 MB in the .deb).
# See docs/decisions/0006-packaging-with-jlink-and-jpackage.md.
# (JDK 21 renamed --compress=0 to zip-0 and warns about the old name.)
compress=0
[ "$release" -lt 21 ] || compress=zip-0
jlink --add-modules "$modules" \
    --include-locales=en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,tr,ru,ja,zh,ko \
    --strip-debug --no-man-pages --no-header-files --compress="$compress" --generate-cds-archive \
    --output "$out/runtime"
"$out/runtime/bin/java" --list-modules | wc -l | xargs echo "modules in runtime:"

step "jpackage: app image"
# The licence texts travel in the input folder: they end up in lib/app/licenses of the image.
mkdir -p "$out/input/licenses"
cp "$jar" "$root/installer/compiler-directives.json" "$out/input/"
# JavaFX looks for its native libraries next to the jar first (lib/app/): there they load directly, instead of being
# unpacked into ~/.openjfx/cache on a first start and compared with that copy on every later one.
unzip -q -o "$jar" 'lib*.so' -d "$out/input"
cp -r "$root/resources/licenses/LICENSE.txt" "$root/resources/licenses/THIRD-PARTY-NOTICES.txt" \
    "$root/resources/licenses/third-party" "$out/input/licenses/"
common=(
    --name splitbench
    --app-version "$version"
    --vendor "$(property vendor)"
    --copyright "$(property copyright)"
    --description "$(property description)"
    --input "$out/input"
    --main-jar "$(property main-jar)"
    --main-class "$(property main-class)"
    --runtime-image "$out/runtime"
    --icon "$root/resources/icons/png/splitbench-256.png"
    # UTF-8 by default on every OS, as from JDK 18 (JEP 400), so that files and messages read the same everywhere.
    --java-options "-Dfile.encoding=UTF-8"
    # Start-up (docs/decisions/0014-start-up-cds-and-compilers.md): C2 only for Splitbench's own data code and the
    # JDK's SHA-256 (installer/compiler-directives.json): JavaFX, the JDK and the window get C1, which starts sooner,
    # while imports and analyses keep C2's speed. The JVM refuses to start without the directives file. It
    # announces "3 compiler directives added" on stdout, which would corrupt the command line's output:
    # -XX:-DisplayVMOutput silences the VM's own console messages (crash reports and Java's output are not those).
    --java-options "-XX:+UnlockDiagnosticVMOptions"
    --java-options "-XX:-DisplayVMOutput"
    --java-options "-XX:CompilerDirectivesFile=\$APPDIR/compiler-directives.json"
)
# The archive that cds-archive.sh makes for this image: a missing or stale one costs start-up time, nothing else.
if [ "$release" -ge 25 ]; then
    # JDK 25's ahead-of-time cache (docs/decisions/0015-jdk-25-runtime-and-aot-cache.md). A missing or unusable
    # cache is an error the JVM logs on stdout, which would corrupt the command line's output: its other warnings
    # go to stderr and the cache's messages are off, so a missing cache is as quiet as a missing JDK 17 archive.
    # JavaFX 21 loads its native libraries and uses sun.misc.Unsafe (Marlin), for which JDK 24 and later print
    # warnings unless allowed.
    common+=(
        --java-options "-XX:AOTCache=\$APPDIR/splitbench.aot"
        --java-options "-Xlog:disable"
        --java-options "-Xlog:all=warning,aot=off:stderr"
        --java-options "--enable-native-access=ALL-UNNAMED"
        --java-options "--sun-misc-unsafe-memory-access=allow"
    )
else
    common+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/splitbench.jsa")
fi
jpackage --type app-image "${common[@]}" --dest "$out/image"
launcher="$out/image/splitbench/bin/splitbench"
# Our script in place of jpackage's native launcher, which queries rpm and dpkg on every start (the script says why).
cp "$root/installer/linux/launcher.sh" "$launcher"
chmod 755 "$launcher"

step "smoke test: the app image's command line"
"$launcher" --version

step "class-data sharing archive (JDK 25: ahead-of-time cache)"
"$root/installer/linux/cds-archive.sh" "$out/image/splitbench"
if [ "$app_image_only" = true ]; then
    du -sh "$out/image/splitbench" | awk '{print "app image: " $1}'
    exit 0
fi

step "jpackage: .deb"
if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq fakeroot dpkg >/dev/null
    elif sudo -n true 2>/dev/null; then
        sudo apt-get update -qq && sudo apt-get install -y -qq fakeroot dpkg >/dev/null
    else
        fail "the .deb needs fakeroot and dpkg-deb: apt-get install fakeroot (or run with --app-image)."
    fi
fi
# The resource folder overrides jpackage's templates: our desktop entry, and maintainer scripts that also link
# /usr/bin/splitbench so that the command line works from any shell.
resources="$out/jpackage-resources"
mkdir -p "$resources"
cp "$root/resources/linux/splitbench.desktop" "$resources/splitbench.desktop"
cp "$root/installer/linux/resources/postinst" "$root/installer/linux/resources/prerm" "$resources/"
# prerm's desktop commands call shell functions that jpackage puts where its template says UTILITY_SCRIPTS up to
# JDK 17 and COMMON_SCRIPTS and DESKTOP_SCRIPTS in later ones; an unreplaced name fails the removal. Our copy says
# UTILITY_SCRIPTS: use the names of this JDK's own template.
mkdir -p "$out/jpackage-templates"
jimage extract --dir "$out/jpackage-templates" --include 'regex:.*/template\.prerm' "$jdk/lib/modules"
if ! grep -rqx UTILITY_SCRIPTS "$out/jpackage-templates"; then
    sed -i 's/^UTILITY_SCRIPTS$/package_type=deb\nCOMMON_SCRIPTS\nDESKTOP_SCRIPTS/' "$resources/prerm"
fi
# The archive only serves the path it was made for (a JDK 25 cache moved elsewhere still maps, but gives its classes
# the old jar's location, where JavaFX then looks for its native libraries), so the package carries the class list
# or the cache's configuration without the archive, and postinst makes the archive for /opt/splitbench.
rm -rf "$out/deb-image"
cp -a "$out/image" "$out/deb-image"
rm -f "$out/deb-image/splitbench/lib/app/splitbench.jsa" "$out/deb-image/splitbench/lib/app/splitbench.aot"
jpackage --type deb \
    --app-image "$out/deb-image/splitbench" \
    --name splitbench \
    --app-version "$version" \
    --vendor "$(property vendor)" \
    --copyright "$(property copyright)" \
    --description "$(property description)" \
    --icon "$root/resources/icons/png/splitbench-256.png" \
    --resource-dir "$resources" \
    --license-file "$root/resources/licenses/LICENSE.txt" \
    --file-associations "$root/installer/linux/splitreport.properties" \
    --file-associations "$root/installer/linux/workspace.properties" \
    --linux-package-name splitbench \
    --linux-app-release 1 \
    --linux-deb-maintainer "maintainers@splitbench.invalid" \
    --linux-menu-group "Office;Science;" \
    --linux-app-category science \
    --linux-shortcut \
    --dest "$out"
deb=$(ls "$out"/splitbench_*.deb)

step "result"
du -sh "$out/image/splitbench" | awk '{print "app image: " $1 " in target/installer/image/splitbench"}'
ls -l "$deb" | awk -v f="${deb#"$root"/}" '{printf ".deb:      %.1f MB in %s\n", $5 / 1e6, f}'
echo "install:   sudo apt install ./${deb#"$root"/}"
