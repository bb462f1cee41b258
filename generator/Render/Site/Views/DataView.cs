using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/dati/: the open-data files, their columns and their licence.</summary>
public sealed record DataView(string LicenceName, string LicenceUrl, ImmutableArray<DataSet> DataSets);

/// <summary>One data set, offered as CSV and JSON, with the meaning of each column.</summary>
public sealed record DataSet(string HeadingId, string Title, string Description, ImmutableArray<LinkView> Files, ImmutableArray<DataColumn> Columns);

public sealed record DataColumn(string Name, string Description);
