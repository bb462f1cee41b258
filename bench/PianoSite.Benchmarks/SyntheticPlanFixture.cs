using PianoSite.Synth;

namespace PianoSite.Benchmarks;

/// <summary>A synthetic plan written once into a temporary folder, with the repository as word source and templates.</summary>
public sealed class SyntheticPlanFixture : IDisposable
{
    public SyntheticPlanFixture(int objectives)
    {
        Repository = FindRepository();
        Root = Path.Combine(Path.GetTempPath(), $"pianosite-bench-{objectives}-{Environment.ProcessId}");
        var diagnostics = SyntheticPlanGenerator.Generate(Repository, new SynthOptions(objectives, SynthOptions.DefaultDrivers(objectives), Seed: 1), Root);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, diagnostics));
        }
    }

    /// <summary>The PianoSite checkout: word source, templates and node_modules.</summary>
    public string Repository { get; }

    public string Root { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PianoSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PianoSite.sln not found above " + AppContext.BaseDirectory);
    }
}
