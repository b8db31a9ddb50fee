using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Prb.Events.Schedules.Tests.ConfClerk;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a port the system picks, serving one document at one path (404
/// elsewhere), one request per connection. Enough for an app to download a schedule; it records every request line.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly string path;
    private readonly byte[] body;
    private readonly string mediaType;
    private readonly Task accepting;

    public LoopbackHttpServer(string path, byte[] body, string mediaType)
    {
        this.path = path;
        this.body = body;
        this.mediaType = mediaType;
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}");
        accepting = AcceptAsync();
    }

    /// <summary>Gets the URL of the document.</summary>
    public Uri Url { get; }

    /// <summary>Gets the request lines received so far, such as <c>GET /schedule.xml HTTP/1.1</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Gets how many times the document itself was served.</summary>
    public int Served => served;

    private int served;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                var requestLine = head.Split("\r\n", 2)[0];
                Requests.Enqueue(requestLine);
                var parts = requestLine.Split(' ');
                var found = parts.Length == 3 && parts[0] is "GET" or "HEAD" && parts[1] == path;
                var content = found ? body : Encoding.UTF8.GetBytes("not found");
                var header = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {(found ? "200 OK" : "404 Not Found")}\r\n" +
                    $"Content-Type: {(found ? mediaType : "text/plain")}\r\n" +
                    $"Content-Length: {content.Length}\r\n" +
                    "Connection: close\r\n\r\n");
                await stream.WriteAsync(header, stopping.Token);
                if (parts[0] != "HEAD")
                {
                    await stream.WriteAsync(content, stopping.Token);
                }

                await stream.FlushAsync(stopping.Token);
                if (found)
                {
                    Interlocked.Increment(ref served);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // The client went away; nothing to serve.
            }
        }
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[1024];
        while (received.Count < 64 * 1024)
        {
            var read = await stream.ReadAsync(buffer, stopping.Token);
            if (read == 0)
            {
                break;
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (Encoding.ASCII.GetString([.. received]).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        return Encoding.ASCII.GetString([.. received]);
    }
}
