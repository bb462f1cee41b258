using System.Text;
using PianoSite.Pdf;

namespace PianoSite.Tests.Pdf;

public sealed class ArtifactMarkerTests
{
    private static string Mark(string content)
    {
        var (marked, _) = ArtifactMarker.Mark(Encoding.Latin1.GetBytes(content));
        return Encoding.Latin1.GetString(marked);
    }

    [Fact]
    public void Untagged_text_becomes_an_artifact_and_tagged_text_is_left_alone()
    {
        var content = "/P <</MCID 0 >>BDC\nBT /F1 12 Tf (tagged) Tj ET\nEMC\nBT /F1 8 Tf (pag. 2 di 39) Tj ET\n";

        var marked = Mark(content);

        Assert.Equal("/P <</MCID 0 >>BDC\nBT /F1 12 Tf (tagged) Tj ET\nEMC\n/Artifact BMC\nBT /F1 8 Tf (pag. 2 di 39) Tj ET\nEMC\n\n", marked);
    }

    [Fact]
    public void Painted_paths_become_artifacts_but_clipping_paths_do_not()
    {
        var content = "q 0 0 10 10 re W n 1 0 0 rg 0 0 5 5 re f Q";

        var marked = Mark(content);

        Assert.Equal("q 0 0 10 10 re W n 1 0 0 rg /Artifact BMC\n0 0 5 5 re f\nEMC\n Q", marked);
    }

    [Fact]
    public void Strings_with_operator_like_text_and_parentheses_do_not_confuse_the_reader()
    {
        var content = "/Span <</MCID 1 >>BDC BT (a \\) BT ET \\( EMC) Tj ET EMC /Im1 Do";

        var marked = Mark(content);

        Assert.Equal("/Span <</MCID 1 >>BDC BT (a \\) BT ET \\( EMC) Tj ET EMC /Artifact BMC\n/Im1 Do\nEMC\n", marked);
    }

    [Fact]
    public void A_stream_with_nothing_untagged_is_returned_unchanged()
    {
        var content = Encoding.Latin1.GetBytes("/Artifact BMC 0 0 1 1 re f EMC /P <</MCID 0>> BDC BT (x) Tj ET EMC");

        var (marked, count) = ArtifactMarker.Mark(content);

        Assert.Equal(0, count);
        Assert.Same(content, marked);
    }
}
