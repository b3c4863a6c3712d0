namespace StocktakingCms.Entries.Submissions;

/// <summary>
/// A block another module adds to a contributor's page for one of their entries in My entries
/// (the Workflows module: the conversation with the reviewers and the reply form), so this module
/// needs no reference to the modules that fill the page and loses a block when its module is off.
/// Only called for the entry's owner: a block may show what only they and the editors may read,
/// never the private contact or anything about other people's entries.
/// </summary>
public interface IMyEntrySection
{
    /// <summary>The block for this entry in the reader's culture, or null when there is nothing to show.</summary>
    Task<MyEntrySectionShape?> BuildAsync(MyEntry entry, CancellationToken cancellationToken);
}

/// <summary>The entry a My entries page is about, as its owner sees it.</summary>
public sealed record MyEntry(string ContentItemId, string Title, string Culture, string OwnerUserId);

/// <summary>A partial view (full path) and its model; blocks are shown in ascending <paramref name="Position"/>.</summary>
public sealed record MyEntrySectionShape(string ViewName, object Model, int Position);
