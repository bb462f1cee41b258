using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>
/// content/catalogo.yml: the facts of the DCAT-AP_IT catalogue. Every field is optional here: whether the catalogue
/// has what the profile requires is the check stage's question (<see cref="Check.Rules.CatalogueFactsRule"/>).
/// </summary>
public static class CatalogueFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Catalogue.Keys;
    private static readonly IReadOnlyCollection<string> PublisherKeys = ContentShapes.Catalogue.Item("publisher").Keys;
    private static readonly IReadOnlyCollection<string> RightsHolderKeys = ContentShapes.Catalogue.Item("rights_holder").Keys;
    private static readonly IReadOnlyCollection<string> ContactKeys = ContentShapes.Catalogue.Item("contact_point").Keys;

    public static CatalogueFacts? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlObject.From(YamlReader.Read(file.Path, file.Text, diagnostics), "catalogo.yml", Keys, diagnostics);
        if (root is null)
        {
            return null;
        }
        var contact = root.Child("contact_point", "contact_point", ContactKeys, required: false);
        var modified = root.Has("modified") ? root.RequiredDate("modified") : null;
        return new CatalogueFacts(
            Publisher: Agent(root, "publisher", PublisherKeys),
            RightsHolder: Agent(root, "rights_holder", RightsHolderKeys),
            Themes: root.TextList("themes", required: false),
            ThemesSpan: root.Has("themes") ? root.KeySpan("themes") : root.Span,
            Frequency: Text(root, "frequency"),
            ContactPoint: contact is null ? null : new CatalogueContact(Text(contact, "name"), Text(contact, "email"), contact.Span),
            Modified: modified is { } date ? new Located<DateOnly>(date, root.Node("modified")!.Span) : null,
            Span: root.Span);
    }

    private static CatalogueAgent? Agent(YamlObject root, string key, IReadOnlyCollection<string> keys) =>
        root.Child(key, key, keys, required: false) is { } agent
            ? new CatalogueAgent(Text(agent, "name"), Text(agent, "ipa"), agent.Span)
            : null;

    private static Located<string>? Text(YamlObject item, string key) =>
        item.OptionalText(key) is { } value ? new Located<string>(value.Trim(), item.Node(key)!.Span) : null;
}
