using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Cairn.Clinical.Recist;

/// <summary>
/// The standard RECIST abbreviations: "CR", "PR", "SD", "PD", "NE" and "Non-CR/non-PD", and parsing of a stated
/// overall response written with them or their full names.
/// </summary>
public static class RecistCodes
{
    /// <summary>
    /// Parses a stated overall response: the RECIST code or its full name ("PR", "partial response", "stable disease",
    /// "Non-CR/non-PD"), case-insensitive. Words that are not RECIST categories ("remission", "progression",
    /// "improving") are rejected, never guessed.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty or not a RECIST overall response; the message names it.</exception>
    public static OverallResponse ParseOverallResponse(string text) =>
        TryParseOverallResponse(text, out var response)
            ? response
            : throw new ArgumentException(
                string.IsNullOrWhiteSpace(text)
                    ? "A RECIST response is required, but the text was empty."
                    : $"'{text.Trim()}' is not a RECIST overall response (expected CR, PR, SD, PD, NE or Non-CR/non-PD, or their full names).",
                nameof(text));

    /// <summary>Parses a stated overall response; returns false instead of throwing.</summary>
    public static bool TryParseOverallResponse([NotNullWhen(true)] string? text, out OverallResponse response)
    {
        response = OverallResponse.NotEvaluable;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Regex.Replace(text.Trim().ToLowerInvariant(), @"[\s/_-]+", " ");
        OverallResponse? parsed = key switch
        {
            "cr" or "complete response" => OverallResponse.CompleteResponse,
            "pr" or "partial response" => OverallResponse.PartialResponse,
            "sd" or "stable disease" => OverallResponse.StableDisease,
            "pd" or "progressive disease" => OverallResponse.ProgressiveDisease,
            "ne" or "not evaluable" or "not evaluated" => OverallResponse.NotEvaluable,
            "non cr non pd" or "noncr nonpd" => OverallResponse.NonCRNonPD,
            _ => null,
        };

        response = parsed ?? OverallResponse.NotEvaluable;
        return parsed is not null;
    }

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
