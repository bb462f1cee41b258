namespace PianoSite.EndToEnd;

/// <summary>The repository's root, found from the test assembly's folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PianoSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PianoSite.sln not found above " + AppContext.BaseDirectory);
    }
}
