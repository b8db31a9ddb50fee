namespace Prb.Events.Hosting.Tests.TestSupport;

public static class CatalogPolling
{
    /// <summary>Asks until the catalogue shows what is expected; a file-system notification that never comes fails
    /// the test after a generous deadline (no elapsed time is asserted).</summary>
    public static async Task<EventCatalogSnapshot> WaitForAsync(FolderEventCatalog catalog, Func<EventCatalogSnapshot, bool> expected)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var snapshot = await catalog.GetSnapshotAsync();
            if (expected(snapshot))
            {
                return snapshot;
            }

            try
            {
                await Task.Delay(20, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException("The file-system notification of the change never reached the catalogue within 30 s.");
            }
        }
    }
}
