using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Check;

/// <summary>The minimal fixture is the valid starting point of every invalid-input test: it must stay clean.</summary>
public sealed class MinimalFixtureTests
{
    [Fact]
    public void The_minimal_plan_passes_the_strict_check_with_no_diagnostics_at_all()
    {
        using var plan = FixturePlan.Minimal();

        var result = plan.Check(strict: true);

        DiagnosticAssert.Clean(result);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_minimal_plan_has_the_counts_its_files_describe()
    {
        using var plan = FixturePlan.Minimal();

        var model = plan.Check().Plan!;

        Assert.Equal(["M1", "M2"], model.Missions.Select(m => m.Code));
        Assert.Equal(["M1C1", "M1C2", "M2C1"], model.Components.Select(c => c.Code));
        Assert.Equal(["M1.1", "M1.2", "M2.1"], model.Objectives.Select(o => o.Id));
        Assert.Equal(["cm", "comuni", "corpi-intermedi"], model.Actors.Select(a => a.Id));
        Assert.Equal("01-citta-digitale", model.Drivers.Single().Slug);
        Assert.Equal("visione", model.Pages.Single().Slug);
        Assert.Empty(model.AcceptedWarnings);
    }

    [Fact]
    public void Every_record_of_the_minimal_plan_knows_where_it_was_written()
    {
        using var plan = FixturePlan.Minimal();

        var model = plan.Check().Plan!;

        var m12 = model.Objectives.Single(o => o.Id == "M1.2");
        Assert.Equal(new SourceSpan("content/missioni/m1.yml", 11, 5), m12.Span);
        Assert.Equal(new SourceSpan("content/missioni/m1.yml", 13, 18), m12.Actors[1].Span);
        Assert.Equal(new SourceSpan("content/pnrr.yml", 13, 5), model.Components.Single(c => c.Code == "M2C1").Span);
        Assert.Equal(new SourceSpan("content/agenda/01-citta-digitale.md", 1, 1), model.Drivers.Single().Span);
    }

    [Fact]
    public void The_minimal_plan_prose_is_rendered_once_by_the_parse_stage()
    {
        using var plan = FixturePlan.Minimal();

        var model = plan.Check().Plan!;

        Assert.Contains("<strong>servizi digitali</strong>", model.Missions[0].Intro.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/visione/\">visione</a>", model.Drivers[0].Body.Html, StringComparison.Ordinal);
        Assert.Equal("La visione del piano di prova.", model.Pages[0].Body.PlainText);
    }
}
