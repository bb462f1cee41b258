using System.Net;

namespace PianoSite.Tests.Serve;

/// <summary>«Genera PDF»: the PDF edition printed on request by the preview, with real Chromium.</summary>
public sealed class PreviewPdfTests
{
    [Fact]
    public async Task Genera_PDF_prints_the_plan_and_the_pdf_is_then_served()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = preview.Server.Address,
            Timeout = TimeSpan.FromMinutes(5),
        };

        var (home, page) = await preview.GetAsync("/");
        Assert.Equal(200, home);
        Assert.Contains("<form method=\"post\" action=\"/_preview/pdf\"><button type=\"submit\" class=\"anteprima-pulsante\">Genera PDF</button></form>", page);
        var (before, notYet) = await preview.GetAsync("/pdf/psttm-2025-2027.pdf");
        Assert.Equal(404, before);
        Assert.Contains("Il PDF non è ancora stato generato", notYet);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/_preview/pdf", UriKind.Relative));
        request.Headers.Add("Origin", preview.Server.Address.GetLeftPart(UriPartial.Authority));
        using var generated = await noRedirect.SendAsync(request);

        Assert.True(generated.StatusCode == HttpStatusCode.SeeOther,
            $"«Genera PDF» answered {(int)generated.StatusCode}: {await generated.Content.ReadAsStringAsync()}");
        Assert.Equal("/pdf/psttm-2025-2027.pdf", generated.Headers.Location!.OriginalString);
        using var pdf = await preview.Http.GetAsync(new Uri("/pdf/psttm-2025-2027.pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.ToString());
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8));
        Assert.True(bytes.Length > 50_000, $"the PDF has only {bytes.Length} bytes");
        Assert.Contains("PDF generato →", preview.Log);
    }

    [Fact]
    public async Task The_button_is_not_offered_while_the_plan_has_errors()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();

        preview.Replace("content/missioni/m1.yml", "    components: [M1C2]\n", string.Empty);
        await events.NextReloadOfAsync("/");

        var (_, page) = await preview.GetAsync("/");
        Assert.Contains("anteprima-errori", page);
        Assert.DoesNotContain("Genera PDF", page);
    }
}
