using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StocktakingCms.Core.Data;

namespace StocktakingCms.Core.Hosting;

/// <summary><c>GET /health</c>: 200 when the database answers and the data folder is writable, else 503.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", async (CoreDbContext db, DataFolder dataFolder, CancellationToken cancellationToken) =>
        {
            var database = await CheckDatabaseAsync(db, cancellationToken);
            var data = CheckDataFolder(dataFolder);
            var healthy = database == "ok" && data == "ok";
            return Results.Json(
                new { status = healthy ? "healthy" : "unhealthy", database, dataFolder = data },
                statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return routes;
    }

    private static async Task<string> CheckDatabaseAsync(CoreDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken) ? "ok" : "unreachable";
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            return "unreachable";
        }
    }

    private static string CheckDataFolder(DataFolder dataFolder)
    {
        try
        {
            var probe = dataFolder.Combine($".health-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return "ok";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "not writable";
        }
    }
}
