using PianoSite.Render.Site;

namespace PianoSite.Tests.Site;

/// <summary>A page's meta description is the plan's own words, on one line, cut where a search engine would.</summary>
public sealed class MetaDescriptionTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\n ")]
    public void No_text_gives_no_description(string? text) => Assert.Null(MetaDescription.Of(text));

    [Fact]
    public void A_short_text_stays_whole_on_one_line()
    {
        Assert.Equal("La quarta Missione incide su fattori indispensabili.", MetaDescription.Of("  La quarta Missione\nincide su   fattori indispensabili.\n"));
    }

    [Fact]
    public void Only_the_first_paragraph_is_taken()
    {
        Assert.Equal("Primo paragrafo.", MetaDescription.Of("Primo paragrafo.\n\nSecondo paragrafo, che non entra."));
    }

    [Fact]
    public void A_long_text_keeps_its_first_sentences_when_they_fit()
    {
        var first = "La prima Missione si propone di promuovere e sostenere la transizione digitale nel settore privato.";
        var text = first + " Investe inoltre nei due settori chiave di turismo e cultura, con risorse dedicate e progetti condivisi con i Comuni.";
        Assert.Equal(first, MetaDescription.Of(text));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = "Il Campus Metropolitano Smart intende promuovere la condivisione di applicazioni innovative tra tutti gli attori pubblici del territorio per la realizzazione di un sistema integrato, in grado di sostenere la valorizzazione del territorio";
        var description = MetaDescription.Of(text)!;
        Assert.True(description.Length <= MetaDescription.MaxLength, description);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.StartsWith(description[..^1], text, StringComparison.Ordinal);   // the plan's words, never rewritten
        Assert.Equal(' ', text[description.Length - 1]);                         // cut between two words
    }

    [Fact]
    public void Punctuation_before_the_cut_is_dropped()
    {
        var text = string.Concat(Enumerable.Repeat("parola ", 21)) + "virgola, e poi ancora molte altre parole che non entrano nella descrizione della pagina";
        var description = MetaDescription.Of(text)!;
        Assert.DoesNotContain(",…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        var text = "Percorsi di alfabetizzazione digitale orientati ai rapporti con la P.A. e il sistema sanitario, per tutta la cittadinanza metropolitana e per le imprese del territorio.";
        var description = MetaDescription.Of(text)!;
        Assert.NotEqual("Percorsi di alfabetizzazione digitale orientati ai rapporti con la P.A.", description);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_sentence_too_short_to_say_much_is_not_taken_alone()
    {
        var text = "Breve frase. " + string.Concat(Enumerable.Repeat("Altre parole del piano che continuano ", 6));
        var description = MetaDescription.Of(text)!;
        Assert.StartsWith("Breve frase. Altre parole", description, StringComparison.Ordinal);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }
}
