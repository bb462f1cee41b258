namespace PianoSite.Tests;

/// <summary>Where the repository and the test fixtures are, found from the test assembly's folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
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
