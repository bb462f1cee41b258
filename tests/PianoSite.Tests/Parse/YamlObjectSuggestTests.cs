using PianoSite.Parse;

namespace PianoSite.Tests.Parse;

/// <summary>"forse si intendeva …?": the closest known word to a mistyped key, id or code.</summary>
public sealed class YamlObjectSuggestTests
{
    private static readonly string[] ObjectiveKeys = ["n", "text", "actors", "components", "drivers"];
    private static readonly string[] Components = ["M1C1", "M1C2", "M2C1"];
    private static readonly string[] Actors = ["cm", "comuni", "corpi-intermedi"];

    [Theory]
    [InlineData("txet", "text")]
    [InlineData("Text", "text")]
    [InlineData("TEXT", "text")]
    [InlineData("actor", "actors")]
    [InlineData("componets", "components")]
    [InlineData("component", "components")]
    [InlineData("driver", "drivers")]
    public void A_mistyped_key_suggests_the_known_key(string unknown, string expected) =>
        Assert.Equal(expected, YamlObject.Suggest(unknown, ObjectiveKeys));

    [Theory]
    [InlineData("scadenza")]
    [InlineData("responsabile")]
    [InlineData("testo_lungo")]
    public void A_word_far_from_every_key_suggests_nothing(string unknown) =>
        Assert.Null(YamlObject.Suggest(unknown, ObjectiveKeys));

    [Theory]
    [InlineData("comune", "comuni")]
    [InlineData("corpi intermedi", "corpi-intermedi")]
    [InlineData("corpi_intermedi", "corpi-intermedi")]
    [InlineData("CM", "cm")]
    public void A_mistyped_actor_suggests_the_actor(string unknown, string expected) =>
        Assert.Equal(expected, YamlObject.Suggest(unknown, Actors));

    [Theory]
    [InlineData("M1C3", "M1C1")]
    [InlineData("m1c2", "M1C2")]
    [InlineData("M2C", "M2C1")]
    public void A_mistyped_component_code_suggests_the_code_whatever_its_case(string unknown, string expected) =>
        Assert.Equal(expected, YamlObject.Suggest(unknown, Components));

    [Fact]
    public void Ties_go_to_the_first_key_in_ordinal_order_so_the_suggestion_is_stable() =>
        Assert.Equal("M1C1", YamlObject.Suggest("M1C9", ["M1C2", "M1C1"]));

    [Fact]
    public void The_nearest_key_wins_over_a_farther_one() =>
        Assert.Equal("title", YamlObject.Suggest("titl", ["short_title", "title"]));

    [Fact]
    public void Longer_keys_tolerate_more_typing_mistakes()
    {
        Assert.Equal("short_title", YamlObject.Suggest("shrt_ttle", ["title", "short_title"]));
        Assert.Null(YamlObject.Suggest("tl", ["title"]));
    }

    [Fact]
    public void No_known_keys_means_no_suggestion() =>
        Assert.Null(YamlObject.Suggest("text", []));
}
