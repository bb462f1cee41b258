using System.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Scripts;

/// <summary>
/// Runs build.sh (by its #! line, with bash) and build.ps1 (with the repository's PowerShell: dotnet pwsh ./build.ps1) in
/// a copy of the repository, as a user would, with the environment of the tests minus what would make them differ from
/// a user's: no PIANOSITE_BROWSER (a build without the PDF must not need one) and none of the MSBuild variables that
/// dotnet test sets for its own processes.
/// </summary>
public static class EntryScripts
{
    /// <summary>Where bash runs build.sh (not on Windows: there build.ps1 is the entry point, and is tested alone).</summary>
    public static bool BashRuns => !OperatingSystem.IsWindows();

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static CliRun Bash(string root, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(Path.Combine(root, "build.sh"), [.. arguments], root, environment);

    public static CliRun PowerShell(string root, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(Programs.Dotnet, ["pwsh", "./build.ps1", .. arguments], root, environment);

    /// <summary>Restores the repository's tools (PowerShell) in the copy, as its README says to.</summary>
    public static void RestoreTools(string root)
    {
        var run = Run(Programs.Dotnet, ["tool", "restore"], root, new Dictionary<string, string>());
        Assert.True(run.ExitCode == 0, $"dotnet tool restore failed (PowerShell comes from NuGet):\n{run.AllText}");
    }

    private static CliRun Run(string program, IReadOnlyList<string> arguments, string root, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in start.Environment.Keys.ToArray())
        {
            if (name == "PIANOSITE_BROWSER" || name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not end within {Limit.TotalMinutes} minutes");
        }
        return new CliRun(process.ExitCode, Normal(output.Result), Normal(error.Result));
    }

    /// <summary>The script's name in its own messages made the same, and Windows line ends made Linux ones.</summary>
    private static string Normal(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("build.ps1", "build.sh", StringComparison.Ordinal);
}
