using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using StocktakingCms.Core.Modules;
using StocktakingCms.Core.Security;

namespace StocktakingCms.Tests.Architecture;

/// <summary>
/// Dependencies point inward: host -> modules and themes -> kernel. These tests fail the build's
/// test run when a reference crosses that line.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Kernel = typeof(ModuleAttribute).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly ModuleCatalog Catalog = ModuleCatalog.Discover(Host);

    [Fact]
    public void Should_find_the_modules_and_themes_the_host_references()
    {
        var ids = Catalog.Modules.Select(m => m.Id).ToList();
        Assert.Contains("StocktakingCms.Contents", ids);
        Assert.Contains("StocktakingCms.Users", ids);
        Assert.Contains("StocktakingCms.Theme", ids);
        Assert.True(ids.IndexOf("StocktakingCms.Contents") < ids.IndexOf("StocktakingCms.Home"), "A module must start after the modules it depends on.");
    }

    [Fact]
    public void Should_keep_the_kernel_free_of_module_references()
    {
        var references = OwnReferences(Kernel);
        Assert.True(references.Count == 0, $"The kernel references {string.Join(", ", references)}.");
    }

    [Fact]
    public void Should_let_a_module_reference_only_the_kernel_and_the_modules_its_manifest_names()
    {
        var violations = new List<string>();
        foreach (var module in Catalog.Modules)
        {
            var allowed = module.Dependencies.Append(Kernel.GetName().Name!).ToHashSet(StringComparer.Ordinal);
            violations.AddRange(OwnReferences(module.Assembly).Where(r => !allowed.Contains(r)).Select(r => $"{module.Id} -> {r}"));
            violations.AddRange(ProjectReferences(module).Where(r => !allowed.Contains(r)).Select(r => $"{module.Id}.csproj -> {r}"));
        }

        Assert.True(violations.Count == 0, "Undeclared module dependencies: " + string.Join("; ", violations));
    }

    [Fact]
    public void Should_keep_logic_out_of_the_host()
    {
        var types = Host.GetTypes()
            .Where(t => !t.Name.StartsWith('<') && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.Equal(["Program"], types);

        var hostFolder = Path.Combine(RepositoryRoot(), "src", "StocktakingCms.Web");
        var sources = Directory.EnumerateFiles(hostFolder, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Where(name => name != "StocktakingCms.Web.csproj")
            .ToList();
        Assert.Equal(["Program.cs"], sources);
    }

    [Fact]
    public void Should_require_a_permission_on_every_admin_action()
    {
        var missing = new List<string>();
        foreach (var controller in Catalog.Modules.SelectMany(m => m.Assembly.GetTypes()).Where(t => typeof(Controller).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var classRoute = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
            foreach (var action in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var actionRoute = action.GetCustomAttributes<HttpMethodAttribute>().Select(a => a.Template).FirstOrDefault() ?? "";
                var path = actionRoute.StartsWith('/') ? actionRoute.TrimStart('/') : $"{classRoute}/{actionRoute}".Trim('/');
                if (!path.StartsWith("admin", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var guarded = action.GetCustomAttributes<RequirePermissionAttribute>().Any()
                    || controller.GetCustomAttributes<RequirePermissionAttribute>().Any();
                var anonymous = action.GetCustomAttribute<AllowAnonymousAttribute>() is not null
                    || controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
                if (!guarded || anonymous)
                {
                    missing.Add($"{controller.FullName}.{action.Name} (/{path})");
                }
            }
        }

        Assert.True(missing.Count == 0, "Admin actions without a permission: " + string.Join(", ", missing));
    }

    [Fact]
    public void Should_give_every_module_the_same_anatomy()
    {
        var missing = new List<string>();
        foreach (var module in Catalog.Modules)
        {
            var folder = ProjectFolder(module);
            foreach (var file in new[] { "Manifest.cs", "README.md" })
            {
                if (!File.Exists(Path.Combine(folder, file)) && !(module.Manifest.IsTheme && file == "README.md"))
                {
                    missing.Add($"{module.Id}/{file}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Missing module files: " + string.Join(", ", missing));
    }

    private static List<string> OwnReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("StocktakingCms.", StringComparison.Ordinal) && n != Kernel.GetName().Name)];

    private static IEnumerable<string> ProjectReferences(ModuleDescriptor module)
    {
        var csproj = Path.Combine(ProjectFolder(module), $"{module.Assembly.GetName().Name}.csproj");
        return System.Xml.Linq.XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
    }

    private static string ProjectFolder(ModuleDescriptor module)
    {
        var name = module.Assembly.GetName().Name!;
        var root = RepositoryRoot();
        return new[] { Path.Combine(root, "modules", name), Path.Combine(root, "themes", name) }.First(Directory.Exists);
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StocktakingCms.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("StocktakingCms.sln not found above the test folder.");
    }
}
