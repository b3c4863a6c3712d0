using System.Reflection;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace StocktakingCms.Core.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Serves <c>IStringLocalizer</c>, <c>IStringLocalizer&lt;T&gt;</c>, <c>IHtmlLocalizer</c> and (with MVC's
    /// AddViewLocalization) <c>IViewLocalizer</c> from the PO files embedded in
    /// <paramref name="assemblies"/> (modules first, then themes: later wins).
    /// </summary>
    public static IServiceCollection AddPoLocalization(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assemblies);

        // Materialized now: the options callback runs later, when the caller's sequence may have changed.
        var list = assemblies.ToList();

        // AddLocalization brings IStringLocalizer<T>; its resx factory is then swapped for ours.
        services.AddLocalization();
        services.Configure<PoLocalizationOptions>(o => o.Assemblies.AddRange(list));
        services.TryAddSingleton<PoCatalogStore>();
        services.RemoveAll<IStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();

        // The same registrations as MVC's AddViewLocalization (TryAdd: whichever runs first wins).
        services.TryAddSingleton<IHtmlLocalizerFactory, HtmlLocalizerFactory>();
        services.TryAddTransient(typeof(IHtmlLocalizer<>), typeof(HtmlLocalizer<>));
        return services;
    }
}
