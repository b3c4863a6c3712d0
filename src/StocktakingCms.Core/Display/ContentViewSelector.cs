using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace StocktakingCms.Core.Display;

/// <summary>Picks the first view that exists among an item's alternates (see <see cref="ContentViewNames"/>).</summary>
public sealed class ContentViewSelector(ICompositeViewEngine viewEngine)
{
    public string Select(ActionContext context, string contentType, string displayType)
    {
        var names = ContentViewNames.Alternates(contentType, displayType);
        return names.FirstOrDefault(name => viewEngine.FindView(context, name, isMainPage: true).Success) ?? names[^1];
    }
}
