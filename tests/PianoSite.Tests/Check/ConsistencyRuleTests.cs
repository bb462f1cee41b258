using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Check;

/// <summary>The consistency warnings of Check/Rules: PS3001 … PS3004.</summary>
public sealed class ConsistencyRuleTests
{
    private const string M1 = "content/missioni/m1.yml";

    [Fact]
    public void The_same_objective_text_twice_is_warning_PS3001_at_the_second()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "text: Banda larga per le imprese", "text: Servizi digitali per i Comuni");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.Only(result, Codes.DuplicateObjectiveText, M1, 11, 5);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("M1.2", diagnostic.Subject);
        Assert.Equal("l'obiettivo M1.2 ha lo stesso testo dell'obiettivo M1.1", diagnostic.Message);
    }

    [Fact]
    public void Texts_differing_only_in_surrounding_spaces_are_the_same_text()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "text: Banda larga per le imprese", "text: \"Servizi digitali per i Comuni \"");

        DiagnosticAssert.One(plan.Check(), Codes.DuplicateObjectiveText, M1, 11, 5);
    }

    [Fact]
    public void An_actor_that_acts_in_none_of_the_objectives_components_is_warning_PS3002_at_the_actor()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "actors: [cm, comuni]", "actors: [cm, comuni, corpi-intermedi]");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.ActorNotCoveredByComponents, M1, line, 26);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("M1.1 corpi-intermedi", diagnostic.Subject);
        Assert.Equal("l'obiettivo M1.1 coinvolge l'attore «corpi-intermedi», che non opera in alcuna delle sue componenti (M1C1)", diagnostic.Message);
    }

    [Fact]
    public void An_actor_covered_by_any_one_of_several_components_is_fine()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "actors: [cm, comuni]", "actors: [cm, comuni, corpi-intermedi]");
        plan.Replace(M1, "components: [M1C1]", "components: [M1C1, M1C2]");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void A_component_that_no_objective_serves_is_warning_PS3003_at_the_component()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/pnrr.yml", "  - code: M2C2", "    title: Transizione energetica", "    actors: [cm]");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.ComponentWithoutObjective, "content/pnrr.yml", line, 5);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("M2C2", diagnostic.Subject);
        Assert.Equal("nessun obiettivo è collegato alla componente M2C2", diagnostic.Message);
    }

    [Fact]
    public void A_driver_that_no_objective_carries_out_is_warning_PS3004_at_its_file()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/agenda/02-verde.md", "---\nnumber: 2\ntitle: Verde\nsubtitle: Parchi\nlead: Più alberi.\n---\nTesto.\n");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DriverWithoutObjective, "content/agenda/02-verde.md", 1, 1);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("driver 2", diagnostic.Subject);
        Assert.StartsWith("nessun obiettivo è collegato al driver 2 «Verde»", diagnostic.Message, StringComparison.Ordinal);
    }
}
