using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Prb.Events.Samples.Web.Tests.TestSupport;

/// <summary>JWT bearer tokens for the sample site's editing endpoints, signed with a key given to the site the way
/// <c>dotnet user-jwts</c> gives it (Authentication:Schemes:Bearer).</summary>
internal static class EditorTokens
{
    private const string Issuer = "prb-events-tests";
    private const string Audience = "http://localhost";
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Makes the site accept tokens signed with this class's key.</summary>
    public static IWebHostBuilder AcceptTestTokens(this IWebHostBuilder builder) => builder
        .UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer)
        .UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Audience)
        .UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Id", "tests")
        .UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer)
        .UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(Key))
        .UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Length", "32");

    /// <summary>A token with one role, signed with this class's key or with <paramref name="key"/>.</summary>
    public static string Create(string role, byte[]? key = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "redaktor"), new Claim("role", role)]),
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key) { KeyId = "tests" }, SecurityAlgorithms.HmacSha256),
    });
}
