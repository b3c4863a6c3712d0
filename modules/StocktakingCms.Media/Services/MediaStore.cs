using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Media.Data;

namespace StocktakingCms.Media.Services;

/// <summary>
/// Files on disk under <c>{DataPath}/media/{id[..2]}/{id}</c>, rows in <c>MediaFiles</c>. An
/// upload is checked by its first bytes and its size before anything is kept, written to a
/// temporary name and moved into place, and deleted again if the transaction of its row rolls back.
/// </summary>
public sealed class MediaStore(
    MediaDbContext db,
    CmsDbSession session,
    DataFolder dataFolder,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    IStringLocalizer<MediaStore> T,
    ILogger<MediaStore> logger) : IMediaStore
{
    private const int BufferSize = 81920;

    public async Task<MediaUploadResult> SaveAsync(IFormFile file, MediaKind expected, string? ownerUserId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = MediaFileNames.Clean(file.FileName);
        var limit = options.Value.MaxBytes(expected);
        if (file.Length > limit)
        {
            return TooLarge(name, limit);
        }

        await using var input = file.OpenReadStream();
        var header = new byte[MediaFormats.HeaderLength];
        var headerLength = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (headerLength == 0)
        {
            return Refused(T["\"{0}\" is empty.", name]);
        }

        var format = MediaFormats.Detect(header.AsSpan(0, headerLength));
        if (format?.Kind != expected)
        {
            return Refused(WrongFormat(name, format, expected));
        }

        var id = ContentIds.New();
        var path = PathOf(id);
        if (await WriteAsync(input, header.AsMemory(0, headerLength), path, limit, ct) is not (var length, var sha256))
        {
            return TooLarge(name, limit);
        }

        // Whole microseconds, as PostgreSQL keeps them: the record returned equals the one found later.
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new MediaFile
        {
            Id = id,
            Kind = format.Kind,
            FileName = MediaFileNames.ForFormat(file.FileName, format),
            ContentType = format.ContentType,
            Length = length,
            Sha256 = sha256,
            OwnerUserId = ownerUserId,
            CreatedUtc = now.AddTicks(-(now.Ticks % 10)),
            UsageTracked = true,
        };
        await using (var transaction = await session.BeginTransactionAsync(ct))
        {
            // Registered first: a failing insert rolls back too.
            session.AfterRollback(() => Delete(path));
            db.MediaFiles.Add(row);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync();
        }

        return new MediaUploadResult(row.ToStoredMedia(), null);
    }

    public async Task<StoredMedia?> FindAsync(string id, CancellationToken ct = default) =>
        (await FindRowAsync(id, ct))?.ToStoredMedia();

    public async Task<IReadOnlyList<StoredMedia>> FindManyAsync(IEnumerable<string> ids, CancellationToken ct = default)
    {
        var wanted = ValidIds(ids);
        if (wanted.Count == 0)
        {
            return [];
        }

        var rows = await db.MediaFiles.AsNoTracking().Where(f => wanted.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return [.. wanted.Where(rows.ContainsKey).Select(id => rows[id].ToStoredMedia())];
    }

    public async Task SetUsageAsync(string contentItemId, bool published, IEnumerable<string> ids, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentItemId);
        var wanted = ValidIds(ids);
        var recorded = await db.MediaUsages.Where(u => u.ContentItemId == contentItemId && u.Published == published).ToListAsync(ct);
        var before = recorded.Select(u => u.MediaId).ToList();
        if (before.Count == wanted.Count && before.All(wanted.Contains))
        {
            return;
        }

        db.MediaUsages.RemoveRange(recorded.Where(u => !wanted.Contains(u.MediaId)));
        db.MediaUsages.AddRange(wanted.Except(before).Select(id => new MediaUsage { MediaId = id, ContentItemId = contentItemId, Published = published }));
        await db.SaveChangesAsync(ct);

        // Public exactly while a published version uses the file: one dropped from the version
        // going online stops being served to visitors.
        var touched = before.Union(wanted).ToList();
        await db.MediaFiles.Where(f => touched.Contains(f.Id))
            .ExecuteUpdateAsync(set => set
                .SetProperty(f => f.UsageTracked, true)
                .SetProperty(f => f.IsPublic, f => db.MediaUsages.Any(u => u.MediaId == f.Id && u.Published)), ct);
    }

    public async Task<Stream?> OpenReadAsync(string id, CancellationToken ct = default)
    {
        var row = await FindRowAsync(id, ct);
        var path = row is null ? null : PathOf(row.Id);
        return path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
    }

    public string UrlFor(StoredMedia media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return $"/media/{media.Id}/{Uri.EscapeDataString(media.FileName)}";
    }

    /// <summary>The row with its <see cref="MediaFile.IsPublic"/> flag (the serving controller needs it); null for an unknown or malformed id.</summary>
    internal async Task<MediaFile?> FindRowAsync(string id, CancellationToken ct) =>
        IsValidId(id) ? await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) : null;

    /// <summary>Where a file's bytes are; the id is checked first, so no name from a request reaches the disk.</summary>
    internal string PathOf(string id) =>
        IsValidId(id) ? dataFolder.Combine("media", id[..2], id) : throw new ArgumentException($"Not a media id: {id}", nameof(id));

    /// <summary>Ids are <see cref="ContentIds"/>: 26 characters of its lowercase base-32 alphabet.</summary>
    internal static bool IsValidId(string? id) =>
        id is { Length: 26 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'z'));

    private static List<string> ValidIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Where(IsValidId).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Copies the upload to a temporary name beside its final place, hashing as it goes, and moves
    /// it into place; null (and nothing left on disk) when it turns out longer than <paramref name="limit"/>.
    /// </summary>
    private static async Task<(long Length, string Sha256)?> WriteAsync(Stream input, ReadOnlyMemory<byte> header, string path, long limit, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".uploading";
        var moved = false;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = header.Length;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                hash.AppendData(header.Span);
                await output.WriteAsync(header, ct);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > limit)
                    {
                        return null;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                await output.FlushAsync(ct);
            }

            File.Move(temporary, path);
            moved = true;
            return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            if (!moved)
            {
                File.Delete(temporary);
            }
        }
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            // Left behind, the file is harmless: no row points to it.
            logger.LogWarning(exception, "Could not delete {Path} after its transaction rolled back.", path);
        }
    }

    private LocalizedString WrongFormat(string name, MediaFormat? format, MediaKind expected) => (format?.Kind, expected) switch
    {
        (MediaKind.Document, MediaKind.Image) => T["\"{0}\" is a PDF document, not an image: add it as a document.", name],
        (MediaKind.Image, MediaKind.Document) => T["\"{0}\" is an image, not a document: add it as an image.", name],
        (_, MediaKind.Image) => T["\"{0}\" is not an image in JPEG, PNG or WebP format.", name],
        _ => T["\"{0}\" is not a PDF document.", name],
    };

    private MediaUploadResult TooLarge(string name, long limit) =>
        Refused(T["\"{0}\" is larger than {1} MB.", name, (limit / (1024.0 * 1024.0)).ToString("#,0.#", CultureInfo.CurrentCulture)]);

    private static MediaUploadResult Refused(LocalizedString message) => new(null, message.Value);
}
