#!/usr/bin/env pwsh
# PianoSite: set-up and entry point. build.sh (bash) and build.ps1 (PowerShell) are twins, with the same verbs.
#   ./build.ps1 [build] [options]   check the plan and build every edition into output/
#   ./build.ps1 check [options]     check the plan only
#   ./build.ps1 serve [options]     local preview with live reload
#   ./build.ps1 test [options]      run every test (unit, golden, end-to-end in the browser)
# Options after the verb go to the generator (see README.md, "CLI reference"); those of test go to dotnet test.
# This script only installs what is missing and calls the generator: all logic lives in C#.
#
# build.sh does the same things in the same order, with the same messages and exit codes (0 success, 1 failure or
# something missing, 2 usage error); tests/PianoSite.Tests/Scripts/ runs both and compares them. Change both.
#
# It runs on PowerShell 7 on any system: the repository's own (dotnet tool restore, then dotnet pwsh ./build.ps1) or an
# installed one. It is written for Windows PowerShell 5.1 too (no PowerShell 7 syntax or cmdlet, no $IsWindows, .NET
# Framework APIs only, native stderr never turned into errors): there it needs an execution policy that lets local
# scripts run (powershell -ExecutionPolicy Bypass -File .\build.ps1), and arguments that are empty or hold quotes reach
# the generator mangled (5.1 quotes native arguments by the old rules). Only PowerShell 7 is run by the tests.
$ErrorActionPreference = 'Stop'

$verb = if ($args.Count -gt 0) { $args[0] } else { 'build' }
$rest = @(if ($args.Count -gt 1) { $args[1..($args.Count - 1)] })
$root = $PSScriptRoot

function Say([string] $message) { [Console]::Error.WriteLine("build.ps1: $message") }

# [Environment]::OSVersion, not $IsWindows: Windows PowerShell 5.1 does not have the latter.
$os = if ([Environment]::OSVersion.Platform -eq 'Win32NT') { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$arch = if ($os -eq 'win') {
    if (@($env:PROCESSOR_ARCHITEW6432, $env:PROCESSOR_ARCHITECTURE) -contains 'ARM64') { 'arm64' } else { 'x64' }
} elseif ([Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'Arm64') { 'arm64' } else { 'x64' }

# The script runs in the caller's session: the variables it sets for the programs it starts are put back at the end.
$savedEnvironment = @{}
function Set-ProcessVariable([string] $name, [string] $value) {
    if (-not $savedEnvironment.ContainsKey($name)) {
        $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
    }
    [Environment]::SetEnvironmentVariable($name, $value)
}

# Installs a Debian package when this is Debian (or Ubuntu) run as root; false otherwise.
function Install-AptPackage([string] $package, [string] $why) {
    if ($os -ne 'linux' -or (id -u) -ne '0' -or -not (Get-Command apt-get -CommandType Application -ErrorAction SilentlyContinue)) { return $false }
    Say "installing $package ($why)"
    Set-ProcessVariable DEBIAN_FRONTEND noninteractive
    if (-not $env:PIANOSITE_APT_UPDATED) {
        apt-get update -qq | Out-Null
        Set-ProcessVariable PIANOSITE_APT_UPDATED 1
    }
    apt-get install -y -qq --no-install-recommends $package | Out-Null
    return $LASTEXITCODE -eq 0
}

function Assert-Command([string] $command, [string] $package, [string] $why, [string] $windowsInstall) {
    if (Get-Command $command -CommandType Application -ErrorAction SilentlyContinue) { return }
    if (Install-AptPackage $package $why) { return }
    if ($os -eq 'win') { Say "missing: $command ($why). Install it: $windowsInstall" }
    else { Say "missing: $command ($why). Install it, e.g. on Debian/Ubuntu: sudo apt-get install $package" }
    exit 1
}

function Ensure-Dotnet {
    if (Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue) { return }
    if ($os -eq 'win') { Say 'missing: the .NET 10 SDK. Install it (winget install Microsoft.DotNet.SDK.10), then run this again.' }
    else { Say 'missing: the .NET 10 SDK. Install it from your distribution or https://dot.net, then run this again.' }
    exit 1
}

# Whether $first was modified after $second, or exists when $second does not (bash's test -nt).
function Test-Newer([string] $first, [string] $second) {
    $first = [IO.Path]::Combine($root, $first)
    $second = [IO.Path]::Combine($root, $second)
    if (-not [IO.File]::Exists($first)) { return $false }
    return -not [IO.File]::Exists($second) -or [IO.File]::GetLastWriteTimeUtc($first) -gt [IO.File]::GetLastWriteTimeUtc($second)
}

# npm ci when node_modules is missing or older than the lock file (npm writes node_modules/.package-lock.json).
function Ensure-NodeModules {
    if (-not [IO.File]::Exists([IO.Path]::Combine($root, 'package.json'))) { return }
    if (-not (Get-Command npm -CommandType Application -ErrorAction SilentlyContinue)) {
        if ($os -eq 'win') { Say 'missing: Node.js and npm (for the front-end assets). Install them (winget install OpenJS.NodeJS.LTS).' }
        else { Say 'missing: Node.js and npm (for the front-end assets). Install them, e.g. sudo apt-get install nodejs npm' }
        exit 1
    }
    if (-not [IO.Directory]::Exists([IO.Path]::Combine($root, 'node_modules')) -or (Test-Newer 'package-lock.json' 'node_modules/.package-lock.json')) {
        Say 'installing front-end assets (npm ci)'
        npm ci --no-audit --no-fund --loglevel=error | Out-Null
        if ($LASTEXITCODE -ne 0) { Say 'npm ci failed (is the npm registry reachable?)'; exit 1 }
    }
}

# The system's browsers, in the order the generator looks for them (generator/Pdf/BrowserLocator.cs).
function Get-SystemBrowser {
    $candidates = switch ($os) {
        'win' {
            $folders = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, $env:LOCALAPPDATA) | Where-Object { $_ }
            foreach ($program in 'Microsoft\Edge\Application\msedge.exe', 'Google\Chrome\Application\chrome.exe') {
                foreach ($folder in $folders) { [IO.Path]::Combine($folder, $program) }
            }
        }
        'osx' {
            '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
            '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
        }
        default {
            '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome',
            '/usr/bin/microsoft-edge-stable', '/snap/bin/chromium'
        }
    }
    foreach ($candidate in $candidates) { if ([IO.File]::Exists($candidate)) { return $candidate } }
    return $null
}

# The browser that prints the PDF and runs the browser tests, found as the generator finds it: --browser, then
# PIANOSITE_BROWSER, then the system's; installed (Debian, as root) or asked for only here, where one is needed.
function Ensure-Browser([string[]] $options) {
    foreach ($option in $options) {
        if ($option -ceq '--browser' -or $option -clike '--browser=*' -or $option -clike '--browser:*') { return }   # the generator checks it
    }
    if ($env:PIANOSITE_BROWSER) { return }
    $found = Get-SystemBrowser
    if (-not $found -and (Install-AptPackage chromium 'the PDF edition and the browser tests use it')) { $found = Get-SystemBrowser }
    if (-not $found) {
        if ($os -eq 'win') { Say 'missing: a Chromium, Chrome or Edge browser (the PDF edition and the browser tests use it). Install Microsoft Edge, or name one with --browser or PIANOSITE_BROWSER. build --no-pdf needs none.' }
        else { Say 'missing: a Chromium, Chrome or Edge browser (the PDF edition and the browser tests use it). Install one, e.g. on Debian/Ubuntu: sudo apt-get install chromium; or name it with --browser or PIANOSITE_BROWSER. build --no-pdf needs none.' }
        exit 1
    }
    Set-ProcessVariable PIANOSITE_BROWSER $found   # the tests use it too (they default to /usr/bin/chromium)
}

# Whether a build with these options prints the PDF: not with --no-pdf, nor when it only shows its help.
function Test-PrintsPdf([string[]] $options) {
    foreach ($option in $options) {
        if (@('--no-pdf', '-h', '--help', '-?') -ccontains $option) { return $false }
    }
    return $true
}

function Ensure-TestTools {
    Assert-Command pdftotext poppler-utils "the PDF tests read the PDF's text" 'Poppler for Windows (https://github.com/oschwartz10612/poppler-windows), its bin folder on PATH'
    Assert-Command java default-jre-headless 'the Nu Html Checker (vnu-jar) needs Java' 'winget install Microsoft.OpenJDK.21'
}

# The generator runs from a folder published for this machine, ReadyToRun, and is published again only when what it is
# made of changed (see build.sh: the same inputs, hashed the same way, so the two scripts share one publish).
$publish = 'generator/bin/publish'
$publishArgs = @('generator/PianoSite.csproj', '-c', 'Release', '-r', "$os-$arch", '--self-contained', 'false', '-p:PublishReadyToRun=true', '-o', $publish)

function Get-GeneratorInputsHash {
    $files = New-Object System.Collections.Generic.List[string]
    foreach ($path in [IO.Directory]::GetFiles($root)) {
        $name = [IO.Path]::GetFileName($path)
        if ($name -clike 'Directory.*.props' -or $name -clike 'Directory.*.targets' -or $name -ceq 'global.json' -or $name -eq 'nuget.config') {
            $files.Add($name)
        }
    }
    $folders = New-Object System.Collections.Generic.Stack[string]
    $folders.Push('generator')
    while ($folders.Count -gt 0) {
        $folder = $folders.Pop()
        $full = [IO.Path]::Combine($root, $folder)
        foreach ($path in [IO.Directory]::GetFiles($full)) { $files.Add("$folder/" + [IO.Path]::GetFileName($path)) }
        foreach ($path in [IO.Directory]::GetDirectories($full)) {
            $relative = "$folder/" + [IO.Path]::GetFileName($path)
            if ($relative -cne 'generator/bin' -and $relative -cne 'generator/obj') { $folders.Push($relative) }
        }
    }
    $sorted = $files.ToArray()
    [Array]::Sort($sorted, [StringComparer]::Ordinal)
    # The lines sha256sum prints for the files, after the publish command's arguments: build.sh hashes the same text.
    $sha = [Security.Cryptography.SHA256]::Create()
    $text = New-Object System.Text.StringBuilder
    foreach ($argument in $publishArgs) { [void]$text.Append($argument).Append("`n") }
    foreach ($file in $sorted) {
        $hash = [BitConverter]::ToString($sha.ComputeHash([IO.File]::ReadAllBytes([IO.Path]::Combine($root, $file))))
        [void]$text.Append($hash.Replace('-', '').ToLowerInvariant()).Append('  ').Append($file).Append("`n")
    }
    $hash = [BitConverter]::ToString($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($text.ToString())))
    return $hash.Replace('-', '').ToLowerInvariant()
}

# Runs dotnet with these arguments and its output kept; on failure prints that output and the message, and stops.
function Invoke-DotnetQuietly([string[]] $arguments, [string] $failure) {
    $ErrorActionPreference = 'Continue'   # Windows PowerShell 5.1 would stop at the first line on stderr
    $output = & dotnet @arguments 2>&1
    if ($LASTEXITCODE -ne 0) {
        foreach ($line in $output) { [Console]::Error.WriteLine("$line") }
        Say $failure
        exit 1
    }
}

function Prepare-Generator {
    $stampFile = [IO.Path]::Combine($root, "$publish/inputs.sha256")
    $stamp = Get-GeneratorInputsHash
    if ([IO.File]::Exists($stampFile) -and [IO.File]::ReadAllText($stampFile).Trim() -ceq $stamp) { return }
    Say 'preparing the generator for this machine (the first time, and after a change to its code or packages: about 20 s)'
    $full = [IO.Path]::Combine($root, $publish)
    if ([IO.Directory]::Exists($full)) { [IO.Directory]::Delete($full, $true) }   # nothing of an earlier publish stays
    # No build servers: none stays behind after the script, and nothing holds the output this script reads.
    # The restore must know the publish's properties: only then does it fetch the ReadyToRun compiler and runtime packs.
    Invoke-DotnetQuietly @('restore', 'generator/PianoSite.csproj', '-r', "$os-$arch", '-p:SelfContained=false', '-p:PublishReadyToRun=true', '--disable-build-servers') 'dotnet restore failed (is NuGet reachable?)'
    Invoke-DotnetQuietly (@('publish') + $publishArgs + @('--no-restore', '--disable-build-servers', '--nologo')) 'dotnet publish failed: the generator could not be compiled (see above)'
    [IO.File]::WriteAllText($stampFile, "$stamp`n")
}

function Invoke-Generator([string[]] $arguments) {
    Prepare-Generator
    dotnet "$publish/pianosite.dll" @arguments
    exit $LASTEXITCODE
}

function Invoke-Tests([string[]] $arguments) {
    # The output is shown as it comes and kept, for one plain totals line summed over the test projects.
    $ErrorActionPreference = 'Continue'   # Windows PowerShell 5.1 would stop at the first line on stderr
    $lines = New-Object System.Collections.Generic.List[string]
    dotnet test PianoSite.sln -c Release --nologo @arguments 2>&1 | ForEach-Object { $line = "$_"; $lines.Add($line); $line }
    $status = $LASTEXITCODE
    $text = $lines -join "`n"
    $passed = 0; $failed = 0
    foreach ($match in [regex]::Matches($text, 'Passed: +(\d+)')) { $passed += [int]$match.Groups[1].Value }
    foreach ($match in [regex]::Matches($text, 'Failed: +(\d+)')) { $failed += [int]$match.Groups[1].Value }
    Write-Output "$passed passed, $failed failed"
    exit $status
}

# The location through the session's API, not Push-Location: that cmdlet's module takes a tenth of a second to load.
$ExecutionContext.SessionState.Path.PushCurrentLocation('')
$null = $ExecutionContext.SessionState.Path.SetLocation($root)
try {
    switch -CaseSensitive ($verb) {
        'build' {
            Ensure-Dotnet; Ensure-NodeModules
            if (Test-PrintsPdf $rest) { Ensure-Browser $rest }
            Invoke-Generator (@('build') + $rest)
        }
        'check' { Ensure-Dotnet; Invoke-Generator (@('check') + $rest) }
        'serve' {
            # The preview prints the PDF only on request ("Genera PDF"): without a browser it says so then.
            Ensure-Dotnet; Ensure-NodeModules
            Invoke-Generator (@('serve') + $rest)
        }
        'test' { Ensure-Dotnet; Ensure-NodeModules; Ensure-Browser @(); Ensure-TestTools; Invoke-Tests $rest }
        { $_ -ceq '-h' -or $_ -ceq '--help' -or $_ -ceq 'help' } {
            Get-Content -LiteralPath $PSCommandPath -TotalCount 8 | Select-Object -Skip 1 | ForEach-Object { $_ -replace '^# ?', '' }
            exit 0
        }
        default { Say "unknown verb '$verb': use build, check, serve or test"; exit 2 }
    }
}
finally {
    $null = $ExecutionContext.SessionState.Path.PopLocation('')
    foreach ($name in $savedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $savedEnvironment[$name]) }
}
