using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using StocktakingCms.Core.Display;
using StocktakingCms.Core.Localization;

namespace StocktakingCms.Email.Services;

/// <summary>What templates see as <c>site</c>: <c>site.name</c>, <c>site.url</c>.</summary>
public sealed record MailSite(string Name, string Url);

/// <summary>A mail rendered in one culture: a one-line subject, the Markdown text and sanitized HTML.</summary>
public sealed record RenderedMail(string Culture, string Subject, string TextBody, string HtmlBody);

/// <summary>
/// Renders mail templates with Fluid. The text part is the body's Markdown with model values as
/// they are; the HTML part renders the body again with model values escaped for Markdown
/// (<see cref="MarkdownValueEncoder"/>: a value can show "&lt;b&gt;" but never add markup or a link),
/// then Markdig and the sanitizer of <see cref="MarkdownRenderer"/>.
/// </summary>
public sealed class MailRenderer(MailTemplateStore store, MarkdownRenderer markdown)
{
    // Arabic, Chinese and Cyrillic stay readable: the default encoder escapes everything but ASCII.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options = CreateOptions();
    private readonly ConcurrentDictionary<Type, bool> _ready = new();
    private readonly HashSet<Type> _seen = [];
    private readonly Lock _registering = new();

    /// <summary>The culture a mail is written in: the recipient's when it is one of the six, else English.</summary>
    public static string CultureFor(string? recipientCulture) => CmsCultures.Find(recipientCulture)?.Name ?? CmsCultures.Default;

    public async Task<RenderedMail> RenderAsync(MailTemplate template, string? recipientCulture, object model, MailSite site)
    {
        ArgumentNullException.ThrowIfNull(model);
        var culture = CultureFor(recipientCulture);
        var parsed = store.Get(template, culture);
        Register(model.GetType());

        var context = new TemplateContext(model, _options) { CultureInfo = CmsCultures.Create(culture) };
        context.SetValue("site", site);

        var subject = OneLine(await parsed.Subject.RenderAsync(context, NullEncoder.Default));
        var text = (await parsed.Body.RenderAsync(context, NullEncoder.Default)).Trim();
        var html = markdown.ToSafeHtml(await parsed.Body.RenderAsync(context, MarkdownValueEncoder.Instance));
        return new RenderedMail(culture, subject, text, Document(culture, subject, html));
    }

    /// <summary>Lets templates read the public members of the model's type and of the types it reaches.</summary>
    private void Register(Type model)
    {
        if (_ready.ContainsKey(model))
        {
            return;
        }

        // One registration at a time, and a type counts as ready only once everything it reaches is
        // registered: a mail rendered meanwhile on another thread must not see half a model.
        lock (_registering)
        {
            RegisterGraph(model);
            _ready[model] = true;
        }
    }

    private void RegisterGraph(Type type)
    {
        if (IsScalar(type) || !_seen.Add(type))
        {
            return;
        }

        _options.MemberAccessStrategy.Register(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            RegisterGraph(ElementType(property.PropertyType));
        }
    }

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return type.GetElementType()!;
        }

        var enumerable = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return type != typeof(string) && enumerable is not null ? enumerable.GetGenericArguments()[^1] : type;
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan)
        || type == typeof(Guid) || type == typeof(Uri) || type == typeof(object) || typeof(IDictionary).IsAssignableFrom(type);

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.IgnoreCasing = true;
        options.MemberAccessStrategy.Register<MailSite>();
        return options;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Document(string culture, string subject, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="{culture}" dir="{CmsCultures.DirectionOf(culture)}">
        <head><meta charset="utf-8"><title>{Html.Encode(subject)}</title></head>
        <body>
        {body}
        </body>
        </html>
        """;
}
