namespace Cairn.Clinical.Recist;

/// <summary>The standard RECIST abbreviations: "CR", "PR", "SD", "PD", "NE" and "Non-CR/non-PD".</summary>
public static class RecistCodes
{
    /// <summary>The RECIST abbreviation of a target response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToRecistCode(this TargetResponse response) => response switch
    {
        TargetResponse.CompleteResponse => "CR",
        TargetResponse.PartialResponse => "PR",
        TargetResponse.StableDisease => "SD",
        TargetResponse.ProgressiveDisease => "PD",
        TargetResponse.NotEvaluable => "NE",
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, $"'{response}' is not a defined target response."),
    };

    /// <summary>The RECIST abbreviation of a non-target response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToRecistCode(this NonTargetResponse response) => response switch
    {
        NonTargetResponse.CompleteResponse => "CR",
        NonTargetResponse.NonCRNonPD => "Non-CR/non-PD",
        NonTargetResponse.ProgressiveDisease => "PD",
        NonTargetResponse.NotEvaluable => "NE",
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, $"'{response}' is not a defined non-target response."),
    };

    /// <summary>The RECIST abbreviation of an overall response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToRecistCode(this OverallResponse response) => response switch
    {
        OverallResponse.CompleteResponse => "CR",
        OverallResponse.PartialResponse => "PR",
        OverallResponse.StableDisease => "SD",
        OverallResponse.ProgressiveDisease => "PD",
        OverallResponse.NotEvaluable => "NE",
        OverallResponse.NonCRNonPD => "Non-CR/non-PD",
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, $"'{response}' is not a defined overall response."),
    };
}
