using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Prb.Events.AspNet.Http;

/// <summary>A rendered response body with the metadata HTTP needs: media type, strong ETag from the content, last change.
/// Header values are formatted once here, not on every request that serves the representation.</summary>
internal sealed class Representation
{
    public Representation(byte[] body, string mediaType, Instant lastModified, string? fileName = null)
    {
        Body = body;
        MediaType = mediaType;
        // HTTP dates start at 1970 for most clients and end with year 9999 for DateTimeOffset: an instant outside
        // (an empty catalogue's, or a document's odd lastModified) is sent as the nearest end, never an error.
        lastModified = Instant.Max(HttpDateMin, Instant.Min(HttpDateMax, lastModified));
        LastModified = lastModified;
        FileName = fileName;
        ETag = ComputeETag(body);
        EntityTag = new EntityTagHeaderValue(ETag);
        LastModifiedHeader = lastModified.ToDateTimeOffset().ToString("R", CultureInfo.InvariantCulture);
        if (fileName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            ContentDispositionHeader = disposition.ToString();
        }
    }

    private static readonly Instant HttpDateMin = Instant.FromUnixTimeSeconds(0);
    private static readonly Instant HttpDateMax = Instant.FromUtc(9999, 12, 31, 23, 59, 59);

    public byte[] Body { get; }

    public string MediaType { get; }

    public Instant LastModified { get; }

    public string? FileName { get; }

    /// <summary>Gets the strong entity tag, quoted: the first 128 bits of the body's SHA-256 in base64url.</summary>
    public string ETag { get; }

    /// <summary>Gets <see cref="ETag"/> parsed, for comparison with If-None-Match.</summary>
    public EntityTagHeaderValue EntityTag { get; }

    /// <summary>Gets <see cref="LastModified"/> as an HTTP date (RFC 9110 IMF-fixdate).</summary>
    public string LastModifiedHeader { get; }

    /// <summary>Gets the Content-Disposition value for a download (attachment with the file name), or null.</summary>
    public string? ContentDispositionHeader { get; }

    internal static string ComputeETag(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }
}
