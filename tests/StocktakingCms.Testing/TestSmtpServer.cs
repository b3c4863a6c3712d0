using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace StocktakingCms.Testing;

/// <summary>
/// A real SMTP server on a free loopback port that keeps every message it receives. Use it as a
/// class fixture (<c>IClassFixture&lt;TestSmtpServer&gt;</c>: started before the first test), or
/// create one, give its <see cref="SiteSettings"/> to a site and call <see cref="StartAsync"/> when
/// it should come up (a server that is down at first). Messages: <see cref="WaitForMessageAsync"/>.
/// </summary>
public sealed class TestSmtpServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<MimeMessage> _messages = [];
    private TaskCompletionSource _arrival = NewArrival();
    private SmtpServerHost? _server;
    private CancellationTokenSource? _stop;
    private Task? _running;

    /// <summary>Picks the port now; the server listens only after <see cref="StartAsync"/>.</summary>
    public TestSmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    /// <summary>The configuration that sends a site's mails here: <c>Email:Smtp:Host</c>, <c>Port</c>, <c>Security=None</c>.</summary>
    public IDictionary<string, string?> SiteSettings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = IPAddress.Loopback.ToString(),
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Starts listening and returns once the port accepts connections.</summary>
    public async Task StartAsync()
    {
        if (_server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServerHost(options, services);
        _stop = new CancellationTokenSource();
        _running = _server.StartAsync(_stop.Token);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, deadline.Token);
                return;
            }
            catch (SocketException) when (!deadline.IsCancellationRequested && !_running.IsCompleted)
            {
                await Task.Delay(20, deadline.Token);
            }
        }
    }

    /// <summary>Stops listening (the port is refused from then on); received messages are kept.</summary>
    public async Task StopAsync()
    {
        if (_server is null || _stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // What cancelling the server does.
        }

        _stop.Dispose();
        (_server, _stop, _running) = (null, null, null);
    }

    /// <summary>The first message received (before or during the wait) that matches; throws after <paramref name="timeout"/>.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> predicate, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task arrival;
            lock (_lock)
            {
                if (_messages.FirstOrDefault(predicate) is { } found)
                {
                    return found;
                }

                arrival = _arrival.Task;
            }

            try
            {
                await arrival.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var subjects = string.Join("; ", Messages.Select(m => $"{m.To} \"{m.Subject}\""));
                throw new TimeoutException($"No matching message reached the SMTP server on port {Port} within {timeout}. Received: {(subjects.Length == 0 ? "nothing" : subjects)}.");
            }
        }
    }

    /// <summary>The first message to <paramref name="address"/>.</summary>
    public Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan timeout) =>
        WaitForMessageAsync(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)), timeout);

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => StopAsync();

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Received(MimeMessage message)
    {
        lock (_lock)
        {
            _messages.Add(message);
            var arrived = _arrival;
            _arrival = NewArrival();
            arrived.SetResult();
        }
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            owner.Received(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
