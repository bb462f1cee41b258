using System.Collections.Immutable;
using System.Reflection;
using PianoSite.Render.Print;
using PianoSite.Render.Site;

namespace PianoSite.Tests.Render;

/// <summary>
/// A row is found again in the row cache by its view model's value (Render/Templates/RowCache): if a field of a row's
/// view model did not take part in its equality, an edit to that field would find the old row, and the preview would
/// show it stale. Each field of each row view model is changed alone, in turn: the changed row must differ.
/// </summary>
public sealed class RowIdentityTests
{
    public static TheoryData<Type> RowViewModels => [typeof(ObjectiveRow), typeof(PrintObjective)];

    [Theory]
    [MemberData(nameof(RowViewModels))]
    public void Every_field_of_a_row_takes_part_in_its_identity(Type row)
    {
        var constructor = row.GetConstructors().Single(c => c.GetParameters().Length == row.GetProperties().Length);
        var parameters = constructor.GetParameters();
        var baseline = constructor.Invoke([.. parameters.Select(p => Sample(p.ParameterType, 0))]);
        var same = constructor.Invoke([.. parameters.Select(p => Sample(p.ParameterType, 0))]);
        Assert.Equal(baseline, same);
        Assert.Equal(baseline.GetHashCode(), same.GetHashCode());

        foreach (var changed in parameters)
        {
            var other = constructor.Invoke([.. parameters.Select(p => Sample(p.ParameterType, p == changed ? 1 : 0))]);
            Assert.False(baseline.Equals(other), $"{row.Name}.{changed.Name} does not take part in the row's equality");
        }
    }

    [Theory]
    [MemberData(nameof(RowViewModels))]
    public void Every_property_of_a_row_is_a_constructor_parameter(Type row)
    {
        // A property set outside the constructor would escape the test above.
        var parameters = row.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(row.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => Assert.Contains(p.Name, parameters));
    }

    /// <summary>Two different values of a type (variant 0 and 1), and equal values for the same variant.</summary>
    private static object Sample(Type type, int variant)
    {
        if (type == typeof(string))
        {
            return variant == 0 ? "a" : "b";
        }
        if (type == typeof(int))
        {
            return variant + 1;
        }
        if (type == typeof(bool))
        {
            return variant == 1;
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, variant);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, 1);
            array.SetValue(Sample(element, variant), 0);
            return typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element)
                .Invoke(null, [array])!;
        }
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, variant))]);
    }
}
