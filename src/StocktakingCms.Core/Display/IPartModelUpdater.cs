namespace StocktakingCms.Core.Display;

/// <summary>Binds posted form values onto a part's editor model; implemented over an MVC controller.</summary>
public interface IPartModelUpdater
{
    Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class;

    void AddModelError(string key, string message);
}
