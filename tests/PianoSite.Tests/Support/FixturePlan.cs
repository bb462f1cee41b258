using System.Text;
using PianoSite.Cli;
using PianoSite.Pipeline;

namespace PianoSite.Tests.Support;

/// <summary>
/// A private copy of a plan (a fixture or the real content) in a temporary folder, for a test to edit and then check, build or run the CLI on.
/// Each edit names the file and the text it changes and returns the 1-based line it touched, so that an
/// invalid-input test reads as "this edit → this diagnostic at this line".
/// </summary>
public sealed class FixturePlan : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private FixturePlan(string root)
    {
        Root = root;
    }

    /// <summary>The plan's root (holds content/); deleted on dispose.</summary>
    public string Root { get; }

    /// <summary>The default output folder of a build: root/output.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>
    /// A copy of Fixtures/minimal: a small valid plan that passes check --strict with no diagnostics. The
    /// fixture is content only; the repository's templates/ (the designers' files), when present, come along
    /// so that the fixture can be built like the real plan.
    /// </summary>
    public static FixturePlan Minimal()
    {
        var plan = CopyOf(Path.Combine(TestPaths.Fixtures, "minimal"));
        var templates = Path.Combine(TestPaths.RepositoryRoot, "templates");
        if (Directory.Exists(templates))
        {
            CopyFolder(templates, plan.PathOf("templates"));
        }
        return plan;
    }

    /// <summary>A copy of the repository's real content/ (and templates/, when present).</summary>
    public static FixturePlan RealContent()
    {
        var plan = new FixturePlan(NewFolder());
        foreach (var folder in new[] { "content", "templates" })
        {
            var source = Path.Combine(TestPaths.RepositoryRoot, folder);
            if (Directory.Exists(source))
            {
                CopyFolder(source, Path.Combine(plan.Root, folder));
            }
        }
        return plan;
    }

    /// <summary>A synthetic plan (<c>pianosite synth</c>), valid by construction; built with the repository's templates.</summary>
    public static FixturePlan Synthetic(PianoSite.Synth.SynthOptions options)
    {
        var plan = Empty();
        var diagnostics = PianoSite.Synth.SyntheticPlanGenerator.Generate(TestPaths.RepositoryRoot, options, plan.Root);
        Assert.Empty(diagnostics);
        return plan;
    }

    /// <summary>An empty folder, for plans written from scratch.</summary>
    public static FixturePlan Empty() => new(NewFolder());

    public static FixturePlan CopyOf(string fixtureRoot)
    {
        var plan = new FixturePlan(NewFolder());
        CopyFolder(fixtureRoot, plan.Root);
        return plan;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => WriteBytes(relative, Utf8NoBom.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Move(string relative, string newRelative) => File.Move(PathOf(relative), PathOf(newRelative));

    /// <summary>Replaces <paramref name="oldText"/>, which must occur exactly once; returns the line where it started.</summary>
    public int Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        return ReplaceAt(relative, text, IndexOfSingle(relative, text, oldText), oldText, newText);
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> (an editor's edit to, say, the first objective); returns its line.</summary>
    public int ReplaceFirst(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        return at < 0
            ? throw new InvalidOperationException($"«{oldText}» not found in {relative}")
            : ReplaceAt(relative, text, at, oldText, newText);
    }

    private int ReplaceAt(string relative, string text, int at, string oldText, string newText)
    {
        Write(relative, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
        return LineAt(text, at);
    }

    /// <summary>Removes the one line that contains <paramref name="fragment"/>; returns its line number.</summary>
    public int RemoveLine(string relative, string fragment)
    {
        var line = LineOf(relative, fragment);
        var lines = Read(relative).Split('\n').ToList();
        lines.RemoveAt(line - 1);
        Write(relative, string.Join('\n', lines));
        return line;
    }

    /// <summary>Inserts whole lines after the one line containing <paramref name="fragment"/>; returns the first new line's number.</summary>
    public int InsertAfter(string relative, string fragment, params string[] newLines)
    {
        var line = LineOf(relative, fragment);
        var lines = Read(relative).Split('\n').ToList();
        lines.InsertRange(line, newLines);
        Write(relative, string.Join('\n', lines));
        return line + 1;
    }

    /// <summary>Appends whole lines at the end of the file; returns the first new line's number.</summary>
    public int Append(string relative, params string[] newLines)
    {
        var text = Read(relative);
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }
        Write(relative, text + string.Join('\n', newLines) + "\n");
        return text.Count(c => c == '\n') + 1;
    }

    /// <summary>The number of the one line containing <paramref name="fragment"/>.</summary>
    public int LineOf(string relative, string fragment)
    {
        var text = Read(relative);
        return LineAt(text, IndexOfSingle(relative, text, fragment));
    }

    public BuildResult Check(bool strict = false) =>
        new BuildPipeline(new BuildOptions(Root, string.Empty, strict)).Check();

    public BuildResult Build(string? output = null, bool strict = false) =>
        new BuildPipeline(new BuildOptions(Root, output ?? Output, strict)).Build();

    /// <summary>Runs the command line as Program does (guarded), capturing both streams.</summary>
    public static CliRun Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.RunGuarded(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder does not affect other tests: each uses its own.
        }
    }

    private static int IndexOfSingle(string relative, string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"«{fragment}» not found in {relative}");
        }
        if (text.IndexOf(fragment, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"«{fragment}» occurs more than once in {relative}: make the edit unambiguous");
        }
        return at;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "pianosite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
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
