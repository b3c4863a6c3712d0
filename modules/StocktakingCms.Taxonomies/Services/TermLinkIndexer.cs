using Microsoft.EntityFrameworkCore;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Content.Definitions;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Writes the <see cref="TermLink"/> rows of one version of an item (latest or published) from its
/// <see cref="TermsPart"/> and the type's field settings. Rows are staged; the caller's save
/// commits them with the item.
/// </summary>
public sealed class TermLinkIndexer(TaxonomiesDbContext db, IContentDefinitionStore definitions)
{
    public async Task<IReadOnlyList<TaxonomyFieldSettings>> FieldsAsync(ContentItem item) =>
        (await definitions.GetTypeAsync(item.ContentType))?.FindPart(nameof(TermsPart))?.GetSettings<TermsPartSettings>().Fields ?? [];

    public async Task IndexAsync(ContentItem item, bool published)
    {
        if (item.Get<TermsPart>() is not { } part)
        {
            return;
        }

        await RemoveAsync(item.ContentItemId, published);
        foreach (var field in await FieldsAsync(item))
        {
            foreach (var code in part.Get(field.Name))
            {
                db.TermLinks.Add(new TermLink
                {
                    ContentItemId = item.ContentItemId,
                    LocalizationSet = item.LocalizationSet,
                    Culture = item.Culture,
                    ContentType = item.ContentType,
                    Published = published,
                    Field = field.Name,
                    TaxonomyCode = field.Taxonomy,
                    TermCode = code,
                    SortDate = (published ? item.PublishedUtc : null) ?? item.ModifiedUtc,
                });
            }
        }
    }

    public async Task RemoveAsync(string contentItemId, bool published)
    {
        // Rows added earlier in this operation are still only in the tracker.
        foreach (var pending in db.TermLinks.Local.Where(l => l.ContentItemId == contentItemId && l.Published == published).ToList())
        {
            db.Entry(pending).State = pending.Id == 0 ? EntityState.Detached : EntityState.Deleted;
        }

        var stored = await db.TermLinks.Where(l => l.ContentItemId == contentItemId && l.Published == published).ToListAsync();
        db.TermLinks.RemoveRange(stored);
    }
}
