using System.Collections.Immutable;
using PianoSite.Render.Charts;

namespace PianoSite.Render.Site;

/// <summary>/piano-in-cifre/: the plan at a glance, three charts drawn at build time (<see cref="ChartBuilder"/>).</summary>
public sealed record FiguresView(ImmutableArray<Chart> Charts);
