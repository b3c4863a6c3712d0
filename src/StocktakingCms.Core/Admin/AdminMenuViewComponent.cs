using Microsoft.AspNetCore.Mvc;

namespace StocktakingCms.Core.Admin;

/// <summary>Renders the admin menu; the admin theme supplies the view (<c>Components/AdminMenu/Default</c>).</summary>
public sealed class AdminMenuViewComponent(AdminMenuBuilder builder) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await builder.BuildAsync(HttpContext.User));
}
