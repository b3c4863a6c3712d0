using Lucene.Net.Documents;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Search.Lucene.Indexing;

namespace StocktakingCms.Tests.Search;

/// <summary>
/// The live indexes stay in few segments however many small commits the worker makes: every query
/// looks each of its terms up once per segment, so a day of one-entry commits must not leave dozens.
/// </summary>
public sealed class IndexSegmentsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"segments-{Guid.NewGuid():N}");

    [Fact]
    public void Should_merge_the_segments_of_many_small_commits_back_into_one()
    {
        using var analyzers = new LanguageAnalyzers();
        using var indexes = new SearchIndexes(new DataFolder(_folder), analyzers);

        for (var i = 0; i < 30; i++)
        {
            indexes.Apply($"set-{i}", new Dictionary<string, Document?> { ["en"] = Entry($"set-{i}", $"Community network number {i}") });
            indexes.Commit();
        }

        indexes.WaitForMerges();
        indexes.Commit();

        Assert.Equal(30, indexes.CountDocuments()["en"]);
        Assert.Equal(1, indexes.CountSegments()["en"]);
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
