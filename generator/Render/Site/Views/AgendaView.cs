using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/agenda-strategica/: the introduction and the ten drivers.</summary>
public sealed record AgendaView(TrustedHtml IntroHtml, ImmutableArray<DriverSummary> Drivers);
