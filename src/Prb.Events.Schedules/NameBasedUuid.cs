using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Prb.Events.Schedules;

/// <summary>Name-based UUIDs of version 5 (RFC 9562, section 5.5): the same namespace and name always give the same UUID.</summary>
internal static class NameBasedUuid
{
    /// <summary>Makes the version 5 UUID of a name (as UTF-8) within a namespace.</summary>
    /// <param name="namespaceId">The namespace UUID.</param>
    /// <param name="name">The name.</param>
    /// <returns>The UUID.</returns>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "RFC 9562 defines version 5 UUIDs on SHA-1; the hash names things, it protects nothing.")]
    internal static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>Gives a positive 31-bit number taken from the first bytes of a UUID, never 0.</summary>
    /// <param name="uuid">The UUID.</param>
    /// <returns>A number from 1 to <see cref="int.MaxValue"/>.</returns>
    internal static int PositiveNumber(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var number = BinaryPrimitives.ReadInt32BigEndian(bytes) & int.MaxValue;
        return number == 0 ? 1 : number;
    }
}
