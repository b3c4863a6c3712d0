using Microsoft.AspNetCore.Mvc;

namespace StocktakingCms.Core.Display;

/// <summary>Lets part drivers bind posted values through an MVC controller's model binding and model state.</summary>
public sealed class ControllerModelUpdater(Controller controller) : IPartModelUpdater
{
    public Task<bool> TryUpdateModelAsync<TModel>(TModel model, string prefix) where TModel : class =>
        controller.TryUpdateModelAsync(model, prefix);

    public void AddModelError(string key, string message) => controller.ModelState.AddModelError(key, message);
}
