using System.Text;
using PianoSite.Tests.Support;
using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>
/// A build's staging folder starts from the folders of the output the last build replaced, kept empty beside the
/// output (<see cref="ReusedFolders"/>): the output is still exactly what the build made, no file of an earlier
/// build comes back, and the files the output shares with the kept folders' build are never written through.
/// </summary>
public sealed class ReusedFoldersTests : IDisposable
{
    private readonly string parent = Directory.CreateTempSubdirectory("pianosite-tests-").FullName;

    private string Output => Path.Combine(parent, "output");

    private string Kept => Path.Combine(parent, ".output.reuse");

    [Fact]
    public void The_replaced_output_is_kept_as_folders_only()
    {
        Commit(("site/a/index.html", "uno"), ("site/b/c/index.html", "due"));
        Assert.False(Directory.Exists(Kept));   // nothing was replaced

        Commit(("site/a/index.html", "uno"), ("site/b/c/index.html", "tre"));

        Assert.Equal(["site", "site/a", "site/b", "site/b/c"], Entries(Kept));
        Assert.Equal(["site", "site/a", "site/a/index.html", "site/b", "site/b/c", "site/b/c/index.html"], Entries(Output));
    }

    [Fact]
    public void A_build_on_kept_folders_writes_exactly_its_files_and_removes_the_folders_it_does_not_use()
    {
        Commit(("site/a/index.html", "uno"), ("site/vecchia/x/index.html", "due"), ("site/.nascosta/f.txt", "tre"));
        Commit(("site/a/index.html", "uno"), ("site/vecchia/x/index.html", "due"), ("site/.nascosta/f.txt", "tre"));
        Assert.Contains("site/vecchia/x", Entries(Kept));

        Commit(("site/a/index.html", "quattro"), ("site/nuova/index.html", "cinque"));

        Assert.Equal(["site", "site/a", "site/a/index.html", "site/nuova", "site/nuova/index.html"], Entries(Output));
        Assert.Equal("quattro", File.ReadAllText(Path.Combine(Output, "site/a/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(parent, ".output.staging-*"));
        Assert.Equal(["site", "site/.nascosta", "site/a", "site/vecchia", "site/vecchia/x"], Entries(Kept));
    }

    [Fact]
    public void Files_shared_with_the_kept_folders_build_stay_as_they_were()
    {
        Commit(("a/index.html", "uno"));
        Commit(("a/index.html", "uno"));   // linked: the kept folders' file was the output's too, and is only unlinked
        var before = File.ReadAllText(Path.Combine(Output, "a/index.html"));

        Commit(("a/index.html", "due"));

        Assert.Equal("uno", before);
        Assert.Equal("due", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.Empty(Directory.EnumerateFiles(Kept, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_symbolic_link_in_the_replaced_output_is_removed_and_its_target_untouched()
    {
        var outside = Path.Combine(parent, "fuori");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "da-non-toccare.txt"), "resta");
        Commit(("a/index.html", "uno"));
        Directory.CreateSymbolicLink(Path.Combine(Output, "collegamento"), outside);

        Commit(("a/index.html", "uno"));

        Assert.Equal(["a"], Entries(Kept));
        Assert.Equal("resta", File.ReadAllText(Path.Combine(outside, "da-non-toccare.txt")));
    }

    [Fact]
    public void A_failed_build_leaves_the_output_and_drops_the_kept_folders_it_took()
    {
        Commit(("a/index.html", "uno"));
        Commit(("a/index.html", "uno"));
        using (var writer = new DiskOutputWriter(Output))
        {
            writer.Add(Made("b/index.html", "mai pubblicata"));
        }   // disposed without a commit

        Assert.Equal(["a", "a/index.html"], Entries(Output));
        Assert.False(Directory.Exists(Kept));
        Commit(("a/index.html", "due"));
        Assert.Equal(["a", "a/index.html"], Entries(Output));
    }

    [Fact]
    public void A_file_or_a_link_where_the_kept_folders_go_is_left_alone()
    {
        var elsewhere = Path.Combine(parent, "altrove");
        Directory.CreateDirectory(Path.Combine(elsewhere, "a"));
        Commit(("a/index.html", "uno"));
        Directory.CreateSymbolicLink(Kept, elsewhere);

        Commit(("a/index.html", "due"));

        Assert.Equal(["a"], Entries(elsewhere));   // not taken as a staging folder, nor filled by the build's files
        Assert.Equal("due", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.Null(new DirectoryInfo(Output).LinkTarget);
        Directory.Delete(Kept);
        File.WriteAllText(Kept, "non una cartella");

        Commit(("a/index.html", "tre"));

        Assert.Equal("non una cartella", File.ReadAllText(Kept));
        Assert.Equal("tre", File.ReadAllText(Path.Combine(Output, "a/index.html")));
    }

    [Fact]
    public void Two_writers_at_once_do_not_share_the_kept_folders()
    {
        Commit(("a/index.html", "uno"));
        Commit(("a/index.html", "uno"));
        using var first = new DiskOutputWriter(Output);
        using var second = new DiskOutputWriter(Output);

        first.Add(Made("a/index.html", "prima"));   // takes the kept folders
        second.Add(Made("b/index.html", "seconda"));   // makes its folders anew
        Assert.Empty(first.Commit());
        Assert.Empty(second.Commit());

        Assert.Equal(["b", "b/index.html"], Entries(Output));
        Assert.Equal(["a"], Entries(Kept));
    }

    [Fact]
    public void A_plan_built_again_on_kept_folders_equals_a_build_from_nothing()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        Assert.True(plan.Build().Succeeded);
        Assert.True(Directory.Exists(plan.PathOf(".output.reuse")));
        plan.Replace("content/missioni/m2.yml", "Raccolta differenziata", "Raccolta porta a porta");

        Assert.True(plan.Build().Succeeded);

        var fresh = plan.PathOf("fresh-output");
        Assert.True(plan.Build(fresh).Succeeded);
        Assert.Equal(OutputHashes.Of(fresh), OutputHashes.Of(plan.Output));
        Assert.Equal(Entries(fresh), Entries(plan.Output));
    }

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private void Commit(params (string Path, string Text)[] files)
    {
        using var writer = new DiskOutputWriter(Output);
        Assert.Empty(writer.Write(files.Select(f => Made(f.Path, f.Text))));
    }

    private static OutputFile Made(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Every file and folder below <paramref name="folder"/>, relative, with '/', in order (hidden ones too).</summary>
    private static string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true })
            .Select(entry => Path.GetRelativePath(folder, entry).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
