using StocktakingCms.Core.Hosting;

var builder = WebApplication.CreateBuilder(StocktakingCommands.ConfigurationArguments(args));
builder.WebHost.UseStaticWebAssets();
builder.AddStocktakingCms(typeof(Program).Assembly);

var app = builder.Build();
app.UseStocktakingCms();
return await app.RunStocktakingAsync(args);
