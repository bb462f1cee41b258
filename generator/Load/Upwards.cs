namespace PianoSite.Load;

/// <summary>The folders from a starting one up to the file system's root: how the generator finds a plan, its checkout and npm's packages.</summary>
public static class Upwards
{
    /// <summary>The nearest of <paramref name="start"/> and its ancestors whose full path satisfies <paramref name="holds"/>, or null.</summary>
    public static string? Find(string start, Func<string, bool> holds)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (holds(dir.FullName))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
