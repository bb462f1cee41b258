using System.Security.Cryptography;

namespace PianoSite.Tests;

/// <summary>Every file of a folder with the SHA-256 of its bytes: two manifests are equal when the folders are.</summary>
public static class OutputManifest
{
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "(missing)";
        }
        var lines = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Hash: Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .Select(x => $"{x.Hash} {x.Path}");
        return string.Join('\n', lines);
    }
}
