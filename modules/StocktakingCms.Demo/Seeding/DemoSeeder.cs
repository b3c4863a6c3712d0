using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Contents;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Entries;
using StocktakingCms.Entries.Models;
using StocktakingCms.Search.Lucene.Data;
using StocktakingCms.Search.Lucene.Indexing;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Demo.Seeding;

/// <summary>
/// Writes demo entries through every module's content handlers (<see cref="DemoBulkWriter"/>: so
/// each module keeps its rows: addresses, term links, the entries list), in batches of
/// <see cref="BatchSize"/> entries per transaction, then rebuilds the search indexes once. Ids are
/// derived from the seed and the entry's number, so running again with the same seed adds nothing.
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, IndexRebuilder indexes)
{
    public const int BatchSize = 1_000;

    public async Task<DemoSeedResult> SeedAsync(DemoSeedOptions options, Action<string> report, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        TaxonomyTree countries;
        await using (var scope = scopes.CreateAsyncScope())
        {
            countries = await scope.ServiceProvider.GetRequiredService<TaxonomyStore>().GetAsync("countries", cancellationToken)
                ?? throw new InvalidOperationException("The countries taxonomy is missing: set the site up with the stocktaking recipe first.");
        }

        var codes = countries.Taxonomy.AllTerms().Where(t => t.Children.Count == 0).Select(t => t.Code).Order(StringComparer.Ordinal).ToList();
        var generator = new DemoGenerator(options.Seed, codes, options.UnpublishedShare);
        int created = 0, skipped = 0, done = 0;
        foreach (var batch in generator.Generate(options.Entries).Chunk(BatchSize))
        {
            var (batchCreated, batchSkipped) = await WriteBatchAsync(batch, options.Seed, countries, cancellationToken);
            created += batchCreated;
            skipped += batchSkipped;
            done += batch.Length;
            report(string.Create(CultureInfo.InvariantCulture, $"Demo: {done} of {options.Entries} entries written ({watch.Elapsed.TotalSeconds:F0} s)."));
        }

        var written = watch.Elapsed;
        if (!options.Index)
        {
            if (created > 0)
            {
                await AskForRebuildAsync(cancellationToken);
            }

            return new DemoSeedResult(created, skipped, written, TimeSpan.Zero);
        }

        await indexes.RebuildAsync(cancellationToken);
        report(string.Create(CultureInfo.InvariantCulture, $"Demo: search indexes rebuilt in {(watch.Elapsed - written).TotalSeconds:F1} s."));
        return new DemoSeedResult(created, skipped, written, watch.Elapsed - written);
    }

    /// <summary>
    /// Items written in bulk leave no indexing task each: one task for every entry makes the
    /// worker (of every node) rebuild at its next start, as <c>--no-index</c> promises.
    /// </summary>
    private async Task AskForRebuildAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        search.Tasks.Add(new IndexingTask
        {
            LocalizationSet = IndexingTask.Everything,
            ContentItemId = IndexingTask.Everything,
            CreatedUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        });
        await search.SaveChangesAsync(cancellationToken);
    }

    public static string IdOf(int seed, int number, string? culture = null) =>
        string.Create(CultureInfo.InvariantCulture, $"demo{seed}n{number}{culture}");

    /// <summary>One transaction: the batch's originals and translations; items already there are left alone.</summary>
    private async Task<(int Created, int Skipped)> WriteBatchAsync(DemoEntry[] batch, int seed, TaxonomyTree countries, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var manager = services.GetRequiredService<IContentManager>();
        var session = services.GetRequiredService<CmsDbSession>();
        var writer = new DemoBulkWriter(services);
        var ids = batch.SelectMany(e => e.Translations.Append(null).Select(c => IdOf(seed, e.Number, c))).ToList();
        var existing = (await services.GetRequiredService<CoreDbContext>().ContentItems.AsNoTracking()
            .Where(i => ids.Contains(i.ContentItemId))
            .Select(i => i.ContentItemId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        int created = 0, skipped = 0;
        foreach (var entry in batch)
        {
            var original = IdOf(seed, entry.Number);
            foreach (var culture in entry.Translations.Prepend(entry.OriginalCulture))
            {
                var id = culture == entry.OriginalCulture ? original : IdOf(seed, entry.Number, culture);
                if (existing.Contains(id))
                {
                    skipped++;
                    continue;
                }

                var item = await NewItemAsync(manager, entry, id, original, culture, seed, countries, cancellationToken);
                await writer.AddAsync(item, entry.PublishedUtc.AddDays(-7), entry.PublishedUtc, entry.Published ? entry.PublishedUtc : null);
                if (++created % DemoBulkWriter.ItemsPerSave == 0)
                {
                    await writer.SaveAsync(cancellationToken);
                }
            }
        }

        await writer.SaveAsync(cancellationToken);
        await transaction.CommitAsync();
        return (created, skipped);
    }

    private static async Task<ContentItem> NewItemAsync(
        IContentManager manager, DemoEntry entry, string id, string original, string culture, int seed, TaxonomyTree countries, CancellationToken cancellationToken)
    {
        var texts = DemoTexts.Write(entry, culture, countries.Find(entry.Countries[0])?.Names.For(culture) ?? entry.Countries[0]);
        var item = await manager.NewAsync(EntryFields.ContentType, cancellationToken);
        item.ContentItemId = id;
        item.LocalizationSet = original;
        item.Culture = culture;
        item.DisplayText = texts.Title;
        var slug = Slugs.FromTitle(texts.Title);
        item.Alter<TitlePart>(p => p.Title = texts.Title)
            .Alter<AutoroutePart>(p => p.Slug = string.Create(CultureInfo.InvariantCulture, $"{(slug.Length > 80 ? slug[..80].Trim('-') : slug)}-{seed}-{entry.Number}"))
            .Alter<EntryPart>(p =>
            {
                p.ShortDescription = texts.ShortDescription;
                p.FullDescription = texts.FullDescription;
                p.OrganisationName = texts.OrganisationName;
                p.StartDate = new DateOnly(entry.StartYear, 1 + (entry.Number % 12), 1);
                p.EndDate = entry.Status == "completed" ? new DateOnly(Math.Min(entry.StartYear + 2, entry.PublishedUtc.Year), 12, 31) : null;
                p.TargetGroups = texts.TargetGroups;
                p.Partners = texts.Partners;
                p.Website = string.Create(CultureInfo.InvariantCulture, $"https://example.org/projects/{seed}/{entry.Number}");
                p.PublicContactName = texts.ContactName;
                p.PublicContactOrganisation = texts.OrganisationName;
                p.PrivateContactEmail = string.Create(CultureInfo.InvariantCulture, $"contact{entry.Number}@example.org");
                p.OriginalCulture = entry.OriginalCulture;
            })
            .Alter<TermsPart>(p =>
            {
                p.Set(EntryFields.ActionLines, entry.ActionLines);
                p.Set(EntryFields.SdgGoals, entry.Goals);
                p.Set(EntryFields.SdgTargets, entry.Targets);
                p.Set(EntryFields.StakeholderType, [entry.StakeholderType]);
                p.Set(EntryFields.Countries, entry.Countries);
                p.Set(EntryFields.Coverage, [entry.Coverage]);
                p.Set(EntryFields.Status, [entry.Status]);
                p.Set(EntryFields.SpecialRepositories, entry.Repositories);
                p.Set(EntryFields.Edition, entry.Edition is null ? [] : [entry.Edition]);
            });
        return item;
    }
}

public sealed record DemoSeedResult(int Created, int Skipped, TimeSpan Writing, TimeSpan Indexing);
