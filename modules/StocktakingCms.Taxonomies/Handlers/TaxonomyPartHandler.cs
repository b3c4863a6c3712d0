using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content.Handlers;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Localization;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;
using StocktakingCms.Taxonomies.Services;

namespace StocktakingCms.Taxonomies.Handlers;

/// <summary>
/// Keeps a taxonomy valid (a code, unique term codes, a name for every term, known cultures) and
/// keeps the code → item index and the cache in step with the published version.
/// </summary>
public sealed class TaxonomyPartHandler(TaxonomiesDbContext db, TaxonomyStore store, CmsDbSession session, IStringLocalizer<TaxonomyPartHandler> T) : ContentHandler
{
    public const int MaxCodeLength = 100;

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.Get<TaxonomyPart>() is not { } taxonomy)
        {
            return;
        }

        if (!TermCodes.IsValid(taxonomy.Code))
        {
            context.AddError("TaxonomyPart.Code", T["A code is 1 to {0} letters, digits, dots or hyphens.", MaxCodeLength]);
        }
        else if (await db.Taxonomies.AnyAsync(t => t.Code == taxonomy.Code && t.ContentItemId != context.ContentItem.ContentItemId))
        {
            context.AddError("TaxonomyPart.Code", T["Another taxonomy already has the code \"{0}\".", taxonomy.Code]);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in taxonomy.AllTerms())
        {
            if (!TermCodes.IsValid(term.Code))
            {
                context.AddError("TaxonomyPart.Terms", T["The term code \"{0}\" is not valid: use letters, digits, dots or hyphens.", term.Code]);
            }
            else if (!seen.Add(term.Code))
            {
                context.AddError("TaxonomyPart.Terms", T["The term code \"{0}\" is used twice.", term.Code]);
            }

            if (term.Names.All(n => string.IsNullOrWhiteSpace(n.Value)))
            {
                context.AddError("TaxonomyPart.Terms", T["The term \"{0}\" has no name.", term.Code]);
            }

            if (term.Names.Keys.Concat(term.Provisional).FirstOrDefault(c => !CmsCultures.IsSupported(c)) is { } culture)
            {
                context.AddError("TaxonomyPart.Terms", T["The term \"{0}\" has a name in an unknown language \"{1}\".", term.Code, culture]);
            }
        }
    }

    public override async Task PublishedAsync(PublishContentContext context)
    {
        if (context.ContentItem.Get<TaxonomyPart>() is not { } taxonomy)
        {
            return;
        }

        var row = await db.Taxonomies.FirstOrDefaultAsync(t => t.ContentItemId == context.ContentItem.ContentItemId);
        if (row is null)
        {
            db.Taxonomies.Add(row = new TaxonomyIndex { ContentItemId = context.ContentItem.ContentItemId });
        }
        else if (row.Code != taxonomy.Code)
        {
            var previousCode = row.Code;
            session.AfterCommit(() => store.Evict(previousCode));
        }

        row.Code = taxonomy.Code;
        session.AfterCommit(() => store.Evict(taxonomy.Code));
    }

    public override async Task RemovedAsync(ContentContext context)
    {
        var row = await db.Taxonomies.FirstOrDefaultAsync(t => t.ContentItemId == context.ContentItem.ContentItemId);
        if (row is not null)
        {
            db.Taxonomies.Remove(row);
            session.AfterCommit(() => store.Evict(row.Code));
        }
    }
}
