using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace PianoSite.Load;

/// <summary>
/// The timestamp a build writes where a file format has one (the PDF's creation and modification dates): not a
/// date of the plan, which only the adopting act gives (content/piano.yml, adoption:), but when the edition's
/// content last changed. Never the clock, so that two builds of the same content are the same files: the standard
/// <c>SOURCE_DATE_EPOCH</c> (https://reproducible-builds.org/specs/source-date-epoch/) when it is set, else the
/// last commit that touched content/, else none at all (the file then carries no date).
/// </summary>
/// <param name="Origin">where it came from: <see cref="EnvironmentVariable"/> or "git".</param>
public sealed record SourceDate(DateTimeOffset Value, string Origin)
{
    public const string EnvironmentVariable = "SOURCE_DATE_EPOCH";

    /// <summary>How long git may take to answer before the build goes on without a date.</summary>
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// SOURCE_DATE_EPOCH as the specification wants it: a whole number of seconds since 1970-01-01 UTC, ASCII digits
    /// only. Null text is "not set" (true, no value); anything else malformed is false.
    /// </summary>
    public static bool TryParseEpoch(string? text, out long? seconds)
    {
        seconds = null;
        if (text is null)
        {
            return true;
        }
        if (text.Length == 0 || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }
        seconds = value;
        return true;
    }

    /// <summary>The build's timestamp for the plan under <paramref name="root"/>; null when neither source gives one.</summary>
    public static SourceDate? Resolve(string root, long? sourceDateEpoch) => sourceDateEpoch is { } seconds
        ? new SourceDate(DateTimeOffset.FromUnixTimeSeconds(seconds), EnvironmentVariable)
        : LastContentCommit(root);

    /// <summary>
    /// The committer date of the last commit that touched content/ (<c>git log -1 --format=%ct -- content</c>); null
    /// when the root is not in a git work tree, git is not installed or does not answer, or no commit touched content/.
    /// Uncommitted edits do not move it: the date is the last recorded state of the content.
    /// </summary>
    private static SourceDate? LastContentCommit(string root)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in (string[])["log", "-1", "--format=%ct", "--", ContentLayout.ContentFolder])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }
            var error = git.StandardError.ReadToEndAsync();   // drained alongside, so a chatty git cannot block on a full pipe
            var output = git.StandardOutput.ReadToEnd();
            if (!git.WaitForExit(GitTimeout))
            {
                git.Kill(entireProcessTree: true);
                return null;
            }
            error.Wait(GitTimeout);
            return git.ExitCode == 0 && long.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? new SourceDate(DateTimeOffset.FromUnixTimeSeconds(seconds), "git")
                : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null;   // git is not installed, or the folder cannot be read: the build has no date
        }
    }
}
