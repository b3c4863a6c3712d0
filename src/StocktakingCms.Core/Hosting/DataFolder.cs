using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StocktakingCms.Core.Hosting;

/// <summary>The resolved, absolute data folder (<c>Stocktaking:DataPath</c>, relative to the content root).</summary>
public sealed class DataFolder
{
    public DataFolder(IOptions<StocktakingOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath))
    {
    }

    public DataFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
