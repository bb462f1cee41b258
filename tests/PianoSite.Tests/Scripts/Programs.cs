namespace PianoSite.Tests.Scripts;

/// <summary>The programs on PATH: where dotnet is, and a PATH on which a program is missing, as on a machine without it.</summary>
public static class Programs
{
    private static string[] Folders =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Found from this process's PATH: started by its full path, dotnet runs whatever PATH its child is given.</summary>
    public static string Dotnet { get; } =
        Folders.SelectMany(folder => Names("dotnet").Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("dotnet is not on PATH");

    /// <summary>
    /// This PATH with <paramref name="program"/> left out. A folder that holds it is replaced by a folder (in
    /// <paramref name="scratch"/>) of links to its other programs: /usr/bin holds bash and coreutils too. On Windows such
    /// a folder is left out whole (dotnet and Node.js have folders of their own there).
    /// </summary>
    public static string PathWithout(string program, string scratch)
    {
        var folders = new List<string>();
        foreach (var folder in Folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            if (!Names(program).Any(name => File.Exists(Path.Combine(folder, name))))
            {
                folders.Add(folder);
            }
            else if (!OperatingSystem.IsWindows())
            {
                var links = Directory.CreateDirectory(Path.Combine(scratch, $"path-{folders.Count}-without-{program}")).FullName;
                foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != program))
                {
                    File.CreateSymbolicLink(Path.Combine(links, Path.GetFileName(entry)), entry);
                }
                folders.Add(links);
            }
        }
        return string.Join(Path.PathSeparator, folders);
    }

    private static string[] Names(string program) =>
        OperatingSystem.IsWindows() ? [program + ".exe", program + ".cmd", program + ".ps1"] : [program];
}
