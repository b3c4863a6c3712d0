using StocktakingCms.Search.Lucene.Query;

namespace StocktakingCms.Search.Lucene.ViewModels;

/// <summary>The "related entries" block of an entry's page: in the visitor's <paramref name="Culture"/>, best first.</summary>
public sealed record RelatedEntriesViewModel(string Culture, IReadOnlyList<RelatedEntry> Entries);
