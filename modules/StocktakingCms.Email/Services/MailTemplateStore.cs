using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Fluid;
using StocktakingCms.Core.Hosting;

namespace StocktakingCms.Email.Services;

/// <summary>A mail template parsed once: the subject and the Markdown body, both Liquid.</summary>
public sealed record ParsedMailTemplate(string Source, IFluidTemplate Subject, IFluidTemplate Body);

/// <summary>
/// Finds, parses and caches mail templates. An operator's file
/// <c>{DataPath}/mail-templates/{Name}.{culture}.liquid</c> wins over the module's embedded
/// <c>Mail/{Name}.{culture}.liquid</c>; an operator's file is parsed again when it changes.
/// </summary>
public sealed partial class MailTemplateStore(DataFolder dataFolder)
{
    public const string OverrideFolder = "mail-templates";

    private static readonly FluidParser Parser = new();

    private readonly ConcurrentDictionary<(string Assembly, string Name, string Culture), Cached> _cache = new();

    /// <summary>The template in <paramref name="culture"/>, one of the six site cultures.</summary>
    /// <exception cref="MailTemplateException">Missing, or not a valid template.</exception>
    public ParsedMailTemplate Get(MailTemplate template, string culture)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!ValidName().IsMatch(template.Name))
        {
            throw new MailTemplateException($"\"{template.Name}\" is not a mail template name: use letters, digits, dots, hyphens and underscores.");
        }

        var fileName = $"{template.Name}.{culture}.liquid";
        var overridePath = dataFolder.Combine(OverrideFolder, fileName);
        var stamp = File.Exists(overridePath) ? File.GetLastWriteTimeUtc(overridePath) : (DateTime?)null;
        var key = (template.Assembly.FullName ?? "", template.Name, culture);
        if (_cache.TryGetValue(key, out var cached) && cached.OverrideStamp == stamp)
        {
            return cached.Template;
        }

        var parsed = stamp is null
            ? Parse($"{template.Assembly.GetName().Name}:Mail/{fileName}", ReadEmbedded(template, fileName, overridePath))
            : Parse(overridePath, File.ReadAllText(overridePath));
        _cache[key] = new Cached(stamp, parsed);
        return parsed;
    }

    private static string ReadEmbedded(MailTemplate template, string fileName, string overridePath)
    {
        using var stream = template.Assembly.GetManifestResourceStream($"Mail/{fileName}")
            ?? throw new MailTemplateException(
                $"The mail template Mail/{fileName} is missing: {template.Assembly.GetName().Name} has no embedded resource of that name "
                + $"(modules embed Mail/*.liquid files under their path) and there is no {overridePath}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Splits the front matter (<c>subject:</c>) from the body and parses both as Liquid.</summary>
    internal static ParsedMailTemplate Parse(string source, string text)
    {
        var (subject, body) = SplitFrontMatter(source, text.TrimStart('\uFEFF').ReplaceLineEndings("\n"));
        return new ParsedMailTemplate(source, ParseLiquid(source, "subject", subject), ParseLiquid(source, "body", body));
    }

    private static (string Subject, string Body) SplitFrontMatter(string source, string text)
    {
        const string fence = "---";
        var lines = text.Split('\n');
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() == fence);
        if (lines[0].TrimEnd() != fence || end < 0)
        {
            throw new MailTemplateException(
                $"The mail template {source} must start with a front matter block: a line \"---\", \"subject: ...\", a line \"---\", then the body.");
        }

        string? subject = null;
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? line.Trim() : line[..colon].Trim();
            if (!string.Equals(name, "subject", StringComparison.OrdinalIgnoreCase))
            {
                throw new MailTemplateException($"The mail template {source} has an unknown front matter line {i + 1} \"{line.Trim()}\": only \"subject:\" is read.");
            }

            subject = Unquote(line[(colon + 1)..].Trim());
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new MailTemplateException($"The mail template {source} has no subject: add \"subject: ...\" to its front matter.");
        }

        return (subject, string.Join('\n', lines[(end + 1)..]).Trim('\n'));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static IFluidTemplate ParseLiquid(string source, string part, string text) =>
        Parser.TryParse(text, out var template, out var error)
            ? template
            : throw new MailTemplateException($"The mail template {source} has a Liquid syntax error in its {part}: {error}");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();

    private sealed record Cached(DateTime? OverrideStamp, ParsedMailTemplate Template);
}
