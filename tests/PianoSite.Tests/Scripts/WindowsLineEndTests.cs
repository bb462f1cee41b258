using System.Text;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Scripts;

/// <summary>
/// A Windows checkout has LF line ends (.gitattributes), but an editor may save a file with CRLF before it is committed:
/// the plan and its templates saved that way build the same site. Assets (templates/assets/) are copied into the site as
/// they are, which is why .gitattributes keeps them LF too.
/// </summary>
public sealed class WindowsLineEndTests
{
    [Fact]
    public void The_plan_and_its_templates_saved_with_Windows_line_ends_build_the_same_site()
    {
        using var plain = FixturePlan.RealContent();
        using var windows = FixturePlan.RealContent();
        var assets = Path.Combine(windows.PathOf("templates"), "assets") + Path.DirectorySeparatorChar;
        var converted = 0;
        foreach (var file in Directory.EnumerateFiles(windows.PathOf("content"), "*", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(windows.PathOf("templates"), "*", SearchOption.AllDirectories))
                     .Where(f => !f.StartsWith(assets, StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            Assert.DoesNotContain('\r', text);
            File.WriteAllText(file, text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false));
            converted++;
        }

        var plainBuild = plain.Build();
        var windowsBuild = windows.Build();

        Assert.True(converted > 40, $"only {converted} files converted");
        Assert.True(plainBuild.Succeeded && windowsBuild.Succeeded, string.Join('\n', windowsBuild.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(OutputHashes.Of(plain.Output), OutputHashes.Of(windows.Output));
    }
}
