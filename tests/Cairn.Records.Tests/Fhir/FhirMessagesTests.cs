using System.Reflection;
using Cairn.Records.Fhir.Resources;

namespace Cairn.Records.Tests.Fhir;

public sealed class FhirMessagesTests
{
    public static TheoryData<string> MessageNames() =>
        new(typeof(FhirMessages).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(method => method.Name));

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void GivenEveryMessage_WhenFormatted_ThenItIsInTheResxAndEveryPlaceholderIsFilled(string name)
    {
        var method = typeof(FhirMessages).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        var arguments = method.GetParameters()
            .Select(parameter => parameter.ParameterType == typeof(string) ? (object)$"<{parameter.Name}>" : Convert.ChangeType(7, parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

        var text = (string)method.Invoke(null, arguments)!;

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        foreach (var parameter in method.GetParameters().Where(p => p.ParameterType == typeof(string)))
        {
            Assert.Contains($"<{parameter.Name}>", text, StringComparison.Ordinal);
        }
    }
}
