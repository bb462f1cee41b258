namespace PianoSite.Tests.Content;

internal static class Problems
{
    /// <summary>Fails listing every problem, one a line, when there is any.</summary>
    public static void None(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} problem(s):\n" + string.Join("\n", problems));
        }
    }
}
