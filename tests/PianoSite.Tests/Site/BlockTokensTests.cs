using System.Text;
using PianoSite.Verify;

namespace PianoSite.Tests.Site;

/// <summary>
/// The rows of a page are read together, several with one tokenizer (<see cref="BlockTokens.ReadAll"/>): each row
/// must give exactly what reading it alone gives, whatever the rows around it hold.
/// </summary>
public sealed class BlockTokensTests
{
    private static readonly string[] Rows =
    [
        "<tr id=\"r1\">\n  <th scope=\"row\"><a href=\"m1/index.html#o1\">M1.1</a></th>\n  <td data-pagefind-ignore><a href=\"c.html\">C</a></td>\n</tr>\n",
        "",
        "<tr><td>città € 𝄞 <a href=\"è.html\" id=\"è\">è</a></td></tr>",
        "<div><h2 id=\"t\">Un titolo</h2><a href=\"dopo.html\">dopo</a></div>",   // a heading: not replayable
        "<tr><td><a href=\"x.html\" title=\"non chiuso",                          // ends inside a tag
        "<tr id=\"dopo-il-tag\"><td><a href=\"y.html\">y</a></td></tr>",
        "<p>un commento che non finisce <!-- ecco",                              // ends inside a comment
        "<table><tr><th>a</th></tr></table><a name=\"n\"></a>",
        "<script>if (a < b) { x = '<a href=\"s\">'; }",                         // ends inside raw text
        "<span id=\"s\">il marcatore di fine, per scritto: &lt;!--pianosite-block-end--&gt; <!--pianosite-block-end--></span>",
        "<tr><td>non bilanciata<td>due</tr>",
        "<ul>\n<li id=\"l1\">uno\n<li id=\"l2\">due\n</ul>",
    ];

    public static TheoryData<int> Orders => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Rows_read_together_give_what_each_gives_alone(int seed)
    {
        var rows = Rows.Select(Encoding.UTF8.GetBytes).ToList();
        rows.AddRange(Enumerable.Range(0, 60).Select(i => Encoding.UTF8.GetBytes($"<tr id=\"n{i}\"><td>{new string('x', i * 37)}</td></tr>\n")));   // more than one batch
        var random = new Random(seed);
        var shuffled = seed == 0 ? rows : [.. rows.OrderBy(_ => random.Next())];

        var together = BlockTokens.ReadAll(shuffled, Attributes, "data-pagefind-ignore");

        for (var i = 0; i < shuffled.Count; i++)
        {
            var alone = BlockTokens.Read(shuffled[i], Attributes, "data-pagefind-ignore");
            var text = Encoding.UTF8.GetString(shuffled[i]);
            Assert.True(alone.Replayable == together[i].Replayable, text);
            Assert.Equal((alone.Newlines, alone.LastLineLength), (together[i].Newlines, together[i].LastLineLength));
            if (alone.Replayable)
            {
                Assert.Equal(Describe(alone), Describe(together[i]));
            }
        }
    }

    [Fact]
    public void A_row_that_ends_inside_a_tag_is_not_replayable_and_the_next_row_is_read_as_alone()
    {
        var rows = new[] { "<a href=\"x\" title=\"aperto", "<tr id=\"r\"><td>x</td></tr>" }.Select(Encoding.UTF8.GetBytes).ToArray();

        var read = BlockTokens.ReadAll(rows, Attributes, "data-pagefind-ignore");

        Assert.False(read[0].Replayable);
        Assert.True(read[1].Replayable);
        Assert.Equal(("tr", "r", 1, 1), (read[1].Tokens[0].Name, read[1].Tokens[0].Attribute("id"), read[1].Tokens[0].Line, read[1].Tokens[0].Column));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Attributes = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, "id", "href", "name", "data-pagefind-ignore", "data-pagefind-body");

    private static string Describe(BlockTokens tokens) =>
        $"{tokens.Balanced} {string.Join(' ', tokens.MarkedParts)} " + string.Join(" | ", tokens.Tokens.Select(t =>
            $"{t.Kind} {t.Name} {t.Line}:{t.Column} {string.Join(',', t.Attributes.Select(a => a.Key + "=" + a.Value))}"));
}
