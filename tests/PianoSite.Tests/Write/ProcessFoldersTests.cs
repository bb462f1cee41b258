using System.Globalization;
using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>
/// The folders of a run (staging, the search index's temporary folders) carry its process id, so that the next run
/// removes those of a run killed before it could clean up (<see cref="ProcessFolders"/>).
/// </summary>
public sealed class ProcessFoldersTests : IDisposable
{
    /// <summary>No process has this id: Linux ids stop at 4,194,304, Windows ids are multiples of 4.</summary>
    private const string Dead = "2147483647";

    private readonly string parent = Directory.CreateTempSubdirectory("pianosite-tests-").FullName;

    private static string Running => Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Folders_of_runs_that_ended_are_removed_and_those_of_running_ones_kept()
    {
        var dead = Folder($"pianosite-search-{Dead}-0a1b");
        File.WriteAllText(Path.Combine(dead, "index.html"), "<p>pagina</p>");
        var unnamed = Folder("pianosite-search-a3f0c2");   // before folders carried a process id
        var running = Folder($"pianosite-search-{Running}-0a1b");
        var other = Folder($"pianosite-pagefind-{Dead}-0a1b");
        var unrelated = Folder($"altro-{Dead}-0a1b");

        ProcessFolders.RemoveLeftovers(parent, "pianosite-search-");

        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(unnamed));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(other));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void A_new_temporary_folder_is_named_after_this_process_and_clears_the_leftovers_first()
    {
        var prefix = $"pianosite-test-{Guid.NewGuid():N}-";
        var leftover = Path.Combine(Path.GetTempPath(), $"{prefix}{Dead}-0a1b");
        Directory.CreateDirectory(leftover);

        var path = ProcessFolders.NewTemporaryPath(prefix);

        Assert.False(Directory.Exists(leftover));
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), $"{prefix}{Running}-"), path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(path));   // made by whoever uses it
        Assert.NotEqual(path, ProcessFolders.NewTemporaryPath(prefix));
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(parent, name)).FullName;

    public void Dispose() => ProcessFolders.DeleteQuietly(parent);
}
