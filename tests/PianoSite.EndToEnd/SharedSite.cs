namespace PianoSite.EndToEnd;

/// <summary>The tests that share one build, one server and one browser (<see cref="BuiltSite"/>).</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
