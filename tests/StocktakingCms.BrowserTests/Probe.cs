using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Testing;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

public sealed class Probe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe_address()
    {
        await using var site = await CmsSiteFactory.CreateAsync(DatabaseProvider.Sqlite, useKestrel: true);
        output.WriteLine($"ServerAddress={site.ServerAddress}");
        var server = site.Services.GetRequiredService<IServer>();
        output.WriteLine($"IServer={server.GetType()} addresses={string.Join(",", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])}");
        using var http = new HttpClient();
        var r = await http.GetAsync(new Uri(site.ServerAddress, "/en/"));
        output.WriteLine($"status={r.StatusCode}");
    }
}
