using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Media.Data;

namespace StocktakingCms.Media.Services;

/// <summary>
/// Deletes the files no content item version uses: their rows (with the usage checked again in
/// the same statement, so a file attached meanwhile stays), then their bytes on this node, and the
/// bytes on disk that have no row (left by a crash before a commit, or by another node's sweep).
/// Only files older than <see cref="MediaSweepOptions.GracePeriod"/> whose usage is on record
/// (<see cref="MediaFile.UsageTracked"/>) are touched.
/// </summary>
public sealed partial class OrphanMediaSweeper(
    MediaDbContext db,
    MediaStore store,
    DataFolder dataFolder,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<OrphanMediaSweeper> logger)
{
    private const int BatchSize = 500;
    private const string UploadingSuffix = ".uploading";

    /// <summary>One pass; returns how many files were deleted (rows, and bytes left without a row).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Sweep.GracePeriod;
        var deleted = await DeleteUnusedRowsAsync(cutoff, cancellationToken);
        deleted += await DeleteFilesWithoutRowsAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    private IQueryable<MediaFile> Unused(DateTime cutoff) =>
        db.MediaFiles.Where(f => f.UsageTracked && f.CreatedUtc < cutoff && !db.MediaUsages.Any(u => u.MediaId == f.Id));

    private async Task<int> DeleteUnusedRowsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var ids = await Unused(cutoff).Where(f => !skipped.Contains(f.Id)).OrderBy(f => f.Id).Select(f => f.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return deleted;
            }

            await Unused(cutoff).Where(f => ids.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
            var kept = await db.MediaFiles.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
            skipped.UnionWith(kept);
            foreach (var id in ids.Except(kept))
            {
                DeleteFile(store.PathOf(id));
                deleted++;
            }
        }
    }

    private async Task<int> DeleteFilesWithoutRowsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var root = dataFolder.Combine("media");
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var deleted = 0;
        var old = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => File.GetLastWriteTimeUtc(path) < cutoff);
        foreach (var batch in old.Chunk(BatchSize))
        {
            var byId = batch.ToLookup(path => Path.GetFileName(path) is var name && name.EndsWith(UploadingSuffix, StringComparison.Ordinal) ? name[..^UploadingSuffix.Length] : name);
            var ids = byId.Select(g => g.Key).Where(MediaStore.IsValidId).ToList();
            var known = (await db.MediaFiles.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var group in byId)
            {
                // A temporary upload older than the grace period was abandoned; a stored file needs its row.
                foreach (var path in group.Where(path => path.EndsWith(UploadingSuffix, StringComparison.Ordinal) || (MediaStore.IsValidId(group.Key) && !known.Contains(group.Key))))
                {
                    deleted += DeleteFile(path) ? 1 : 0;
                }
            }
        }

        return deleted;
    }

    private bool DeleteFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (IOException exception)
        {
            // Tried again at the next sweep: it has no row any more, so nothing serves it.
            LogNotDeleted(logger, exception, path);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} media files that no content uses.")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the unused media file {Path}.")]
    private static partial void LogNotDeleted(ILogger logger, Exception exception, string path);
}
