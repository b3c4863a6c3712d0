using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace StocktakingCms.BrowserTests;

/// <summary>
/// axe-core on the page as it is now. Every violation goes to the test output; a "serious" or
/// "critical" one blocks, to be fixed in the product's markup or CSS, never by weakening a test.
/// </summary>
public static class AxeAudit
{
    /// <summary>axe's impacts, worst first.</summary>
    public static readonly string[] Impacts = ["critical", "serious", "moderate", "minor"];

    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Audits the page, writes what axe found, and returns the blocking violations.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> RunAsync(IPage page, string name, ITestOutputHelper output) =>
        Blocking(await AuditAsync(page, name, output));

    /// <summary>The serious and critical violations among those of an audit.</summary>
    public static IReadOnlyList<AxeResultItem> Blocking(IReadOnlyList<AxeResultItem> violations) =>
        [.. violations.Where(v => BlockingImpacts.Contains(v.Impact, StringComparer.Ordinal))];

    /// <summary>How many violations of each impact, worst first: "critical 0, serious 0, moderate 1, minor 0".</summary>
    public static string CountByImpact(IReadOnlyList<AxeResultItem> violations) =>
        string.Join(", ", Impacts.Select(impact => $"{impact} {violations.Count(v => v.Impact == impact)}"));

    /// <summary>Audits the page, writes what axe found, and returns every violation, whatever its impact.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> AuditAsync(IPage page, string name, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var result = await page.RunAxe();

        output.WriteLine($"axe-core {result.TestEngine?.Version} on {name}: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed, {result.Incomplete.Length} to review.");
        foreach (var group in result.Violations.GroupBy(v => v.Impact ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key}: {group.Count()} ({string.Join(", ", group.Select(v => v.Id))})");
        }

        foreach (var violation in result.Violations)
        {
            output.WriteLine(Describe(violation));
        }

        if (result.Incomplete.Length > 0)
        {
            // What axe could not decide (e.g. contrast over a background it cannot compute): for a person to check, not a failure.
            output.WriteLine($"  to review: {string.Join(", ", result.Incomplete.Select(r => $"{r.Id} ({r.Nodes.Length} element(s), e.g. {string.Join(" ", r.Nodes.Take(2).Select(n => n.Target?.ToString()))})"))}");
        }

        output.WriteLine($"  passed: {string.Join(", ", result.Passes.Select(r => r.Id))}");
        return result.Violations;
    }

    /// <summary>The assertion message for pages with blocking violations, each page named.</summary>
    public static string Failure(IEnumerable<(string Name, IReadOnlyList<AxeResultItem> Blocking)> pages) =>
        string.Join(
            Environment.NewLine,
            pages.Where(p => p.Blocking.Count > 0).Select(p =>
                $"{p.Name}: {p.Blocking.Count} serious or critical axe violation(s), to be fixed in the product's markup or CSS (themes/, modules/*/Views):{Environment.NewLine}"
                + string.Join(Environment.NewLine, p.Blocking.Select(Describe))));

    private static string Describe(AxeResultItem violation)
    {
        var nodes = violation.Nodes.Select(n =>
            $"      {n.Target} {n.Html}{Environment.NewLine}        {FailureSummary(n)}");
        return $"    [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl}){Environment.NewLine}{string.Join(Environment.NewLine, nodes)}";
    }

    /// <summary>What axe says to fix on one element: any one of the "any" checks, every "all" and "none" check.</summary>
    private static string FailureSummary(AxeResultNode node)
    {
        var parts = new List<string>();
        if (node.Any is { Length: > 0 } any)
        {
            parts.Add("fix any of: " + string.Join(" | ", any.Select(c => c.Message)));
        }

        var all = (node.All ?? []).Concat(node.None ?? []).ToList();
        if (all.Count > 0)
        {
            parts.Add("fix all of: " + string.Join(" | ", all.Select(c => c.Message)));
        }

        return string.Join("; ", parts).ReplaceLineEndings(" ");
    }
}
