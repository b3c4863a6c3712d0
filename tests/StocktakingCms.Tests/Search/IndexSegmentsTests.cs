using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// The live indexes stay in few segments however many small commits the worker makes: every query
/// looks each of its terms up once per segment, so a day of one-entry commits must not leave dozens;
/// and a new segment's caches are filled before searches get it.
/// </summary>
public sealed class IndexSegmentsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"segments-{Guid.NewGuid():N}");

    [Fact]
    public void Should_merge_the_segments_of_many_small_commits_back_into_one()
    {
        using var analyzers = new LanguageAnalyzers();
        var warmed = new WarmedSegments();
        using var indexes = new SearchIndexes(new DataFolder(_folder), analyzers, [warmed]);

        for (var i = 0; i < 30; i++)
        {
            indexes.Apply($"set-{i}", new Dictionary<string, Document?> { ["en"] = Entry($"set-{i}", $"Community network number {i}") });
            indexes.Commit();
        }

        indexes.WaitForMerges();
        indexes.Commit();

        Assert.Equal(30, indexes.CountDocuments()["en"]);
        Assert.Equal(1, indexes.CountSegments()["en"]);
        // The merged segment was read into the caches before any search could see it.
        Assert.True(indexes.Search(searcher => searcher.IndexReader.Leaves.All(leaf => warmed.Contains(leaf.AtomicReader))));
    }

    /// <summary>Remembers the segments it was asked to warm.</summary>
    private sealed class WarmedSegments : ISegmentWarmer
    {
        private readonly ConditionalWeakTable<object, object> _cores = [];

        public void Warm(AtomicReader segment) => _cores.AddOrUpdate(segment.CoreCacheKey, segment);

        public bool Contains(AtomicReader segment) => _cores.TryGetValue(segment.CoreCacheKey, out _);
    }

    private static Document Entry(string set, string title) =>
    [
        new StringField(SearchFields.Set, set, Field.Store.YES),
        new TextField(SearchFields.Text(SearchFields.TitleText, "en"), title, Field.Store.NO),
    ];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
