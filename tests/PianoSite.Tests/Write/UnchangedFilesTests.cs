using System.Text;
using PianoSite.Tests.Support;
using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>
/// A file a build makes again byte for byte is linked to the output's, not written (<see cref="UnchangedFiles"/>):
/// it keeps its date, so that whoever publishes by copying what changed copies only what changed; every other file
/// is written; and the output is never written through the link before the swap.
/// </summary>
public sealed class UnchangedFilesTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly string parent = Directory.CreateTempSubdirectory("pianosite-tests-").FullName;

    private string Output => Path.Combine(parent, "output");

    [Fact]
    public void A_rebuild_leaves_the_unchanged_files_as_they_were_and_writes_the_changed_ones()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        foreach (var file in Directory.EnumerateFiles(plan.Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
        plan.Replace("content/missioni/m2.yml", "Raccolta differenziata", "Raccolta porta a porta");

        Assert.True(plan.Build().Succeeded);

        var changed = Path.Combine(plan.Output, "site/dati/obiettivi.csv");
        Assert.Contains("Raccolta porta a porta", File.ReadAllText(changed), StringComparison.Ordinal);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(changed));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(plan.Output, "site/accessibilita/index.html")));
        var fresh = plan.PathOf("fresh-output");
        Assert.True(plan.Build(fresh).Succeeded);
        Assert.Equal(OutputHashes.Of(fresh), OutputHashes.Of(plan.Output));   // the same output as a build from nothing
    }

    [Fact]
    public void A_file_of_the_same_length_with_other_bytes_is_written()
    {
        Commit(("a.txt", "uno"));
        File.SetLastWriteTimeUtc(Path.Combine(Output, "a.txt"), LongAgo);

        Commit(("a.txt", "due"));

        Assert.Equal("due", File.ReadAllText(Path.Combine(Output, "a.txt")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "a.txt")));
    }

    [Fact]
    public void A_file_added_again_after_being_linked_does_not_touch_the_output_before_the_swap()
    {
        Commit(("stampa/index.html", "prima"));
        using var writer = new DiskOutputWriter(Output);
        writer.Add(Made("stampa/index.html", "prima"));   // unchanged: linked to the output's file

        writer.Add(Made("stampa/index.html", "numerata"));   // the PDF's numbered print page, in its place

        Assert.Equal("prima", File.ReadAllText(Path.Combine(Output, "stampa/index.html")));
        Assert.Empty(writer.Commit());
        Assert.Equal("numerata", File.ReadAllText(Path.Combine(Output, "stampa/index.html")));
    }

    [Fact]
    public void A_symbolic_link_in_the_output_becomes_a_file_and_its_target_is_untouched()
    {
        Commit(("b.txt", "altro"));
        var outside = Path.Combine(parent, "fuori.txt");
        File.WriteAllText(outside, "uno");
        File.CreateSymbolicLink(Path.Combine(Output, "a.txt"), outside);

        Commit(("a.txt", "uno"));

        Assert.Null(new FileInfo(Path.Combine(Output, "a.txt")).LinkTarget);
        Assert.Equal("uno", File.ReadAllText(Path.Combine(Output, "a.txt")));
        Assert.Equal("uno", File.ReadAllText(outside));
        Assert.False(File.Exists(Path.Combine(Output, "b.txt")));
    }

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private void Commit(params (string Path, string Text)[] files)
    {
        using var writer = new DiskOutputWriter(Output);
        Assert.Empty(writer.Write(files.Select(f => Made(f.Path, f.Text))));
    }

    private static OutputFile Made(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
