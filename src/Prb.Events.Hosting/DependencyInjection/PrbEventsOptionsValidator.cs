using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Prb.Events.Hosting;

/// <summary>Checks <see cref="PrbEventsOptions"/> at start-up; each failure names the option.</summary>
/// <remarks>The catalogue path is required only while the default folder catalogue is the registered one.</remarks>
internal sealed class PrbEventsOptionsValidator(IServiceCollection services) : IValidateOptions<PrbEventsOptions>
{
    public ValidateOptionsResult Validate(string? name, PrbEventsOptions options)
    {
        var failures = new List<string>();
        // No pattern variable used after the condition: a mutated condition would leave it unassigned, and the
        // mutation testing tool would then leave the whole method unmutated (see docs/mutation-testing.md). The limits
        // are comparisons: Stryker.NET 5.1's mutants of the pattern `is < 1024 or > 1024 * 1024 * 1024` did not compile,
        // which left that limit untested.
        var catalog = services.LastOrDefault(d => d.ServiceType == typeof(IEventCatalog));
        var folderCatalog = catalog?.ImplementationType == typeof(FolderEventCatalog);
        if (folderCatalog && string.IsNullOrWhiteSpace(options.CatalogPath))
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CatalogPath)} must name the folder of event documents (or replace IEventCatalog with your own).");
        }

        if (options.MaxDocumentSize < 1024 || options.MaxDocumentSize > 1024L * 1024 * 1024)
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.MaxDocumentSize)} must be from 1024 bytes to 1 GiB; it is {options.MaxDocumentSize}.");
        }

        if (options.MaxPageSize < 1 || options.MaxPageSize > 1000)
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.MaxPageSize)} must be from 1 to 1000; it is {options.MaxPageSize}.");
        }

        if (options.DefaultPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.DefaultPageSize)} must be from 1 to MaxPageSize ({options.MaxPageSize}); it is {options.DefaultPageSize}.");
        }

        if (options.CacheMaxAge < TimeSpan.Zero || options.CacheMaxAge > TimeSpan.FromDays(1))
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CacheMaxAge)} must be from zero to one day; it is {options.CacheMaxAge}.");
        }

        if (options.CatalogRefreshInterval < TimeSpan.Zero || options.CatalogRefreshInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"{nameof(PrbEventsOptions)}.{nameof(PrbEventsOptions.CatalogRefreshInterval)} must be from zero to one hour; it is {options.CatalogRefreshInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
