# Builds Carnet's Windows installer into target\installer\:
#   runtime\                     a jlinked Java runtime (JDK modules only)
#   image\Carnet\                the app image: Carnet.exe, app\carnet.jar, app\lib\*.jar, app\bin\*.dll (JavaFX's),
#                                runtime\
#   Carnet-<version>.msi         a per-user install into %LOCALAPPDATA%\Carnet, with a Start menu entry and a
#                                desktop shortcut; the folder can be changed in the installer
# Usage, from a PowerShell prompt:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-ImageOnly]
# Needs: a JDK 17 (jlink, jdeps, jpackage and jar on the PATH), Maven, and for the .msi the WiX Toolset 3
# (candle.exe and light.exe on the PATH; jpackage 17 does not work with WiX 4 or later).
# Written to mirror installer/build-linux.sh; not yet run on Windows.
param([switch]$ImageOnly)

$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$root = (Get-Location).Path

function Invoke-Tool {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Step([string]$Message) {
    Write-Host ("== {0} ({1:N0}s)" -f $Message, $clock.Elapsed.TotalSeconds)
}

$tools = @('mvn', 'jlink', 'jdeps', 'jpackage', 'jar')
if (-not $ImageOnly) { $tools += @('candle.exe', 'light.exe') }
foreach ($tool in $tools) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "Missing $tool (a JDK 17 with jpackage, Maven, and the WiX Toolset 3 for the .msi)"
    }
}
$clock = [System.Diagnostics.Stopwatch]::StartNew()

Step 'Building the jar and its libraries (mvn package, tests skipped)'
Invoke-Tool 'mvn' @('-B', '-q', '-DskipTests', 'package')

# The version comes from the pom (Maven writes it into version.properties); the .msi wants plain numbers.
$version = (Get-Content 'target\classes\org\carnet\app\version.properties' |
        Where-Object { $_ -match '^version=' } | Select-Object -First 1) -replace '^version=', ''
$version = $version.Trim() -replace '-SNAPSHOT$', ''
if ($version -notmatch '^\d+(\.\d+){0,2}$') { throw "Unexpected version '$version' in the pom" }
Write-Host "Carnet $version"

$out = Join-Path $root 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force $out | Out-Null

# The app's jar and its libraries in the same layout as target\ (carnet.jar finds lib\*.jar through its manifest).
$inputDir = Join-Path $out 'input'
New-Item -ItemType Directory -Force (Join-Path $inputDir 'lib') | Out-Null
Copy-Item 'target\carnet.jar' $inputDir
Copy-Item 'target\lib\*.jar' (Join-Path $inputDir 'lib')

Step 'Finding the JDK modules the jars use (jdeps)'
$classPath = (Get-ChildItem 'target\lib\*.jar' | ForEach-Object { $_.FullName }) -join ';'
$detected = (& jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --recursive `
        --class-path $classPath 'target\carnet.jar' | Select-Object -Last 1)
if ($LASTEXITCODE -ne 0) { throw "jdeps failed" }
# Added to what jdeps finds (see build-linux.sh): java.net.http for ControlsFX, jdk.localedata for French dates.
$extra = 'java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs'
$modules = (("$detected,$extra" -split ',') | Where-Object { $_ } | Sort-Object -Unique) -join ','
Write-Host "Modules: $modules"

Step 'Linking the runtime (jlink)'
$runtime = Join-Path $out 'runtime'
Invoke-Tool 'jlink' @('--add-modules', $modules, '--include-locales=en,fr', '--strip-debug', '--no-header-files',
    '--no-man-pages', '--generate-cds-archive', '--output', $runtime)
# Only heaps over 32 GB use this second class-data archive (see build-linux.sh).
Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $runtime 'bin\server\classes_nocoops.jsa')

# JavaFX looks for its DLLs in ..\bin from the folder of its jars (app\lib -> app\bin) before unpacking them from
# the jars into %USERPROFILE%\.openjfx\cache; put them there.
Step "Copying JavaFX's native libraries to app\bin"
$natives = Join-Path ([System.IO.Path]::GetTempPath()) ("carnet-natives-" + [guid]::NewGuid())
New-Item -ItemType Directory -Force $natives | Out-Null
$binDir = Join-Path $inputDir 'bin'
New-Item -ItemType Directory -Force $binDir | Out-Null
try {
    foreach ($jarFile in Get-ChildItem 'target\lib\javafx-*-win.jar') {
        Push-Location $natives
        try { Invoke-Tool 'jar' @('xf', $jarFile.FullName) } finally { Pop-Location }
    }
    Get-ChildItem -Recurse -Filter '*.dll' $natives | Copy-Item -Destination $binDir
} finally {
    Remove-Item -Recurse -Force $natives
}
Write-Host ((Get-ChildItem $binDir | ForEach-Object { $_.Name }) -join ' ')

$common = @(
    '--name', 'Carnet',
    '--app-version', $version,
    '--vendor', 'Carnet',
    '--description', 'A private desktop journal: cramps, sleep and palpitations against magnesium, vitamin D, K2 and calcium.',
    '--copyright', 'Carnet contributors',
    '--icon', (Join-Path $root 'assets\icons\carnet.ico')
)

Step 'Making the app image (jpackage --type app-image)'
Invoke-Tool 'jpackage' ($common + @(
        '--type', 'app-image',
        '--dest', (Join-Path $out 'image'),
        '--input', $inputDir,
        '--main-jar', 'carnet.jar',
        '--main-class', 'org.carnet.app.Launcher',
        # As the Linux launcher and mvn javafx:run: serial collector, C1 only, a 64 MB first heap (docs/benchmarks.md "Peak memory").
        '--java-options', '-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m',
        '--runtime-image', $runtime))

if (-not $ImageOnly) {
    Step 'Making the .msi (jpackage --type msi, WiX)'
    # The upgrade code stays the same for every version, so a new .msi replaces the installed one.
    Invoke-Tool 'jpackage' ($common + @(
            '--type', 'msi',
            '--app-image', (Join-Path $out 'image\Carnet'),
            '--dest', $out,
            '--win-per-user-install',
            '--win-dir-chooser',
            '--win-menu',
            '--win-menu-group', 'Carnet',
            '--win-shortcut',
            '--win-upgrade-uuid', 'd17d7d80-81dd-46bb-8cde-ddbef410072b'))
}

Step 'Done'
Get-ChildItem $out -Filter '*.msi' | ForEach-Object { Write-Host ("{0}  {1:N1} MB" -f $_.Name, ($_.Length / 1MB)) }
