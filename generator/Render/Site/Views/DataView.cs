using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/dati/: the open-data files, their columns and their licence; the DCAT-AP_IT catalogue's files when the build writes it (else empty).</summary>
public sealed record DataView(string LicenceName, string LicenceUrl, ImmutableArray<DataSet> DataSets, ImmutableArray<LinkView> CatalogueFiles);

/// <summary>One data set, offered as CSV and JSON, with the meaning of each column.</summary>
public sealed record DataSet(string HeadingId, string Title, string Description, ImmutableArray<LinkView> Files, ImmutableArray<DataColumn> Columns);

public sealed record DataColumn(string Name, string Description);
