using PianoSite.Pdf;

namespace PianoSite.Tests.Scripts;

/// <summary>
/// The scripts install or ask for a browser only where the generator would find none: they look for the generator's
/// browsers (<see cref="BrowserLocator"/>), in its order.
/// </summary>
public sealed class ScriptBrowserListTests
{
    public static TheoryData<string> Scripts => new() { "build.sh", "build.ps1" };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_script_looks_for_the_generators_linux_and_mac_browsers_in_its_order(string script)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, script));

        AssertInOrder(text, BrowserLocator.LinuxCandidates);
        AssertInOrder(text, BrowserLocator.MacCandidates);
    }

    [Fact]
    public void The_powershell_script_looks_for_the_generators_windows_browsers_in_its_order()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "build.ps1"));

        AssertInOrder(text, BrowserLocator.WindowsPrograms);
        AssertInOrder(text, ["${env:ProgramFiles(x86)}", "$env:ProgramFiles", "$env:LOCALAPPDATA"]);
    }

    private static void AssertInOrder(string text, IEnumerable<string> candidates)
    {
        var from = 0;
        foreach (var candidate in candidates)
        {
            var at = text.IndexOf(candidate, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{candidate} is not in the script after the browsers before it");
            from = at + candidate.Length;
        }
    }
}
