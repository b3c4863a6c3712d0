using Microsoft.EntityFrameworkCore;
using StocktakingCms.Contents.Models;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Display;
using StocktakingCms.Taxonomies.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>A special repository as visitors see it: in their language when translated, else its original.</summary>
public sealed record SpecialRepositoryView(
    string TermCode,
    string Name,
    string DescriptionHtml,
    int? LaunchYear,
    bool IsProposed,
    string Culture,
    string Url,
    int EntryCount);

/// <summary>
/// The special repositories: one per term of the <c>special-repositories</c> taxonomy, in the
/// taxonomy's order, described by its published <c>SpecialRepository</c> item when there is one
/// (otherwise by the term: its name and its <c>year</c> attribute), with how many published
/// items its term page lists.
/// </summary>
public sealed class SpecialRepositoryDirectory(
    TaxonomyStore taxonomies, CoreDbContext content, TaxonomiesDbContext links, TermPageQuery termPages, MarkdownRenderer markdown)
{
    public async Task<IReadOnlyList<SpecialRepositoryView>> ListAsync(string culture, CancellationToken cancellationToken)
    {
        if (await taxonomies.GetAsync(SpecialRepositoryPart.Taxonomy, cancellationToken) is not { } tree)
        {
            return [];
        }

        var items = await content.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == SpecialRepositoryPart.ContentType && i.Published && !i.Deleted)
            .ToListAsync(cancellationToken);
        var byTerm = items
            .Where(i => i.Get<SpecialRepositoryPart>() is { TermCode.Length: > 0 })
            .GroupBy(i => i.Get<SpecialRepositoryPart>()!.TermCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.FirstOrDefault(i => i.Culture == culture) ?? g.OrderBy(i => i.Culture, StringComparer.Ordinal).First(),
                StringComparer.OrdinalIgnoreCase);
        var counts = await termPages.Listed(links.TermLinks.AsNoTracking())
            .Where(l => l.Published && l.TaxonomyCode == SpecialRepositoryPart.Taxonomy)
            .GroupBy(l => l.TermCode)
            .Select(g => new { Code = g.Key, Count = g.Select(l => l.LocalizationSet).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Count, StringComparer.OrdinalIgnoreCase, cancellationToken);

        return [.. tree.Taxonomy.Terms.Select(term =>
        {
            var url = $"/{culture}/{SpecialRepositoryPart.Taxonomy}/{term.Code}";
            var count = counts.GetValueOrDefault(term.Code);
            if (byTerm.TryGetValue(term.Code, out var item))
            {
                var part = item.Get<SpecialRepositoryPart>()!;
                return new SpecialRepositoryView(term.Code, item.DisplayText,
                    markdown.ToSafeHtml(item.Get<MarkdownBodyPart>()?.Markdown ?? ""), part.LaunchYear, part.IsProposed, item.Culture, url, count);
            }

            var proposed = term.Attributes.GetValueOrDefault("status") == "proposed";
            int? year = !proposed && int.TryParse(term.Attributes.GetValueOrDefault("year"), out var y) ? y : null;
            return new SpecialRepositoryView(term.Code, term.Names.For(culture),
                markdown.ToSafeHtml(term.Descriptions.For(culture)), year, proposed, culture, url, count);
        })];
    }

    public async Task<SpecialRepositoryView?> FindAsync(string termCode, string culture, CancellationToken cancellationToken) =>
        (await ListAsync(culture, cancellationToken)).FirstOrDefault(r => string.Equals(r.TermCode, termCode, StringComparison.OrdinalIgnoreCase));
}
