using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Cairn.Records.Text;

/// <summary>
/// Turns the bytes of a text report into text: UTF-8 (a byte-order mark is dropped), or Latin-1 when the bytes are not
/// valid UTF-8. Refuses what is not a plain-text report, with the reason in words.
/// </summary>
internal static class ReportTextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="problem">Completes the sentence "'file' ...", for example "is empty".</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem)
    {
        text = null;
        if (bytes.IsEmpty)
        {
            problem = "is empty: there is nothing to import";
            return false;
        }

        ReadOnlySpan<byte> utf16Little = [0xFF, 0xFE];
        ReadOnlySpan<byte> utf16Big = [0xFE, 0xFF];
        ReadOnlySpan<byte> utf32Big = [0x00, 0x00, 0xFE, 0xFF];
        ReadOnlySpan<byte> utf8Mark = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(utf16Little) || bytes.StartsWith(utf16Big) || bytes.StartsWith(utf32Big))
        {
            problem = "is UTF-16 or UTF-32 text; Cairn reads text reports saved as UTF-8 (or Latin-1): save it as UTF-8 and import it again";
            return false;
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            problem = "is a PDF, not a plain-text report";
            return false;
        }

        if (bytes.Contains((byte)0))
        {
            problem = "is not a text report: it contains binary data";
            return false;
        }

        if (bytes.StartsWith(utf8Mark))
        {
            bytes = bytes[3..];
        }

        string decoded;
        try
        {
            decoded = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            decoded = Encoding.Latin1.GetString(bytes);
        }

        if (decoded.TrimStart().StartsWith('{'))
        {
            problem = "looks like JSON (a FHIR file?), not a plain-text report";
            return false;
        }

        var controls = decoded.Count(c => (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\u007F');
        if (controls > 1 && controls * 100 > decoded.Length)
        {
            problem = "is not a text report: it contains binary data";
            return false;
        }

        if (string.IsNullOrWhiteSpace(decoded))
        {
            problem = "contains only blank space: there is nothing to import";
            return false;
        }

        text = decoded;
        problem = null;
        return true;
    }
}
