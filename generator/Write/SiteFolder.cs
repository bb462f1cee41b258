namespace PianoSite.Write;

/// <summary>
/// A folder holding the website's pages (<see cref="IOutputWriter.OpenSiteFolder"/>): the staging folder itself
/// for a build, a temporary copy for the files kept in memory, removed when disposed.
/// </summary>
public sealed class SiteFolder(string path, bool temporary) : IDisposable
{
    public string Path => path;

    public void Dispose()
    {
        if (temporary && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
