using PianoSite.Pdf;

namespace PianoSite.Tests.Pdf;

public sealed class OutlineTitlesTests
{
    [Theory]
    [InlineData("Indice", "Indice")]
    [InlineData("IndiceIndice", "Indice")]
    [InlineData("Missione 1. Digitalizzazione, innovazione,competitività, cultura e turismo", "Missione 1. Digitalizzazione, innovazione, competitività, cultura e turismo")]
    [InlineData("Missione 1. Digitalizzazione, innovazione,Missione 1. Digitalizzazione, innovazione,competitività, cultura e turismo", "Missione 1. Digitalizzazione, innovazione, competitività, cultura e turismo")]
    public void Chromium_bookmark_titles_are_recognised(string bookmark, string heading) =>
        Assert.True(OutlineTitles.Matches(bookmark, heading));

    [Theory]
    [InlineData("Missione 1", "Missione 11")]
    [InlineData("Driver 1. Campus", "Driver 10. Sistema salute territorio")]
    [InlineData("XIndice", "Indice")]
    [InlineData("Indice", "")]
    public void Other_titles_are_not(string bookmark, string heading) =>
        Assert.False(OutlineTitles.Matches(bookmark, heading));

    [Fact]
    public void Headings_are_read_from_the_page_in_order()
    {
        using var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<h1>Titolo\n  del piano</h1><p>x</p><h2 id=a>Indice</h2><section><h3>Driver <em>1</em>. Campus</h3></section>");

        var headings = OutlineTitles.Headings(page);

        Assert.Equal(["Titolo del piano", "Indice", "Driver 1. Campus"], headings);
    }
}
