using System.Text;

namespace Prb.Events.Testing;

/// <summary>What fuzzers need to know about mutated input octets.</summary>
internal static class Utf8Octets
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the octets are well-formed UTF-8 that does not start with a byte order mark.</summary>
    public static bool IsUtf8WithoutBom(byte[] octets)
    {
        if (octets.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return false;
        }

        try
        {
            Strict.GetString(octets);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
