namespace PianoSite.Tests.Support;

/// <summary>What one run of the command line returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string AllText => Output + Error;

    /// <summary>A .NET stack trace line ("   at Namespace.Type.Method(...)"): must never reach an editor.</summary>
    public bool HasStackTrace => AllText.Split('\n').Any(line => line.StartsWith("   at ", StringComparison.Ordinal));
}
