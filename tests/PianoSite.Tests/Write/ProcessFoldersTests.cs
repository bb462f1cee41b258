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
        var leftover = Path.Combine(ProcessFolders.TemporaryRoot, $"{prefix}{Dead}-0a1b");
        var onDisk = Path.Combine(Path.GetTempPath(), $"{prefix}{Dead}-0c2d");   // a killed run may have used the system's temporary folder
        Directory.CreateDirectory(leftover);
        Directory.CreateDirectory(onDisk);

        var path = ProcessFolders.NewTemporaryPath(prefix);

        Assert.False(Directory.Exists(leftover));
        Assert.False(Directory.Exists(onDisk));
        Assert.StartsWith(Path.Combine(ProcessFolders.TemporaryRoot, $"{prefix}{Running}-"), path, StringComparison.Ordinal);
        Assert.False(Directory.Exists(path));   // made by whoever uses it
        Assert.NotEqual(path, ProcessFolders.NewTemporaryPath(prefix));
    }

    [Fact]
    public void Temporary_folders_go_where_TMPDIR_says_when_it_is_set_else_in_memory_when_there_is_room()
    {
        var expected = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) || !OperatingSystem.IsLinux() || !Directory.Exists("/dev/shm")
            || new DriveInfo("/dev/shm").AvailableFreeSpace < 512L * 1024 * 1024
            ? Path.GetTempPath()
            : "/dev/shm/";

        Assert.Equal(expected, ProcessFolders.TemporaryRoot);
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(parent, name)).FullName;

    public void Dispose() => ProcessFolders.DeleteQuietly(parent);
}
