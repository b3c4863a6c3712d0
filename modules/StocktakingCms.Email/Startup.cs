using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StocktakingCms.Core.Admin;
using StocktakingCms.Core.Data;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;
using StocktakingCms.Email.Data;
using StocktakingCms.Email.Services;

namespace StocktakingCms.Email;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCmsDbContext<EmailDbContext, SqliteEmailDbContext, PostgresEmailDbContext>("Email");
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();

        services.AddSingleton<MailTemplateStore>();
        services.AddSingleton<MailRenderer>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailTransports>();
        services.AddScoped<MailSiteProvider>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<IMailer, Mailer>();
        services.AddScoped<IAccountDataContributor, EmailAccountData>();
        services.AddHostedService<OutboxSender>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenuProvider, AdminMenu>();
    }
}
