using System.Collections.Immutable;
using System.Globalization;

namespace PianoSite.Render.Charts;

/// <summary>
/// The charts' colours. Bars contrast with the white page by at least 3:1 (WCAG 2.1, 1.4.11, graphical objects);
/// every number written on a coloured cell contrasts with it by at least 4.5:1 (1.4.3). Colour is never the only
/// cue: each bar's label names what it measures, and each cell writes its count. ChartPaletteTests measures them.
/// </summary>
public static class ChartPalette
{
    public const string Background = "#ffffff";
    public const string Text = "#1a1a1a";

    /// <summary>One colour per actor, in the order of piano.yml (repeated past the third).</summary>
    public static ImmutableArray<string> Series { get; } = ["#0066cc", "#00805a", "#a14d00"];

    /// <summary>The single colour of a one-series chart.</summary>
    public const string OneSeries = "#17324d";

    /// <summary>The cells of a count grid: fill and text colour for 0, 1, 2–3 and 4 or more.</summary>
    public static ImmutableArray<(string Label, string Fill, string TextFill, int From)> Steps { get; } =
    [
        ("nessun obiettivo", "#f2f2f2", "#404040", 0),
        ("1 obiettivo", "#cfe2f5", Text, 1),
        ("2 o 3 obiettivi", "#6fa3d8", Text, 2),
        ("4 obiettivi o più", "#0b4f8a", "#ffffff", 4),
    ];

    public static (string Fill, string TextFill) Step(int value)
    {
        var step = Steps.Last(s => value >= s.From);
        return (step.Fill, step.TextFill);
    }

    /// <summary>The WCAG 2.1 contrast ratio of two colours written #rrggbb.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string colour)
    {
        double Channel(int at)
        {
            var c = int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
