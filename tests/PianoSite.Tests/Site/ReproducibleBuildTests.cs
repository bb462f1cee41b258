using PianoSite.Pipeline;

namespace PianoSite.Tests.Site;

/// <summary>Two builds of the real plan write byte-identical websites (pages, assets, data, search index).</summary>
public class ReproducibleBuildTests
{
    [Fact]
    public void Two_builds_produce_byte_identical_sites()
    {
        var work = Path.Combine(Path.GetTempPath(), "pianosite-repro-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = Build(Path.Combine(work, "a"));
            var second = Build(Path.Combine(work, "b"));
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
            var different = first.Keys.Where(k => !first[k].AsSpan().SequenceEqual(second[k])).Order(StringComparer.Ordinal).ToList();
            Assert.True(different.Count == 0, "files that differ between two builds: " + string.Join(", ", different));
            Assert.Contains("pagefind/pagefind-entry.json", first.Keys);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static Dictionary<string, byte[]> Build(string output)
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, output)).Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var site = Path.Combine(output, "site");
        return Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
