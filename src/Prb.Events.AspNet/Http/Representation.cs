using System.Security.Cryptography;
using NodaTime;

namespace Prb.Events.AspNet.Http;

/// <summary>A rendered response body with the metadata HTTP needs: media type, strong ETag from the content, last change.</summary>
internal sealed class Representation
{
    public Representation(byte[] body, string mediaType, Instant lastModified, string? fileName = null)
    {
        Body = body;
        MediaType = mediaType;
        LastModified = lastModified;
        FileName = fileName;
        ETag = ComputeETag(body);
    }

    public byte[] Body { get; }

    public string MediaType { get; }

    public Instant LastModified { get; }

    public string? FileName { get; }

    /// <summary>Gets the strong entity tag, quoted: the first 128 bits of the body's SHA-256 in base64url.</summary>
    public string ETag { get; }

    internal static string ComputeETag(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }
}
