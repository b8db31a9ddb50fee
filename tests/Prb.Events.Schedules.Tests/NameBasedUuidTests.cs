using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>Version 5 UUIDs as RFC 9562 (formerly RFC 4122) defines them, and the numbers taken from them.</summary>
public class NameBasedUuidTests
{
    private static readonly Guid Dns = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static readonly Guid Url = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>
    /// The RFC's algorithm written out on the UUIDs' text, independently of <see cref="Guid"/>'s byte orders: SHA-1 over
    /// the namespace's 16 octets in the order they are written and the name's UTF-8, the first 16 octets of the hash,
    /// the version nibble set to 5 and the variant bits to 10.
    /// </summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "Version 5 UUIDs are defined on SHA-1.")]
    private static string Independent(string namespaceText, string name)
    {
        var namespaceOctets = Convert.FromHexString(namespaceText.Replace("-", string.Empty, StringComparison.Ordinal));
        var hash = SHA1.HashData([.. namespaceOctets, .. Encoding.UTF8.GetBytes(name)]);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        var variant = (Convert.ToInt32(hex[16..17], 16) & 0b0011) | 0b1000;
        hex = string.Concat(hex[..12], "5", hex[13..16], variant.ToString("x", CultureInfo.InvariantCulture), hex[17..]);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    [Theory]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d")]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "", "4ebd0208-8328-5d69-8c44-ec50939c0967")]
    [InlineData("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://zażółć.example/ścieżka", "b450fda4-0022-5dfe-baea-59ef972df67a")]
    [InlineData("965eead2-ab81-4544-abc7-84ad21c8972a", "prb-events:konferencja-2027:room:Sala Złota 📚 שלום", "f9344e34-5dec-5dd1-a394-6d591017d6f1")]
    public void Uuid_of_a_name_is_the_rfc_version_5_uuid(string namespaceText, string name, string expected)
    {
        // The expected values are those of Python's uuid.uuid5, a third implementation.
        Assert.Equal(expected, Independent(namespaceText, name));
        Assert.Equal(expected, NameBasedUuid.Create(new Guid(namespaceText), name).ToString("D"));
    }

    [Fact]
    public void Uuids_of_many_names_agree_with_the_independent_computation_and_carry_version_5_and_the_rfc_variant()
    {
        foreach (var name in new[] { "a", "A", "Zażółć gęślą jaźń", "🏳️‍🌈", "שלום עולם", "\u202Emirror", new string('x', 1000) })
        {
            var uuid = NameBasedUuid.Create(Url, name);

            Assert.Equal(Independent(Url.ToString("D"), name), uuid.ToString("D"));
            Assert.Equal(5, uuid.Version);
            Assert.Equal('5', uuid.ToString("N")[12]);
            Assert.Contains(uuid.ToString("N")[16], "89ab");
        }
    }

    [Fact]
    public void Uuid_depends_on_the_namespace()
    {
        Assert.NotEqual(NameBasedUuid.Create(Dns, "python.org"), NameBasedUuid.Create(Url, "python.org"));
    }

    [Theory]
    [InlineData("14cbe945-9c8a-5d48-832a-e8d3d8f27992", 0x14cbe945)]
    [InlineData("f9344e34-5dec-5dd1-a394-6d591017d6f1", 0x79344e34)]
    [InlineData("7fffffff-0000-5000-8000-000000000000", int.MaxValue)]
    [InlineData("ffffffff-ffff-5fff-bfff-ffffffffffff", int.MaxValue)]
    [InlineData("00000001-ffff-5fff-bfff-ffffffffffff", 1)]
    public void Number_is_the_first_31_bits_of_the_uuid_read_big_endian(string uuid, int expected)
    {
        Assert.Equal(expected, NameBasedUuid.PositiveNumber(new Guid(uuid)));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("80000000-1234-5678-9abc-def012345678")]
    public void Number_of_a_uuid_whose_first_31_bits_are_zero_is_1(string uuid)
    {
        Assert.Equal(1, NameBasedUuid.PositiveNumber(new Guid(uuid)));
    }
}
