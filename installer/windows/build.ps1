<#
.SYNOPSIS
Builds Splitbench for Windows with its own trimmed Java runtime: an app image and an .msi installer.

.DESCRIPTION
Run from any folder on a Windows machine with a JDK 17+ (jlink, jpackage, jdeps), Maven and, for the .msi, the
WiX Toolset 3.x (candle.exe and light.exe on PATH; jpackage 17 does not use WiX 4):

    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1              # app image and .msi
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 -AppImage    # stop after the app image
    ... -SkipMaven (reuse target\splitbench.jar)  -Offline (mvn -o)  -PerMachine (install for all users)

Output in target\installer\: runtime\, image\Splitbench\ (Splitbench.exe opens the window; splitbench-cli.exe is
the command line) and Splitbench-<version>.msi. By default the .msi installs for the current user into
%LOCALAPPDATA%\Splitbench, which needs no administrator rights; -PerMachine installs into Program Files. It adds
a Start menu entry, a desktop shortcut and the file types .splitreport and .sbw. Sign the .msi with signtool
afterwards if you distribute it.
#>
[CmdletBinding()]
param(
    [switch]$AppImage,
    [switch]$SkipMaven,
    [switch]$Offline,
    [switch]$PerMachine
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$out = Join-Path $root 'target\installer'
# Upgrades replace the installed version only if every release carries the same upgrade code: never change it.
$upgradeUuid = '742c94d5-768c-41ce-899c-61c2dc1173cd'

function Write-Step([string]$Text) { Write-Host "`n== $Text" }

function Stop-Build([string]$Text) {
    Write-Host "build.ps1: $Text" -ForegroundColor Red
    exit 1
}

# Runs a native tool and stops on a non-zero exit code (PowerShell does not, for native programs).
function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { Stop-Build "$Tool failed with exit code $LASTEXITCODE" }
}

function Get-AppProperties {
    $lines = Get-Content (Join-Path $root 'installer\app.properties') | Where-Object { $_ -notmatch '^\s*(#|$)' }
    $table = @{}
    foreach ($line in $lines) {
        $key, $value = $line -split '=', 2
        $table[$key.Trim()] = $value.Trim()
    }
    return $table
}

function Get-JarVersion([string]$Jar) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::OpenRead($Jar)
    try {
        $entry = $zip.GetEntry('com/splitbench/app/version.properties')
        if ($null -eq $entry) { Stop-Build "$Jar has no version.properties" }
        $reader = New-Object System.IO.StreamReader($entry.Open())
        try { $text = $reader.ReadToEnd() } finally { $reader.Dispose() }
    } finally {
        $zip.Dispose()
    }
    $match = [regex]::Match($text, '(?m)^version=(.+)$')
    if (-not $match.Success) { Stop-Build "no version in $Jar" }
    # jpackage and MSI want numbers only: a -SNAPSHOT suffix is dropped.
    $version = $match.Groups[1].Value.Trim().Split('-')[0]
    if ($version -notmatch '^\d+(\.\d+){0,2}$') { Stop-Build "cannot use version '$version' for a package" }
    return $version
}

$props = Get-AppProperties
Set-Location $root

Write-Step 'tools'
foreach ($tool in 'java', 'jlink', 'jpackage', 'jdeps') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        Stop-Build "$tool not found: install a JDK 17 or newer and put its bin folder first on PATH."
    }
}
$javaHome = Split-Path (Split-Path (Get-Command jlink).Source)
if (-not (Test-Path (Join-Path $javaHome 'jmods'))) {
    Stop-Build "$javaHome has no jmods folder, which jlink needs: use a full JDK build."
}
if (-not $AppImage -and -not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -and
        (Get-Command light.exe -ErrorAction SilentlyContinue))) {
    Stop-Build 'the .msi needs the WiX Toolset 3.x (candle.exe, light.exe) on PATH; or run with -AppImage.'
}
& java -version

if (-not $SkipMaven) {
    Write-Step 'mvn package'
    $mavenArgs = @('-B', '-ntp', '-q', '-DskipTests', 'package')
    if ($Offline) { $mavenArgs = @('-o') + $mavenArgs }
    Invoke-Tool 'mvn' $mavenArgs
}
$jar = Join-Path $root 'target\splitbench.jar'
if (-not (Test-Path $jar)) { Stop-Build "$jar is missing: run without -SkipMaven." }
$version = Get-JarVersion $jar
Write-Host "Splitbench $version"

Write-Step 'jdeps: JDK modules the jar needs'
$found = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps $jar | Out-String).Trim()
if ($LASTEXITCODE -ne 0) { Stop-Build 'jdeps failed' }
$extra = (Get-Content (Join-Path $root 'installer\jlink-modules.txt') |
        Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }) -join ','
$modules = "$found,$extra"
Write-Host $modules

Write-Step 'jlink: trimmed runtime'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force -Path $out | Out-Null
# Same settings as on Linux; see installer\linux\build.sh and docs\decisions\0006.
Invoke-Tool 'jlink' @('--add-modules', $modules,
    '--include-locales=en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,tr,ru,ja,zh,ko',
    '--strip-debug', '--no-man-pages', '--no-header-files', '--compress=0', '--generate-cds-archive',
    '--output', (Join-Path $out 'runtime'))

Write-Step 'jpackage: app image'
# The licence texts travel in the input folder: they end up in app\licenses of the image.
$inputDir = Join-Path $out 'input'
$licenses = Join-Path $inputDir 'licenses'
New-Item -ItemType Directory -Force -Path $licenses | Out-Null
Copy-Item $jar $inputDir
Copy-Item (Join-Path $root 'installer\compiler-directives.json') $inputDir
foreach ($name in 'LICENSE.txt', 'THIRD-PARTY-NOTICES.txt') {
    Copy-Item (Join-Path $root "resources\licenses\$name") $licenses
}
Copy-Item -Recurse (Join-Path $root 'resources\licenses\third-party') $licenses
Invoke-Tool 'jpackage' @('--type', 'app-image',
    '--name', $props['name'],
    '--app-version', $version,
    '--vendor', $props['vendor'],
    '--copyright', $props['copyright'],
    '--description', $props['description'],
    '--input', $inputDir,
    '--main-jar', $props['main-jar'],
    '--main-class', $props['main-class'],
    '--runtime-image', (Join-Path $out 'runtime'),
    '--icon', (Join-Path $root 'resources\icons\splitbench.ico'),
    '--java-options', '-Dfile.encoding=UTF-8',
    # C2 only for Splitbench's data code and SHA-256, C1 for the rest (docs/decisions/0014-start-up-cds-and-compilers.md).
    '--java-options', '-XX:+UnlockDiagnosticVMOptions',
    # The directives' "added" message would land on the command line's stdout (see installer/linux/build.sh).
    '--java-options', '-XX:-DisplayVMOutput',
    '--java-options', '-XX:CompilerDirectivesFile=$APPDIR\compiler-directives.json',
    '--add-launcher', ('splitbench-cli=' + (Join-Path $root 'installer\windows\cli-launcher.properties')),
    '--dest', (Join-Path $out 'image'))
$image = Join-Path $out 'image\Splitbench'

Write-Step "smoke test: the app image's command line"
Invoke-Tool (Join-Path $image 'splitbench-cli.exe') @('--version')
if ($AppImage) {
    $size = (Get-ChildItem -Recurse $image | Measure-Object -Property Length -Sum).Sum / 1MB
    Write-Host ('app image: {0:N0} MB in {1}' -f $size, $image)
    exit 0
}

Write-Step 'jpackage: .msi'
$msiArgs = @('--type', 'msi',
    '--app-image', $image,
    '--name', $props['name'],
    '--app-version', $version,
    '--vendor', $props['vendor'],
    '--copyright', $props['copyright'],
    '--description', $props['description'],
    '--license-file', (Join-Path $root 'resources\licenses\LICENSE.txt'),
    '--file-associations', (Join-Path $root 'installer\windows\splitreport.properties'),
    '--file-associations', (Join-Path $root 'installer\windows\workspace.properties'),
    '--win-menu', '--win-menu-group', $props['name'],
    '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $upgradeUuid,
    '--dest', $out)
if (-not $PerMachine) { $msiArgs += '--win-per-user-install' }
Invoke-Tool 'jpackage' $msiArgs
$msi = Join-Path $out "Splitbench-$version.msi"

Write-Step 'result'
$size = (Get-ChildItem -Recurse $image | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ('app image: {0:N0} MB in {1}' -f $size, $image)
Write-Host ('.msi:      {0:N1} MB in {1}' -f ((Get-Item $msi).Length / 1MB), $msi)
