#!/usr/bin/env bash
# Builds Splitbench for macOS with its own trimmed Java runtime: Splitbench.app and a .dmg. Run it on a Mac (the
# JavaFX natives in the jar and the runtime are those of the machine that builds: Intel or Apple silicon).
#
#   installer/macos/build.sh                 # mvn package, jlink, Splitbench.app, .dmg
#   installer/macos/build.sh --app-image     # stop after Splitbench.app
#   installer/macos/build.sh --skip-maven    # reuse target/splitbench.jar
#   installer/macos/build.sh --offline       # mvn -o
#
# Signing: set MAC_SIGNING_IDENTITY (a "Developer ID Application: ..." name in the keychain) to sign the app and the
# dmg; notarise the dmg afterwards with `xcrun notarytool submit --wait` and staple it (`xcrun stapler staple`).
# Unsigned builds run after a right-click > Open.
#
# The command line: /Applications/Splitbench.app/Contents/MacOS/Splitbench --version (link it into your PATH as
# `splitbench` if you like: ln -s /Applications/Splitbench.app/Contents/MacOS/Splitbench /usr/local/bin/splitbench).
# Needs a JDK 17+ with jmods (jlink, jpackage, jdeps), Maven, and Xcode command line tools (hdiutil, codesign).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/installer"
app_image_only=false
skip_maven=false
maven_flags=(-B -ntp)
for arg in "$@"; do
    case "$arg" in
        --app-image) app_image_only=true ;;
        --skip-maven) skip_maven=true ;;
        --offline) maven_flags+=(-o) ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }
property() { sed -n "s/^$1=//p" "$root/installer/app.properties"; }

[ "$(uname -s)" = Darwin ] || fail "this script builds the macOS package; on Linux use installer/linux/build.sh."
step "tools"
for tool in java jlink jpackage jdeps; do
    command -v "$tool" >/dev/null || fail "$tool not found: install a JDK 17 or newer and put its bin/ first on PATH."
done
java_home=$(/usr/libexec/java_home -v 17+ 2>/dev/null || dirname "$(dirname "$(command -v jlink)")")
[ -d "$java_home/jmods" ] || fail "$java_home has no jmods/ folder, which jlink needs: use a full JDK build."
java -version 2>&1 | sed -n 1p

cd "$root"
if [ "$skip_maven" = false ]; then
    step "mvn package"
    mvn "${maven_flags[@]}" -q -DskipTests package
fi
jar="$root/target/splitbench.jar"
[ -f "$jar" ] || fail "$jar is missing: run without --skip-maven."
version=$(unzip -p "$jar" com/splitbench/app/version.properties | sed -n 's/^version=//p' | tr -d '\r')
version=${version%%-*}
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot use version '$version' from the jar for a package."
# macOS bundle versions must start with a number above zero; a 0.x build is packaged as 1.0.0 and keeps its real
# version in the dmg name and in `Splitbench --version` (read from the jar).
bundle_version=$version
if [ "${version%%.*}" = 0 ]; then
    bundle_version=1.0.0
    echo "note: macOS needs a bundle version above 0; packaging $version as bundle version $bundle_version"
fi
echo "Splitbench $version"

step "jdeps: JDK modules the jar needs"
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
extra=$(grep -v '^[[:space:]]*#' installer/jlink-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)
modules="$found,$extra"
echo "$modules"

step "jlink: trimmed runtime"
rm -rf "$out"
mkdir -p "$out"
# Same settings as on Linux; see installer/linux/build.sh and docs/decisions/0006.
jlink --add-modules "$modules" \
    --include-locales=en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,tr,ru,ja,zh,ko \
    --strip-debug --no-man-pages --no-header-files --compress=0 --generate-cds-archive \
    --output "$out/runtime"

step "jpackage: Splitbench.app"
# The licence texts travel in the input folder, so they end up inside the bundle (Contents/app/licenses) before
# any signing.
mkdir -p "$out/input/licenses"
cp "$jar" "$root/installer/compiler-directives.json" "$out/input/"
cp -R "$root/resources/licenses/LICENSE.txt" "$root/resources/licenses/THIRD-PARTY-NOTICES.txt" \
    "$root/resources/licenses/third-party" "$out/input/licenses/"
signing=()
if [ -n "${MAC_SIGNING_IDENTITY:-}" ]; then
    signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_IDENTITY")
fi
common=(
    --name "$(property name)"
    --app-version "$bundle_version"
    --vendor "$(property vendor)"
    --copyright "$(property copyright)"
    --description "$(property description)"
    --input "$out/input"
    --main-jar "$(property main-jar)"
    --main-class "$(property main-class)"
    --runtime-image "$out/runtime"
    --icon "$root/resources/icons/splitbench.icns"
    --java-options "-Dfile.encoding=UTF-8"
    --java-options "-Dapple.awt.application.name=Splitbench"
    # C2 only for Splitbench's data code and SHA-256, C1 for the rest (docs/decisions/0014-start-up-cds-and-compilers.md).
    --java-options "-XX:+UnlockDiagnosticVMOptions"
    # The directives' "added" message would land on the command line's stdout (see installer/linux/build.sh).
    --java-options "-XX:-DisplayVMOutput"
    --java-options "-XX:CompilerDirectivesFile=\$APPDIR/compiler-directives.json"
    --mac-package-identifier "$(property identifier)"
    --mac-package-name "$(property name)"
    --mac-app-category public.app-category.business
    # The macOS bash (3.2) treats an empty array as unset under set -u: expand it only when it has elements.
    ${signing[@]+"${signing[@]}"}
)
jpackage --type app-image "${common[@]}" --dest "$out/image"
app="$out/image/Splitbench.app"

step "smoke test: the app's command line"
"$app/Contents/MacOS/Splitbench" --version
if [ "$app_image_only" = true ]; then
    du -sh "$app" | awk '{print "app: " $1}'
    exit 0
fi

step "jpackage: .dmg"
# Built from the inputs rather than from the app image above: the document types of --file-associations go into
# the bundle's Info.plist, which jpackage writes only when it creates the bundle itself.
jpackage --type dmg "${common[@]}" \
    --license-file "$root/resources/licenses/LICENSE.txt" \
    --file-associations "$root/installer/macos/splitreport.properties" \
    --file-associations "$root/installer/macos/workspace.properties" \
    --dest "$out"
dmg="$out/Splitbench-$version.dmg"
if [ "$bundle_version" != "$version" ]; then
    mv "$out/Splitbench-$bundle_version.dmg" "$dmg"
fi

step "result"
du -sh "$app" | awk '{print "app:  " $1 " in target/installer/image/Splitbench.app"}'
ls -l "$dmg" | awk -v f="${dmg#"$root"/}" '{printf ".dmg: %.1f MB in %s\n", $5 / 1e6, f}'
