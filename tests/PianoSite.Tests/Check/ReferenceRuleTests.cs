using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Check;

/// <summary>The reference rules of Check/Rules: PS2001 … PS2008, each on one edit of the minimal plan.</summary>
public sealed class ReferenceRuleTests
{
    private const string M1 = "content/missioni/m1.yml";
    private const string M2 = "content/missioni/m2.yml";

    [Fact]
    public void An_objective_without_components_line_is_PS2001_at_the_objective()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine(M1, "components: [M1C2]");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.ObjectiveWithoutComponent, M1, 11, 5);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("M1.2", diagnostic.Subject);
        Assert.Equal("l'obiettivo M1.2 non è collegato ad alcuna componente PNRR: aggiungere components: [M1C1] (o il codice giusto)", diagnostic.Message);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("components: []")]
    [InlineData("components:")]
    [InlineData("components: ~")]
    public void An_objective_with_an_empty_components_list_is_PS2001(string empty)
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M2, "components: [M2C1]", empty);

        DiagnosticAssert.One(plan.Check(), Codes.ObjectiveWithoutComponent, M2, 6, 5);
    }

    [Theory]
    [InlineData("m2c1")]
    [InlineData("M2CI")]
    [InlineData("M2C")]
    public void An_unknown_component_is_PS2002_at_the_code_with_a_suggestion(string mistyped)
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M2, "components: [M2C1]", $"components: [{mistyped}]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownComponent, M2, line, 18);

        Assert.Equal($"l'obiettivo M2.1 cita la componente «{mistyped}», che non esiste in pnrr.yml: forse si intendeva «M2C1»?", diagnostic.Message);
        Assert.Equal("M2.1", diagnostic.Subject);
    }

    [Fact]
    public void An_unknown_component_far_from_every_code_gets_no_suggestion()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M2, "components: [M2C1]", "components: [Economia circolare]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownComponent);

        Assert.EndsWith("che non esiste in pnrr.yml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_of_another_mission_is_warning_PS2003_at_that_code()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M2, "components: [M2C1]", "components: [M2C1, M1C1]");

        var result = plan.Check();

        // "    components: [M2C1, " is 23 characters.
        var diagnostic = DiagnosticAssert.Only(result, Codes.ComponentOfOtherMission, M2, line, 24);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("M2.1 M1C1", diagnostic.Subject);
        Assert.True(result.Succeeded);
        Assert.False(plan.Check(strict: true).Succeeded);
    }

    [Fact]
    public void An_unknown_actor_of_an_objective_is_PS2004_with_a_suggestion()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "actors: [cm, comuni]", "actors: [cm, comune]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownActor, M1, line, 18);

        Assert.Equal("l'obiettivo M1.1 cita l'attore «comune», che non esiste: gli attori sono cm, comuni, corpi-intermedi: forse si intendeva «comuni»?", diagnostic.Message);
        Assert.Equal("M1.1", diagnostic.Subject);
    }

    [Fact]
    public void An_unknown_actor_of_a_component_is_PS2004()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace("content/pnrr.yml", "actors: [cm, corpi-intermedi]", "actors: [cm, regione]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownActor, "content/pnrr.yml", line, 18);

        Assert.StartsWith("la componente M2C1 cita l'attore «regione»", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("M2C1", diagnostic.Subject);
    }

    [Fact]
    public void An_unknown_vision_keyword_is_PS2005_with_a_suggestion()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M2, "keywords: [sostenibilita]", "keywords: [sostenibilità]");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.UnknownKeyword, M2, line, 12);

        Assert.EndsWith("forse si intendeva «sostenibilita»?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("M2", diagnostic.Subject);
    }

    [Fact]
    public void An_unknown_driver_is_PS2006_at_the_number()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M2, "drivers: [1]", "drivers: [1, 7]");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.UnknownDriver, M2, line, 18);

        Assert.Equal("l'obiettivo M2.1 cita il driver 7, che non esiste in content/agenda/", diagnostic.Message);
    }

    [Fact]
    public void Drivers_are_optional_on_an_objective()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine(M2, "drivers: [1]");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void A_repeated_objective_number_in_one_mission_is_PS2007_at_the_second()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "n: 2", "n: 1");

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.DuplicateObjectiveNumber, M1, 11, 5);

        Assert.Equal("il numero 1 è già usato da un altro obiettivo della missione M1 (riga 6)", diagnostic.Message);
    }

    [Fact]
    public void The_same_objective_number_in_two_missions_is_fine()
    {
        using var plan = FixturePlan.Minimal();

        var model = plan.Check(strict: true).Plan!;

        Assert.Equal(2, model.Objectives.Count(o => o.Number == 1));
    }

    [Theory]
    [InlineData("actors: [cm]", "actors: []")]
    [InlineData("    actors: [cm]\n", "")]
    public void An_objective_without_actors_is_PS2008_at_the_objective(string line, string replacement)
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M2, line, replacement);

        var diagnostic = DiagnosticAssert.Only(plan.Check(), Codes.ObjectiveWithoutActor, M2, 6, 5);

        Assert.Equal("l'obiettivo M2.1 non ha alcun attore: indicare in actors almeno uno tra cm, comuni, corpi-intermedi", diagnostic.Message);
    }
}
