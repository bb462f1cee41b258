namespace PianoSite.Tests;

/// <summary>A throw-away copy of a plan (content/ and templates/) in a temporary folder, deleted on dispose.</summary>
public sealed class TempPlan : IDisposable
{
    private TempPlan(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>Copies the repository's real content and templates.</summary>
    public static TempPlan OfRealPlan() => Of(TestPaths.RepositoryRoot);

    public static TempPlan Of(string sourceRoot)
    {
        var root = Path.Combine(Path.GetTempPath(), "pianosite-test-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var folder in new[] { "content", "templates" })
        {
            var source = Path.Combine(sourceRoot, folder);
            if (Directory.Exists(source))
            {
                CopyFolder(source, Path.Combine(root, folder));
            }
        }
        return new TempPlan(root);
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/>; fails the test if it is absent.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{oldText}» not found in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does not make a test wrong.
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
