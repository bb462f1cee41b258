using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Check;

/// <summary>
/// Warnings accepted in content/controlli.yml: they stay listed, marked accepted; --strict fails only on
/// unaccepted warnings; an acceptance that matches nothing is PS3005.
/// </summary>
public sealed class AcceptanceTests
{
    private const string Checks = "content/controlli.yml";
    private const string Reason = "Il PNRR finanzia questa azione con la componente M1C1.";

    /// <summary>The minimal plan with one warning: PS2003 for M2.1 citing M1C1, a component of mission M1.</summary>
    private static FixturePlan PlanWithOneWarning()
    {
        var plan = FixturePlan.Minimal();
        plan.Replace("content/missioni/m2.yml", "components: [M2C1]", "components: [M2C1, M1C1]");
        return plan;
    }

    private static void Accept(FixturePlan plan, string code, string subject) =>
        plan.Write(Checks, $"accepted:\n  - code: {code}\n    subject: {subject}\n    reason: {Reason}\n");

    [Fact]
    public void An_accepted_warning_is_still_listed_and_marked_with_its_reason()
    {
        using var plan = PlanWithOneWarning();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C1");

        var result = plan.Check(strict: true);

        var diagnostic = DiagnosticAssert.Only(result, Codes.ComponentOfOtherMission, "content/missioni/m2.yml", 9, 24);
        Assert.True(diagnostic.IsAccepted);
        Assert.Equal(Reason, diagnostic.AcceptedBecause);
        Assert.EndsWith($" [accettato: {Reason}]", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, 0, 1), (result.ErrorCount, result.WarningCount, result.AcceptedCount));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_CLI_prints_an_accepted_warning_and_passes_strict()
    {
        using var plan = PlanWithOneWarning();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C1");

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--strict");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"content/missioni/m2.yml:9:24: warning PS2003: l'obiettivo M2.1 della missione M2 è collegato alla componente M1C1 di un'altra missione: verificare, oppure accettare l'avviso in controlli.yml [accettato: {Reason}]", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 errori, 0 avvisi, 1 avviso accettato.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unaccepted_warning_fails_only_with_strict()
    {
        using var plan = PlanWithOneWarning();

        var lenient = FixturePlan.Cli("check", "--root", plan.Root);
        var strict = FixturePlan.Cli("check", "--root", plan.Root, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("0 errori, 1 avviso, 0 avvisi accettati.", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("Avvisi non accettati con --strict: controllo non superato.", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_fails_on_the_unaccepted_warning_even_when_another_is_accepted()
    {
        using var plan = PlanWithOneWarning();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C1");
        plan.Replace("content/missioni/m1.yml", "actors: [cm, comuni]", "actors: [cm, comuni, corpi-intermedi]");

        var result = plan.Check(strict: true);

        Assert.Equal((0, 1, 1), (result.ErrorCount, result.WarningCount, result.AcceptedCount));
        Assert.False(result.Succeeded);
        Assert.False(DiagnosticAssert.One(result, Codes.ActorNotCoveredByComponents).IsAccepted);
    }

    [Fact]
    public void An_acceptance_that_matches_no_warning_is_PS3005_at_the_acceptance()
    {
        using var plan = FixturePlan.Minimal();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C1");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.Only(result, Codes.UnusedAcceptance, Checks, 2, 5);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("l'avviso accettato PS2003 «M2.1 M1C1» non si presenta più: togliere la voce da controlli.yml", diagnostic.Message);
        Assert.True(result.Succeeded);
        Assert.False(plan.Check(strict: true).Succeeded);
        Assert.Equal(1, FixturePlan.Cli("check", "--root", plan.Root, "--strict").ExitCode);
    }

    [Fact]
    public void An_acceptance_for_another_subject_accepts_nothing()
    {
        using var plan = PlanWithOneWarning();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C2");

        var result = plan.Check(strict: true);

        Assert.False(DiagnosticAssert.One(result, Codes.ComponentOfOtherMission).IsAccepted);
        DiagnosticAssert.One(result, Codes.UnusedAcceptance, Checks, 2, 5);
        Assert.Equal(2, result.WarningCount);
    }

    [Fact]
    public void An_error_cannot_be_accepted()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m2.yml", "components: [M2C1]");
        Accept(plan, Codes.ObjectiveWithoutComponent, "M2.1");

        var result = plan.Check();

        Assert.False(DiagnosticAssert.One(result, Codes.ObjectiveWithoutComponent).IsAccepted);
        DiagnosticAssert.One(result, Codes.UnusedAcceptance, Checks, 2, 5);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Every_warning_with_a_subject_can_be_accepted()
    {
        using var plan = FixturePlan.Minimal();
        plan.Move("content/agenda/01-citta-digitale.md", "content/agenda/02-citta-digitale.md");
        plan.Write("content/note.txt", "appunti\n");
        plan.Write(Checks, $"""
            accepted:
              - code: PS2013
                subject: 02-citta-digitale
                reason: {Reason}
              - code: PS0006
                subject: content/note.txt
                reason: {Reason}
            """);

        var result = plan.Check(strict: true);

        Assert.Equal(2, result.AcceptedCount);
        Assert.True(result.Succeeded, DiagnosticAssert.Describe(result));
    }

    [Theory]
    [InlineData("accepted:\n")]
    [InlineData("accepted: []\n")]
    [InlineData("# Nessun avviso accettato.\naccepted:\n")]
    public void An_empty_list_of_acceptances_is_valid(string text)
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(Checks, text);

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void An_acceptance_without_a_reason_is_PS1003_and_accepts_nothing()
    {
        using var plan = PlanWithOneWarning();
        plan.Write(Checks, "accepted:\n  - code: PS2003\n    subject: M2.1 M1C1\n");

        var result = plan.Check(strict: true);

        var diagnostic = DiagnosticAssert.One(result, Codes.MissingField, Checks, 2, 5);
        Assert.Contains("«reason» in un avviso accettato", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(DiagnosticAssert.One(result, Codes.ComponentOfOtherMission).IsAccepted);
    }

    [Fact]
    public void Accepted_warnings_carry_their_reason_in_the_JSON_report()
    {
        using var plan = PlanWithOneWarning();
        Accept(plan, Codes.ComponentOfOtherMission, "M2.1 M1C1");

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(Reason, diagnostic.GetProperty("accepted").GetString());
        Assert.Equal("M2.1 M1C1", diagnostic.GetProperty("subject").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetInt32());
    }
}
