using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Data;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Entries.Data;
using StocktakingCms.Entries.Models;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Entries.Public.OpenData;

/// <summary>
/// Every published entry as CSV, one row per entry (a localization set) in the requested language
/// when translated, else in the language it was written in, newest first. Classification as codes
/// (the taxonomies' stable identifiers, e.g. <c>C7-e-health</c>, <c>3.1</c>, <c>SN</c>), several
/// separated by <c>"; "</c>. Only what the public entry page shows: never the private contact.
/// Written in batches, so the whole repository never sits in memory.
/// </summary>
public sealed class EntryCsvExport(EntriesDbContext entries, CoreDbContext content, ContentsDbContext routes, SiteUrls urls)
{
    private const int BatchSize = 500;
    private const string Separator = "; ";

    /// <summary>The column names, the open data's contract (docs/open-data.md).</summary>
    public static readonly string[] Columns =
    [
        "id", "url", "title", "language", "original_language", "organisation", "stakeholder_type",
        "countries", "regions", "coverage", "status", "start_date", "end_date", "action_lines",
        "sdg_goals", "sdg_targets", "special_repositories", "edition", "website", "partners",
        "short_description", "published",
    ];

    public async Task WriteAsync(string culture, TextWriter output, CancellationToken cancellationToken)
    {
        var csv = new CsvWriter(output);
        foreach (var column in Columns)
        {
            csv.Raw(column);
        }

        await csv.EndLineAsync(cancellationToken);
        foreach (var batch in (await ChooseVersionsAsync(culture, cancellationToken)).Chunk(BatchSize))
        {
            var items = await content.ContentItems.AsNoTracking()
                .Where(i => batch.Contains(i.ContentItemId) && i.Published && !i.Deleted)
                .ToDictionaryAsync(i => i.ContentItemId, cancellationToken);
            var addresses = await routes.AutorouteEntries.AsNoTracking()
                .Where(r => batch.Contains(r.ContentItemId) && r.Published)
                .ToDictionaryAsync(r => r.ContentItemId, r => $"/{r.Culture}/{r.Slug}", cancellationToken);
            foreach (var id in batch)
            {
                if (items.TryGetValue(id, out var item) && item.Get<EntryPart>() is { } entry)
                {
                    Row(csv, item, entry, addresses.GetValueOrDefault(id));
                    await csv.EndLineAsync(cancellationToken);
                }
            }
        }
    }

    /// <summary>One published version per localization set, newest set first.</summary>
    private async Task<List<string>> ChooseVersionsAsync(string culture, CancellationToken cancellationToken)
    {
        var versions = await entries.Entries.AsNoTracking()
            .Where(e => e.Published)
            .Select(e => new { e.LocalizationSet, e.ContentItemId, e.Culture, e.ModifiedUtc })
            .ToListAsync(cancellationToken);
        return [.. versions
            .GroupBy(v => v.LocalizationSet, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(v => v.ModifiedUtc)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => TranslationChoice.For(g, v => v.Culture, culture).ContentItemId)];
    }

    private void Row(CsvWriter csv, ContentItem item, EntryPart entry, string? address)
    {
        var terms = item.Get<TermsPart>();
        string Codes(string field) => string.Join(Separator, terms?.Get(field) ?? []);
        static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        csv.Raw(item.ContentItemId)
            .Raw(address is null ? null : urls.Absolute(address))
            .Text(item.DisplayText)
            .Raw(item.Culture)
            .Raw(string.IsNullOrEmpty(entry.OriginalCulture) ? item.Culture : entry.OriginalCulture)
            .Text(entry.OrganisationName)
            .Raw(Codes(EntryFields.StakeholderType))
            .Raw(Codes(EntryFields.Countries))
            .Raw(Codes(EntryFields.Regions))
            .Raw(Codes(EntryFields.Coverage))
            .Raw(Codes(EntryFields.Status))
            .Raw(Date(entry.StartDate))
            .Raw(Date(entry.EndDate))
            .Raw(Codes(EntryFields.ActionLines))
            .Raw(Codes(EntryFields.SdgGoals))
            .Raw(Codes(EntryFields.SdgTargets))
            .Raw(Codes(EntryFields.SpecialRepositories))
            .Raw(Codes(EntryFields.Edition))
            .Text(entry.Website)
            .Text(string.Join(Separator, entry.Partners))
            .Text(entry.ShortDescription)
            .Raw(item.PublishedUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
