#!/usr/bin/env pwsh
# PianoSite — set-up and entry point on Windows (build.sh is its Linux twin, with the same verbs).
#   .\build.ps1 [build] [options]   check the plan and build every edition into output\
#   .\build.ps1 check [options]     check the plan only
#   .\build.ps1 serve [options]     local preview with live reload
#   .\build.ps1 test                run every test (unit, golden, end-to-end in the browser)
# Options after the verb go to the generator (see README.md, "CLI reference").
# This script only installs what is missing and calls the generator: all logic lives in C#.
$ErrorActionPreference = 'Stop'
Set-Location -Path $PSScriptRoot

$verb = if ($args.Count -gt 0) { $args[0] } else { 'build' }
$rest = if ($args.Count -gt 1) { $args[1..($args.Count - 1)] } else { @() }

function Say([string] $message) { Write-Host "build.ps1: $message" }

function Ensure-Dotnet {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        Say 'missing: the .NET 10 SDK. Install it (winget install Microsoft.DotNet.SDK.10), then run this again.'
        exit 1
    }
    dotnet restore PianoSite.sln --verbosity quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { Say 'dotnet restore failed (is NuGet reachable?)'; exit 1 }
}

function Ensure-NodeModules {
    if (-not (Test-Path package.json)) { return }
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
        Say 'missing: Node.js and npm (for the front-end assets). Install them (winget install OpenJS.NodeJS.LTS).'
        exit 1
    }
    if (-not (Test-Path node_modules)) {
        Say 'installing front-end assets (npm ci)'
        npm ci --no-audit --no-fund --loglevel=error | Out-Null
        if ($LASTEXITCODE -ne 0) { exit 1 }
    }
}

function Ensure-Browser {
    if ($env:PIANOSITE_BROWSER) { return }
    $edge = @("${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe", "$env:ProgramFiles\Microsoft\Edge\Application\msedge.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $edge) {
        Say 'missing: Microsoft Edge or Chromium (the PDF edition and the browser tests use it). Install Edge, or set PIANOSITE_BROWSER to a Chromium executable.'
        exit 1
    }
    $env:PIANOSITE_BROWSER = $edge
}

# The generator is published ReadyToRun (compiled ahead of time for this machine's runtime identifier): without
# it the JIT of the generator and its libraries is about half of a build of the real plan. It is published
# self-contained as one composite image (the generator, its libraries and the .NET runtime's own assemblies
# compiled together, so that code is inlined across them; see build.sh). The first publish takes about two minutes.
function Invoke-Generator([string[]] $arguments) {
    $arm = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'Arm64'
    $os = if ($IsLinux) { 'linux' } elseif ($IsMacOS) { 'osx' } else { 'win' }
    $rid = "$os-$(if ($arm) { 'arm64' } else { 'x64' })"
    $publish = 'generator/bin/publish'
    $publishArgs = @('generator/PianoSite.csproj', '-c', 'Release', '-r', $rid, '--self-contained', 'true', '-p:PublishReadyToRun=true', '-p:PublishReadyToRunComposite=true', '-o', $publish, '--nologo')
    if (-not (Test-Path "$publish/pianosite.r2r.dll")) {
        Say 'preparing the generator for this machine (the first time takes about two minutes)'
    }
    dotnet publish @publishArgs --verbosity quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { dotnet publish @publishArgs; exit 1 }
    dotnet "$publish/pianosite.dll" @arguments
    exit $LASTEXITCODE
}

switch ($verb) {
    'build' { Ensure-Dotnet; Ensure-NodeModules; Ensure-Browser; Invoke-Generator (@('build') + $rest) }
    'check' { Ensure-Dotnet; Invoke-Generator (@('check') + $rest) }
    'serve' { Ensure-Dotnet; Ensure-NodeModules; Ensure-Browser; Invoke-Generator (@('serve') + $rest) }
    'test' {
        Ensure-Dotnet; Ensure-NodeModules; Ensure-Browser
        $log = New-TemporaryFile
        dotnet test PianoSite.sln -c Release --nologo @rest 2>&1 | Tee-Object -FilePath $log
        $status = $LASTEXITCODE
        $text = Get-Content $log -Raw
        $passed = ([regex]::Matches($text, 'Passed: +(\d+)') | ForEach-Object { [int]$_.Groups[1].Value } | Measure-Object -Sum).Sum
        $failed = ([regex]::Matches($text, 'Failed: +(\d+)') | ForEach-Object { [int]$_.Groups[1].Value } | Measure-Object -Sum).Sum
        Remove-Item $log
        Write-Output "$([int]$passed) passed, $([int]$failed) failed"
        exit $status
    }
    default { Say "unknown verb '$verb': use build, check, serve or test"; exit 2 }
}
