using Microsoft.Extensions.Localization;
using StocktakingCms.Core.Content;
using StocktakingCms.Core.Data;
using StocktakingCms.Taxonomies.Models;

namespace StocktakingCms.Taxonomies.Services;

/// <summary>
/// Changes to a taxonomy's terms made in the admin. Each change is a new version of the taxonomy,
/// published at once, so the history keeps every rename and move.
/// </summary>
public sealed class TaxonomyEditor(
    IContentManager content,
    TaxonomyStore store,
    TermPageQuery query,
    ItemRetagger retagger,
    CmsDbSession session,
    IStringLocalizer<TaxonomyEditor> T)
{
    public Task<ContentOperationResult> RenameAsync(string taxonomyCode, string termCode, LocalizedText names, LocalizedText descriptions, IEnumerable<string> confirmed, CancellationToken cancellationToken) =>
        ChangeAsync(taxonomyCode, (taxonomy, tree) =>
        {
            var term = Find(taxonomy, termCode);
            term.Names = new LocalizedText(names.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value.Trim()));
            term.Descriptions = new LocalizedText(descriptions.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value.Trim()));
            var confirmedSet = confirmed.ToHashSet(StringComparer.OrdinalIgnoreCase);
            term.Provisional = [.. term.Provisional.Where(c => !confirmedSet.Contains(c))];
            return null;
        }, cancellationToken);

    public Task<ContentOperationResult> AddAsync(string taxonomyCode, string? parentCode, string code, LocalizedText names, CancellationToken cancellationToken) =>
        ChangeAsync(taxonomyCode, (taxonomy, tree) =>
        {
            if (tree.Find(code) is not null)
            {
                return T["The term code \"{0}\" is used twice.", code];
            }

            var siblings = string.IsNullOrEmpty(parentCode) ? taxonomy.Terms : Find(taxonomy, parentCode).Children;
            siblings.Add(new TaxonomyTerm { Code = code.Trim(), Names = names });
            return null;
        }, cancellationToken);

    /// <summary>Moves a term under another parent (or to the top level with an empty parent).</summary>
    public Task<ContentOperationResult> MoveAsync(string taxonomyCode, string termCode, string? newParentCode, CancellationToken cancellationToken) =>
        ChangeAsync(taxonomyCode, (taxonomy, tree) =>
        {
            if (!string.IsNullOrEmpty(newParentCode) && tree.SelfAndDescendantCodes(termCode).Contains(newParentCode, StringComparer.OrdinalIgnoreCase))
            {
                return T["A term cannot be moved under itself or one of its children."];
            }

            var term = Find(taxonomy, termCode);
            SiblingsOf(taxonomy, termCode).Remove(term);
            (string.IsNullOrEmpty(newParentCode) ? taxonomy.Terms : Find(taxonomy, newParentCode).Children).Add(term);
            return null;
        }, cancellationToken);

    /// <summary>Moves a term one place up (negative) or down (positive) among its siblings.</summary>
    public Task<ContentOperationResult> ReorderAsync(string taxonomyCode, string termCode, int offset, CancellationToken cancellationToken) =>
        ChangeAsync(taxonomyCode, (taxonomy, tree) =>
        {
            var siblings = SiblingsOf(taxonomy, termCode);
            var term = Find(taxonomy, termCode);
            var index = siblings.IndexOf(term);
            var target = Math.Clamp(index + offset, 0, siblings.Count - 1);
            siblings.RemoveAt(index);
            siblings.Insert(target, term);
            return null;
        }, cancellationToken);

    /// <summary>Deletes a term and its children, only when no content uses any of them.</summary>
    public async Task<ContentOperationResult> DeleteAsync(string taxonomyCode, string termCode, CancellationToken cancellationToken)
    {
        // Each item once (an entry tagged with a term and its parent is one item), and the
        // published version counts too: a draft that drops the term leaves it online until published.
        var current = await store.GetAsync(taxonomyCode, cancellationToken);
        var used = current is null ? 0 : await query.ItemsUsingAsync(current.Code, current.SelfAndDescendantCodes(termCode), cancellationToken);
        return await ChangeAsync(taxonomyCode, (taxonomy, tree) =>
        {
            if (used > 0)
            {
                return T["This term cannot be deleted: {0} items use it or a term below it. Re-tag them first.", used];
            }

            SiblingsOf(taxonomy, termCode).Remove(Find(taxonomy, termCode));
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes a term after moving every item that uses it (or a term below it) to another term,
    /// all in one transaction: the items keep a classification, and nothing is half-moved.
    /// </summary>
    public async Task<ContentOperationResult> ReplaceAndDeleteAsync(string taxonomyCode, string termCode, string replacementCode, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(taxonomyCode, cancellationToken);
        if (tree?.Find(termCode) is null || tree.Find(replacementCode) is not { } replacement)
        {
            return ContentOperationResult.Fail(ContentFailure.NotFound, T["This taxonomy does not exist."]);
        }

        var removed = tree.SelfAndDescendantCodes(termCode);
        if (removed.Contains(replacement.Code, StringComparer.OrdinalIgnoreCase))
        {
            return ContentOperationResult.Fail(ContentFailure.InvalidState, T["Choose a replacement outside the term being deleted."]);
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await retagger.RetagAsync(tree.Code, removed, replacement.Code, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        var result = await DeleteAsync(taxonomyCode, termCode, cancellationToken);
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    private async Task<ContentOperationResult> ChangeAsync(
        string taxonomyCode, Func<TaxonomyPart, TaxonomyTree, string?> change, CancellationToken cancellationToken)
    {
        var tree = await store.GetAsync(taxonomyCode, cancellationToken);
        var item = tree is null ? null : await content.GetAsync(tree.ContentItemId, VersionOptions.Latest, cancellationToken);
        if (tree is null || item?.Get<TaxonomyPart>() is not { } taxonomy)
        {
            return ContentOperationResult.Fail(ContentFailure.NotFound, T["This taxonomy does not exist."]);
        }

        if (change(taxonomy, new TaxonomyTree(item.ContentItemId, taxonomy)) is { } refusal)
        {
            return ContentOperationResult.Fail(ContentFailure.InvalidState, refusal, item);
        }

        var updated = await content.UpdateAsync(item, cancellationToken: cancellationToken);
        return updated.Succeeded ? await content.PublishAsync(item.ContentItemId, cancellationToken) : updated;
    }

    private static TaxonomyTerm Find(TaxonomyPart taxonomy, string code) =>
        taxonomy.AllTerms().FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No term '{code}' in '{taxonomy.Code}'.");

    private static List<TaxonomyTerm> SiblingsOf(TaxonomyPart taxonomy, string code)
    {
        if (taxonomy.Terms.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            return taxonomy.Terms;
        }

        return taxonomy.AllTerms().First(t => t.Children.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))).Children;
    }
}
