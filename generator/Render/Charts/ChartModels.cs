using System.Collections.Immutable;

namespace PianoSite.Render.Charts;

// The view models of "Il piano in cifre": each chart's geometry is computed here, so that the SVG templates
// (templates/includes/chart-*.sbn-html) only write it. Bar lengths are percentages of the drawing's width and
// text sizes are CSS pixels: the drawing stretches with the page and its text stays readable at 320 px.

/// <summary>A chart: its title (a heading), a text summary, the drawing, and the same numbers as a table.</summary>
/// <param name="Id">the base of the ids of its heading, summary and table ("grafico-missioni").</param>
public sealed record Chart(string Id, string Title, string Summary, BarDrawing? Bars, MatrixDrawing? Matrix, ChartTable Table, ImmutableArray<LegendItem> Legend)
{
    public string TitleId => $"{Id}-titolo";

    public string SummaryId => $"{Id}-sintesi";

    /// <summary>The drawing's accessible name in one string (the print edition's figure alternative text).</summary>
    public string AltText => $"{Title}. {Summary}";
}

/// <summary>Horizontal bars in groups (a mission, say): each bar with its label and value written above it.</summary>
/// <param name="TextSize">the labels' font size in CSS pixels (the groups' labels are one pixel larger).</param>
public sealed record BarDrawing(int Height, int TextSize, ImmutableArray<BarGroup> Groups)
{
    public int GroupTextSize => TextSize + 1;
}

/// <param name="Y">the baseline of the group's label, in pixels from the top.</param>
public sealed record BarGroup(string Label, int Y, ImmutableArray<Bar> Bars);

/// <param name="LabelY">the baseline of the bar's label.</param>
/// <param name="BarY">the top of the bar.</param>
/// <param name="Width">the bar's length, a percentage of the drawing's width ("62.5%").</param>
public sealed record Bar(string Label, int Value, int LabelY, int BarY, int BarHeight, string Width, string Fill);

/// <summary>A grid of counts (drivers × missions): each cell coloured by its count, with the count written in it.</summary>
public sealed record MatrixDrawing(int Height, string HeaderY, ImmutableArray<MatrixColumn> Columns, ImmutableArray<MatrixRow> Rows);

public sealed record MatrixColumn(string Label, string CenterX);

public sealed record MatrixRow(string Label, int Y, int TextY, int CellHeight, ImmutableArray<MatrixCell> Cells);

/// <param name="X">the cell's left edge and <paramref name="Width"/> its width, percentages of the drawing's width.</param>
public sealed record MatrixCell(int Value, string X, string Width, string CenterX, string Fill, string TextFill);

/// <summary>One entry of a legend: the colour and what it stands for (the drawing also writes it in words).</summary>
public sealed record LegendItem(string Label, string Fill);

/// <summary>The chart's numbers as an accessible table: a caption, column headers, one header cell per row.</summary>
public sealed record ChartTable(string Caption, ImmutableArray<string> Columns, ImmutableArray<ChartTableRow> Rows);

public sealed record ChartTableRow(string Header, ImmutableArray<string> Cells);
