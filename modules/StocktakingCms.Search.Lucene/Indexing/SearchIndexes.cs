using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using StocktakingCms.Core.Hosting;
using StocktakingCms.Core.Localization;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// This node's indexes, one per language under <c>{DataPath}/search/{culture}</c> holding the
/// entries' versions written in that language: one writer each
/// (only the indexing worker writes) and a <see cref="SearcherManager"/> for concurrent searches.
/// A rebuild writes new indexes beside the live ones and swaps them in; searches keep working
/// meanwhile and wait only for the few milliseconds of the swap.
/// </summary>
public sealed class SearchIndexes : IDisposable
{
    private readonly LanguageAnalyzers _analyzers;
    private readonly WarmingSearcherFactory _searchers;
    private readonly ReaderWriterLockSlim _swap = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, LiveIndex> _live = new(StringComparer.Ordinal);

    public SearchIndexes(DataFolder data, LanguageAnalyzers analyzers, IEnumerable<ISegmentWarmer> warmers)
    {
        _analyzers = analyzers;
        _searchers = new WarmingSearcherFactory([.. warmers]);
        Root = data.Combine("search");
        System.IO.Directory.CreateDirectory(Root);
        foreach (var culture in CmsCultures.All)
        {
            _live[culture] = LiveIndex.Open(PathOf(culture), analyzers, _searchers);
        }
    }

    public string Root { get; }

    private string PathOf(string culture) => Path.Combine(Root, culture);

    /// <summary>
    /// Runs a search over every index at once (one reader of all six): a visitor in any culture
    /// may be shown text in any language. Queries keep the documents visible in their culture
    /// (<see cref="SearchFields.VisibleIn"/>).
    /// </summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        _swap.EnterReadLock();
        var acquired = new List<(SearcherManager Manager, IndexSearcher Searcher)>(_live.Count);
        try
        {
            foreach (var index in _live.Values)
            {
                acquired.Add((index.Searchers, index.Searchers.Acquire()));
            }

            // Not closing the sub-readers: the managers own them, the combined view only references them.
            using var all = new MultiReader([.. acquired.Select(a => a.Searcher.IndexReader)], closeSubReaders: false);
            return search(new IndexSearcher(all));
        }
        finally
        {
            foreach (var (manager, searcher) in acquired)
            {
                manager.Release(searcher);
            }

            _swap.ExitReadLock();
        }
    }

    /// <summary>Replaces a localization set's documents, one per language index (removes it where there is none).</summary>
    public void Apply(string set, IReadOnlyDictionary<string, Document?> documents) =>
        EachLive((culture, index) => Replace(index.Writer, set, documents.GetValueOrDefault(culture)));

    /// <summary>Makes applied changes durable and visible to searches.</summary>
    public void Commit() => EachLive((_, index) =>
    {
        index.Writer.Commit();
        index.Searchers.MaybeRefreshBlocking();
    });

    /// <summary>
    /// Lets searches see the segments merged in the background since the last commit (a commit
    /// refreshes them too). Cheap when nothing changed: the worker calls it at each poll.
    /// </summary>
    public void Refresh() => EachLive((_, index) => index.Searchers.MaybeRefresh());

    /// <summary>Waits for the background merges (a <see cref="Commit"/> then makes them durable and visible).</summary>
    public void WaitForMerges() => EachLive((_, index) => index.Writer.WaitForMerges());

    /// <summary>Acts on each live index by culture; a rebuild's swap waits until it is done.</summary>
    private void EachLive(Action<string, LiveIndex> action)
    {
        _swap.EnterReadLock();
        try
        {
            foreach (var (culture, index) in _live)
            {
                action(culture, index);
            }
        }
        finally
        {
            _swap.ExitReadLock();
        }
    }

    /// <summary>Documents in each language's index (the entries' versions written in it).</summary>
    public IReadOnlyDictionary<string, int> CountDocuments() => ReadEach(reader => reader.NumDocs);

    /// <summary>Segments of each language's index: every query looks each of its terms up once per segment.</summary>
    public IReadOnlyDictionary<string, int> CountSegments() => ReadEach(reader => reader.Leaves.Count);

    private Dictionary<string, T> ReadEach<T>(Func<IndexReader, T> read)
    {
        _swap.EnterReadLock();
        try
        {
            return _live.ToDictionary(index => index.Key, index =>
            {
                var searcher = index.Value.Searchers.Acquire();
                try
                {
                    return read(searcher.IndexReader);
                }
                finally
                {
                    index.Value.Searchers.Release(searcher);
                }
            }, StringComparer.Ordinal);
        }
        finally
        {
            _swap.ExitReadLock();
        }
    }

    /// <summary>Empty indexes beside the live ones of these cultures, filled by a rebuild, then <see cref="Swap"/>ped in.</summary>
    public IndexBuild BeginRebuild(IEnumerable<string> cultures)
    {
        var writers = new Dictionary<string, IndexWriter>(StringComparer.Ordinal);
        foreach (var culture in CmsCultures.All.Intersect(cultures, StringComparer.Ordinal))
        {
            var path = PathOf(culture) + ".new";
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }

            // A bigger buffer than live indexes need: fewer, larger segments while filling.
            var config = LiveIndex.Config(_analyzers, OpenMode.CREATE);
            config.RAMBufferSizeMB = 48;
            writers[culture] = new IndexWriter(FSDirectory.Open(path), config);
        }

        return new IndexBuild(writers);
    }

    public void Swap(IndexBuild build)
    {
        build.Complete();
        _swap.EnterWriteLock();
        try
        {
            foreach (var culture in build.Cultures)
            {
                // Thrown away, not closed: closing would wait for its merges while searches wait for the swap.
                _live[culture].Discard();
                var live = PathOf(culture);
                var old = live + ".old";
                if (System.IO.Directory.Exists(old))
                {
                    System.IO.Directory.Delete(old, recursive: true);
                }

                if (System.IO.Directory.Exists(live))
                {
                    System.IO.Directory.Move(live, old);
                }

                System.IO.Directory.Move(live + ".new", live);
                _live[culture] = LiveIndex.Open(live, _analyzers, _searchers);
                if (System.IO.Directory.Exists(old))
                {
                    System.IO.Directory.Delete(old, recursive: true);
                }
            }
        }
        finally
        {
            _swap.ExitWriteLock();
        }
    }

    internal static void Replace(IndexWriter writer, string set, Document? document)
    {
        var term = new Term(SearchFields.Set, set);
        if (document is null)
        {
            writer.DeleteDocuments(term);
        }
        else
        {
            writer.UpdateDocument(term, document);
        }
    }

    public void Dispose()
    {
        foreach (var index in _live.Values)
        {
            index.Dispose();
        }

        _swap.Dispose();
    }

    private sealed class LiveIndex(LuceneDirectory directory, IndexWriter writer, SearcherManager searchers) : IDisposable
    {
        public IndexWriter Writer { get; } = writer;

        public SearcherManager Searchers { get; } = searchers;

        public static IndexWriterConfig Config(LanguageAnalyzers analyzers, OpenMode mode) =>
            new(LanguageAnalyzers.Version, analyzers.Fields) { OpenMode = mode };

        public static LiveIndex Open(string path, LanguageAnalyzers analyzers, SearcherFactory searchers)
        {
            var directory = FSDirectory.Open(path);
            var config = Config(analyzers, OpenMode.CREATE_OR_APPEND);
            config.MergePolicy = FewSegments();
            var writer = new IndexWriter(directory, config);
            // A new index has no commit yet: commit once so readers can open it.
            writer.Commit();
            return new LiveIndex(directory, writer, new SearcherManager(writer, applyAllDeletes: true, searchers));
        }

        /// <summary>
        /// Each worker commit writes a segment, and each query looks every one of its terms up once
        /// per segment of each of the six indexes. Lucene's defaults merge ten segments at a time
        /// (anything under 2 MB counted as 2 MB), so an index keeps up to ten: after a hundred small
        /// commits at 100,000 entries, 30 segments in all, and the term lookups were half a text
        /// query's time (p95 13.4 ms, against 8–9 ms with one segment per index). These
        /// indexes are small (36 MB for the largest at 100,000 entries, 6 MB at 15,000) and read
        /// far more than written, so every segment under 32 MB counts as 32 MB and two segments
        /// are merged at a time: an index under 64 MB is merged back into one segment in the
        /// background after each commit, a larger one keeps two or three.
        /// </summary>
        private static TieredMergePolicy FewSegments() => new() { FloorSegmentMB = 32, SegmentsPerTier = 2, MaxMergeAtOnce = 2 };

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            directory.Dispose();
        }

        /// <summary>Closes an index about to be replaced: its running merges are aborted, nothing is committed.</summary>
        public void Discard()
        {
            Searchers.Dispose();
            Writer.Rollback();
            directory.Dispose();
        }
    }
}

/// <summary>New indexes being filled by a rebuild, not yet searched.</summary>
public sealed class IndexBuild(IReadOnlyDictionary<string, IndexWriter> writers) : IDisposable
{
    private readonly string[] _cultures = [.. writers.Keys];
    private readonly int[] _added = new int[writers.Count];
    private bool _completed;

    /// <summary>The cultures whose indexes are being built (the others are left as they are).</summary>
    public IReadOnlyList<string> Cultures => _cultures;

    /// <summary>Documents added so far to each new index, by culture (a copy, for the status page).</summary>
    public IReadOnlyDictionary<string, int> Added =>
        _cultures.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => Volatile.Read(ref _added[p.i]), StringComparer.Ordinal);

    /// <summary>
    /// Adds a set's documents, each to its language's index (those of other languages are not
    /// being built and are skipped). Thread-safe: a rebuild adds from every
    /// core, and the writer analyzes the text in the adding thread. (With one thread per index the
    /// biggest language's thread, English, set the pace while the other cores waited.)
    /// </summary>
    public void Add(IReadOnlyDictionary<string, Document?> documents)
    {
        for (var i = 0; i < _cultures.Length; i++)
        {
            if (documents.GetValueOrDefault(_cultures[i]) is { } document)
            {
                writers[_cultures[i]].AddDocument(document);
                Interlocked.Increment(ref _added[i]);
            }
        }
    }

    /// <summary>
    /// Merges each new index into one segment (every query looks each of its terms up once per
    /// segment) and commits, the indexes in parallel.
    /// </summary>
    internal void Complete()
    {
        Parallel.ForEach(writers.Values, writer => writer.ForceMerge(1));
        foreach (var writer in writers.Values)
        {
            writer.Commit();
            var directory = writer.Directory;
            writer.Dispose();
            directory.Dispose();
        }

        _completed = true;
    }

    public void Dispose()
    {
        if (!_completed)
        {
            foreach (var writer in writers.Values)
            {
                var directory = writer.Directory;
                writer.Rollback();
                directory.Dispose();
            }
        }
    }
}
