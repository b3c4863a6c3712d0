using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Users.Services;

namespace StocktakingCms.Users;

/// <summary>Identity itself is part of the kernel; this module brings its screens, mails and rules.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdentityOptions>(identity => identity.SignIn.RequireConfirmedEmail = true);

        // Registered after the kernel's: the last describer wins, the validators add up.
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrors>();
        services.AddScoped<IPasswordValidator<CmsUser>, GuessablePasswordValidator>();

        services.AddScoped<ProfileChoiceProvider>();
        services.AddScoped<AccountMails>();
        services.AddScoped<AccountDataService>();
        services.AddScoped<UserAdminQuery>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
