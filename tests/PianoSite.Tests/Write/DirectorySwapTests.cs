using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>
/// The swap of the output folder as it runs where renameat2 does not exist (Windows, macOS): three renames, run here on
/// Linux through the same method.
/// </summary>
public sealed class DirectorySwapTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pianosite-swap-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_renames_put_the_new_folder_in_place_and_the_old_one_where_the_new_one_was()
    {
        var staging = Make("staging", "new");
        var output = Make("output", "old");

        DirectorySwap.ExchangeByRenames(staging, output);

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(staging, "index.html")));
        Assert.False(Directory.Exists(staging + ".old"));
    }

    [Fact]
    public void When_the_new_folder_cannot_be_moved_in_the_output_goes_back_in_its_place()
    {
        var output = Make("output", "old");
        var missing = Path.Combine(folder, "staging");   // a move that fails after the output was parked

        Assert.ThrowsAny<IOException>(() => DirectorySwap.ExchangeByRenames(missing, output));

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private string Make(string name, string content)
    {
        var path = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
        File.WriteAllText(Path.Combine(path, "index.html"), content);
        return path;
    }
}
