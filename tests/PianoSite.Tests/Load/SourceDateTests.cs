using System.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Tests.Load;

/// <summary>
/// The build's timestamp in its three cases: SOURCE_DATE_EPOCH when given, else the last commit that touched
/// content/, else none. Never the clock.
/// </summary>
public sealed class SourceDateTests
{
    [Fact]
    public void SOURCE_DATE_EPOCH_dates_the_build_even_in_a_git_work_tree()
    {
        var date = SourceDate.Resolve(TestPaths.RepositoryRoot, 1_700_000_000);

        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), date!.Value);
        Assert.Equal(SourceDate.EnvironmentVariable, date.Origin);
    }

    [Fact]
    public void Without_it_the_last_commit_that_touched_content_dates_the_build()
    {
        var root = Directory.CreateTempSubdirectory("pianosite-git-").FullName;
        try
        {
            Assert.Equal(0, Git(root, null, "init", "--quiet").ExitCode);
            Directory.CreateDirectory(Path.Combine(root, "content"));
            File.WriteAllText(Path.Combine(root, "content", "piano.yml"), "title: prova\n");
            Assert.Equal(0, Git(root, null, "add", "content").ExitCode);
            Assert.Equal(0, Git(root, "2024-05-06T07:08:09Z", "commit", "--quiet", "-m", "content").ExitCode);
            File.WriteAllText(Path.Combine(root, "README.md"), "later, not content\n");
            Assert.Equal(0, Git(root, null, "add", "README.md").ExitCode);
            Assert.Equal(0, Git(root, "2024-09-10T11:12:13Z", "commit", "--quiet", "-m", "not content").ExitCode);
            File.WriteAllText(Path.Combine(root, "content", "piano.yml"), "title: edited, not committed\n");

            var date = SourceDate.Resolve(root, null);

            Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), date!.Value);
            Assert.Equal("git", date.Origin);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Outside_a_git_work_tree_and_without_SOURCE_DATE_EPOCH_there_is_no_timestamp()
    {
        var root = Directory.CreateTempSubdirectory("pianosite-nogit-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "content"));
            Assert.False(Git(root, null, "rev-parse", "--is-inside-work-tree").ExitCode == 0,
                $"the temporary folder {root} is inside a git work tree: set TMPDIR to a folder outside one");

            Assert.Null(SourceDate.Resolve(root, null));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1700000000", 1_700_000_000L)]
    [InlineData(null, null)]
    public void A_well_formed_SOURCE_DATE_EPOCH_or_none_is_accepted(string? text, long? seconds)
    {
        Assert.True(SourceDate.TryParseEpoch(text, out var parsed));
        Assert.Equal(seconds, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 17")]
    [InlineData("ieri")]
    [InlineData("99999999999999999999")]
    public void A_malformed_SOURCE_DATE_EPOCH_is_refused(string text)
    {
        Assert.False(SourceDate.TryParseEpoch(text, out var parsed));
        Assert.Null(parsed);
    }

    /// <summary>Runs git in <paramref name="root"/>, with a fixed author and, when given, a fixed commit date.</summary>
    private static (int ExitCode, string Output) Git(string root, string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", "user.name=PianoSite", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.StandardError.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, output);
    }
}
