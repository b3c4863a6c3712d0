using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using StocktakingCms.Core.Modules;

namespace StocktakingCms.Core.Display;

/// <summary>
/// Picks the first view that exists among an item's alternates (see <see cref="ContentViewNames"/>).
/// For each alternate the theme and the current area are searched first, then the shared views of
/// every switched-on module, so a module can ship the item view of the types it owns (the Calls
/// module's <c>Items/Letter.Detail</c>) and a theme can still override it at the same path.
/// </summary>
public sealed class ContentViewSelector(ICompositeViewEngine viewEngine, ModuleState modules)
{
    public string Select(ActionContext context, string contentType, string displayType)
    {
        var names = ContentViewNames.Alternates(contentType, displayType);
        foreach (var name in names)
        {
            if (viewEngine.FindView(context, name, isMainPage: true).Success)
            {
                return name;
            }

            foreach (var module in modules.Catalog.Modules.Where(m => modules.IsEnabled(m.Id)))
            {
                var path = $"/Areas/{module.Assembly.GetName().Name}/Views/Shared/{name}.cshtml";
                if (viewEngine.GetView(executingFilePath: null, path, isMainPage: true).Success)
                {
                    return path;
                }
            }
        }

        return names[^1];
    }
}
