using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Attribute = Lucene.Net.Util.Attribute;

namespace StocktakingCms.Search.Lucene.Indexing;

/// <summary>
/// Creates the attributes the indexing chain asks of a replayed token stream directly. Lucene's
/// default factory finds the class of each attribute by reflection under a global lock; a rebuild
/// creates a dozen streams per document on every core, and that lock was a tenth of its time.
/// </summary>
internal sealed class DirectAttributeFactory : AttributeSource.AttributeFactory
{
    public static readonly DirectAttributeFactory Instance = new();

    public override Attribute CreateAttributeInstance<T>()
    {
        var type = typeof(T);
        if (type == typeof(ICharTermAttribute) || type == typeof(ITermToBytesRefAttribute))
        {
            return new CharTermAttribute();
        }

        if (type == typeof(IPositionIncrementAttribute))
        {
            return new PositionIncrementAttribute();
        }

        if (type == typeof(IOffsetAttribute))
        {
            return new OffsetAttribute();
        }

        return DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>();
    }
}
