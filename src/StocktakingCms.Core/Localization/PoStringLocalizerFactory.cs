using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Localization;

/// <summary>
/// Replaces the resx factory. Also serves <c>IHtmlLocalizer</c> and <c>IViewLocalizer</c>, since
/// ASP.NET Core's HtmlLocalizerFactory and ViewLocalizer wrap whatever factory is registered.
/// </summary>
public sealed class PoStringLocalizerFactory(PoCatalogStore store) : IStringLocalizerFactory
{
    /// <summary>For <c>IStringLocalizer&lt;T&gt;</c>: msgctxt may be T's full name.</summary>
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new PoStringLocalizer(store, resourceSource.FullName);
    }

    /// <summary>For view localizers: msgctxt may be the view's base name (app name + dotted path).</summary>
    public IStringLocalizer Create(string baseName, string location) => new PoStringLocalizer(store, baseName);
}
