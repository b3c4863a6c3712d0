using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StocktakingCms.Core.Localization;
using Xunit;

namespace StocktakingCms.Tests.Localization;

/// <summary>
/// Guards the UI strings of every project under src/, modules/ and themes/. Each
/// <c>T["..."]</c>, <c>T.Plural(n, "...", "...")</c>, <c>ErrorMessage = "..."</c> and
/// <c>Display(Name = "...")</c> in a .cs or .cshtml file must be translated, without msgctxt, in
/// the six files <c>Localization/{ar,zh,en,fr,ru,es}.po</c> of its project (the folder of the
/// nearest .csproj). Every PO file must parse, declare its language and plural forms, keep the
/// {N} placeholders of its msgids and give a plural entry the form count of its language.
/// </summary>
public sealed class PoCoverageTests
{
    /// <summary>The PO files every project with UI strings must have, in the UN's order.</summary>
    internal static readonly string[] Cultures = ["ar", "zh", "en", "fr", "ru", "es"];

    private static readonly string[] SourceFolders = ["src", "modules", "themes"];

    private static readonly Lazy<RepositoryScan> Scan = new(RepositoryScan.Load);

    [Fact]
    public void Every_ui_string_is_translated_in_the_six_po_files_of_its_project()
    {
        var scan = Scan.Value;
        Assert.True(scan.Strings.Count > 0, $"No UI strings were found under {string.Join(", ", SourceFolders)} of {scan.Root}: the scanner is broken.");

        var report = new StringBuilder();
        var missingCount = 0;
        foreach (var project in scan.Strings.GroupBy(s => s.Project).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var projectReport = new StringBuilder();
            var files = Cultures.Select(c => scan.PoFile(project.Key, c)).ToList();
            var absent = files.Where(f => !f.Exists).Select(f => f.Culture).ToList();
            if (absent.Count > 0)
            {
                projectReport.Append("  files missing: ").Append(string.Join(", ", absent))
                    .AppendLine(" (create each with a header giving Language and Plural-Forms, then the entries below)");
            }

            foreach (var broken in files.Where(f => f.ParseError is not null))
            {
                missingCount++;
                projectReport.Append("  ").Append(broken.Culture).Append(".po does not parse, so none of its strings count until it does: ").AppendLine(broken.ParseError);
            }

            foreach (var message in project.GroupBy(s => (s.Id, s.PluralId)).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
            {
                var (id, pluralId) = message.Key;
                var gaps = files
                    .Where(f => f.ParseError is null)
                    .Select(f => (f.Culture, Problem: f.Problem(id, pluralId)))
                    .Where(c => c.Problem is not null)
                    .ToList();
                if (gaps.Count == 0)
                {
                    continue;
                }

                missingCount++;
                var uses = message.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ToList();
                projectReport.Append("  ").AppendLine(pluralId is null ? $"msgid \"{Escape(id)}\"" : $"msgid \"{Escape(id)}\" / msgid_plural \"{Escape(pluralId)}\"");
                projectReport.Append("    used at ").Append(string.Join(", ", uses.Take(3).Select(u => $"{u.File}:{u.Line}")));
                projectReport.AppendLine(uses.Count > 3 ? $" and {uses.Count - 3} more" : "");
                foreach (var group in gaps.GroupBy(g => g.Problem, StringComparer.Ordinal))
                {
                    projectReport.Append("    ").Append(group.Key).Append(": ").AppendLine(string.Join(", ", group.Select(g => g.Culture)));
                }
            }

            if (projectReport.Length > 0)
            {
                report.Append(project.Key).Append("/Localization/{").Append(string.Join(",", Cultures)).AppendLine("}.po:");
                report.Append(projectReport);
            }
        }

        if (missingCount > 0)
        {
            Assert.Fail(
                $"{missingCount} UI string(s) or PO file(s) of their project need work. Add each msgid, without msgctxt, "
                + "to the listed cultures' files (en.po: msgstr = msgid; plural entries: msgid_plural and msgstr[0..n-1] with "
                + "ar=6, zh=1, en=2, fr=2, ru=3, es=2 forms). An empty or fuzzy msgstr counts as missing.\n" + report);
        }
    }

    [Fact]
    public void Every_po_file_parses_and_declares_its_language_and_plural_forms()
    {
        var failures = Scan.Value.PoFiles
            .Where(f => f.Exists)
            .SelectMany(f => f.HeaderOrParseErrors())
            .ToList();
        Assert.True(failures.Count == 0, "PO files that cannot be used:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Po_translations_keep_the_placeholders_of_their_msgid()
    {
        var failures = new List<string>();
        foreach (var file in Scan.Value.PoFiles.Where(f => f.Entries is not null))
        {
            foreach (var entry in file.Entries!)
            {
                var single = Placeholders(entry.Id);
                if (entry.PluralId is null)
                {
                    var found = Placeholders(entry.Translations[0]);
                    if (!found.SetEquals(single))
                    {
                        failures.Add($"{file.RelativePath}: msgid \"{Escape(entry.Id)}\" has {Describe(single)} but msgstr \"{Escape(entry.Translations[0])}\" has {Describe(found)}.");
                    }

                    continue;
                }

                // A plural form may follow either the singular or the plural msgid ("One file" / "{0} files").
                var plural = Placeholders(entry.PluralId);
                for (var i = 0; i < entry.Translations.Count; i++)
                {
                    var found = Placeholders(entry.Translations[i]);
                    if (!found.SetEquals(single) && !found.SetEquals(plural))
                    {
                        failures.Add($"{file.RelativePath}: msgid \"{Escape(entry.Id)}\" has {Describe(plural.Union(single).ToHashSet())} but msgstr[{i}] \"{Escape(entry.Translations[i])}\" has {Describe(found)}.");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, "Translations that drop or add a {N} placeholder (string.Format would show the wrong value or fall back to English):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Plural_entries_have_the_form_count_of_their_language()
    {
        var failures = Scan.Value.PoFiles
            .Where(f => f.Entries is not null)
            .SelectMany(f => f.Entries!
                .Where(e => e.PluralId is not null && e.Translations.Count != PluralRules.GetFormCount(f.Culture))
                .Select(e => $"{f.RelativePath}: msgid \"{Escape(e.Id)}\" has {e.Translations.Count} msgstr[N] forms; {f.Culture} needs {PluralRules.GetFormCount(f.Culture)}."))
            .ToList();
        Assert.True(failures.Count == 0, "Plural entries with the wrong number of forms (a missing form falls back to English):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Modules_and_kernel_agree_on_the_translation_of_a_shared_msgid()
    {
        // Catalogs merge every assembly without context, so two modules that translate the same
        // msgid differently show one of the two wherever it is used. Themes override on purpose.
        var failures = Scan.Value.PoFiles
            .Where(f => f.Entries is not null && !f.Project.StartsWith("themes/", StringComparison.Ordinal))
            .SelectMany(f => f.Entries!.Where(e => e.Context is null).Select(e => (f.Culture, f.RelativePath, e.Id, Text: string.Join(" | ", e.Translations))))
            .GroupBy(e => (e.Culture, e.Id))
            .Where(g => g.Select(e => e.Text).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"msgid \"{Escape(g.Key.Id)}\" in {g.Key.Culture}: " + string.Join("; ", g.Select(e => $"{e.RelativePath} says \"{Escape(e.Text)}\"")))
            .ToList();
        Assert.True(failures.Count == 0, "The same msgid is translated differently in two projects; use one translation (or distinct msgids):\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Scanner_finds_each_pattern_and_skips_comments()
    {
        const string code = """
            // T["In a line comment"] and https://example.org
            /* T["In a block comment"] */
            var url = "https://example.org"; // T["After a string with //"]
            var a = T["Hello {0}", name];
            var b = T[ "Say \"hi\"" ];
            var c = T.Plural(Math.Max(items.Count, 1), "{0} item", "{0} items");
            var d = TempData["Not a UI string"];
            var e = model.T["Not ours"];
            [Required(ErrorMessage = "Enter a title.")]
            [Display(Name = "Title", Prompt = "A short title")]
            var f = '"'; var g = T["After a char literal"];
            """;
        const string razor = """
            @* @T["In a Razor comment"] *@
            <label aria-label="@T["Filter content"]">@T["Text in title"]</label>
            <caption>@T.Plural(Model.Total, "{0} page", "{0} pages")</caption>
            """;

        var fromCode = UiStringScanner.Scan(code, razor: false).Select(s => s.PluralId is null ? s.Id : $"{s.Id}|{s.PluralId}").ToList();
        var fromRazor = UiStringScanner.Scan(razor, razor: true).Select(s => s.PluralId is null ? s.Id : $"{s.Id}|{s.PluralId}").ToList();

        Assert.Equal(
            new[] { "A short title", "After a char literal", "Enter a title.", "Hello {0}", "Say \"hi\"", "Title", "{0} item|{0} items" },
            fromCode.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "Filter content", "Text in title", "{0} page|{0} pages" }, fromRazor.Order(StringComparer.Ordinal));
        Assert.Equal(4, UiStringScanner.Scan(code, razor: false).Single(s => s.Id == "Hello {0}").Line);
    }

    /// <summary>The distinct indexes of composite-format placeholders: "{0}", "{1:N0}", "{2,-5}"; "{{" is text.</summary>
    internal static HashSet<int> Placeholders(string text) =>
        [.. PlaceholderPattern.Matches(text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static readonly Regex PlaceholderPattern = new(@"\{(\d+)(?:\s*,\s*-?\d+)?(?::[^{}]*)?\}", RegexOptions.CultureInvariant);

    private static string Describe(HashSet<int> placeholders) =>
        placeholders.Count == 0 ? "no placeholder" : string.Join(", ", placeholders.Order().Select(p => $"{{{p}}}"));

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>The UI strings and PO files of the repository, read once for all the tests.</summary>
    private sealed class RepositoryScan
    {
        private readonly Dictionary<(string Project, string Culture), PoFileState> _required = [];

        private RepositoryScan(string root)
        {
            Root = root;
        }

        public string Root { get; }

        public List<UiString> Strings { get; } = [];

        /// <summary>Every Localization/*.po of a project under the source folders, plus the six required ones.</summary>
        public List<PoFileState> PoFiles { get; } = [];

        public static RepositoryScan Load()
        {
            var scan = new RepositoryScan(FindRoot());
            var projects = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var folder in SourceFolders.Select(f => Path.Combine(scan.Root, f)).Where(Directory.Exists))
            {
                foreach (var file in SourceFiles(folder))
                {
                    var project = ProjectOf(Path.GetDirectoryName(file)!, scan.Root, projects);
                    if (project is null)
                    {
                        continue;
                    }

                    var relative = Relative(scan.Root, file);
                    var razor = file.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);
                    scan.Strings.AddRange(UiStringScanner.Scan(File.ReadAllText(file), razor)
                        .Select(s => s with { Project = project, File = relative }));
                }
            }

            foreach (var project in scan.Strings.Select(s => s.Project).Distinct(StringComparer.Ordinal))
            {
                foreach (var culture in Cultures)
                {
                    var state = PoFileState.Read(scan.Root, project, culture);
                    scan._required[(project, culture)] = state;
                    scan.PoFiles.Add(state);
                }
            }

            // PO files of projects without UI strings, and extra cultures (fr-CH.po), are checked too.
            foreach (var folder in SourceFolders.Select(f => Path.Combine(scan.Root, f)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*.po", SearchOption.AllDirectories).Where(f => !IsBuildOutput(f)))
                {
                    var directory = Path.GetDirectoryName(file)!;
                    if (!string.Equals(Path.GetFileName(directory), "Localization", StringComparison.Ordinal)
                        || ProjectOf(directory, scan.Root, projects) is not { } project
                        || !string.Equals(Path.GetFullPath(Path.Combine(scan.Root, project, "Localization")), Path.GetFullPath(directory), StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var culture = Path.GetFileNameWithoutExtension(file);
                    if (!scan._required.ContainsKey((project, culture)))
                    {
                        scan.PoFiles.Add(PoFileState.Read(scan.Root, project, culture));
                    }
                }
            }

            return scan;
        }

        public PoFileState PoFile(string project, string culture) => _required[(project, culture)];

        private static string FindRoot()
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StocktakingCms.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException($"StocktakingCms.sln not found above {AppContext.BaseDirectory}.");
        }

        private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

        private static IEnumerable<string> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => (f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase)) && !IsBuildOutput(f))
                .Order(StringComparer.Ordinal);

        private static bool IsBuildOutput(string path) =>
            path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules");

        /// <summary>The repository-relative folder of the nearest .csproj at or above <paramref name="directory"/>.</summary>
        private static string? ProjectOf(string directory, string root, Dictionary<string, string?> cache)
        {
            if (cache.TryGetValue(directory, out var known))
            {
                return known;
            }

            string? project;
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                project = Relative(root, directory);
            }
            else
            {
                var parent = Path.GetDirectoryName(directory);
                project = parent is null || string.Equals(directory, root, StringComparison.Ordinal) ? null : ProjectOf(parent, root, cache);
            }

            cache[directory] = project;
            return project;
        }
    }

    /// <summary>One PO file as the test sees it: missing, unparsable, or its context-free entries.</summary>
    private sealed class PoFileState
    {
        private static readonly Regex LanguageHeader = new(@"^""Language:\s*([^\\""]*)\\n""", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        private static readonly Regex PluralFormsHeader = new(@"^""Plural-Forms:\s*nplurals\s*=\s*(\d+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        private Dictionary<string, PoEntry> _byId = new(StringComparer.Ordinal);
        private string? _text;

        public required string Project { get; init; }

        public required string Culture { get; init; }

        public required string RelativePath { get; init; }

        public bool Exists { get; private set; }

        public string? ParseError { get; private set; }

        public IReadOnlyList<PoEntry>? Entries { get; private set; }

        public static PoFileState Read(string root, string project, string culture)
        {
            var relative = $"{project}/Localization/{culture}.po";
            var state = new PoFileState { Project = project, Culture = culture, RelativePath = relative };
            var path = Path.Combine(root, relative);
            if (!File.Exists(path))
            {
                return state;
            }

            state.Exists = true;
            state._text = File.ReadAllText(path, Encoding.UTF8);
            try
            {
                state.Entries = PoParser.Parse(state._text, relative);
                state._byId = state.Entries.Where(e => e.Context is null).GroupBy(e => e.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            }
            catch (PoParseException exception)
            {
                state.ParseError = exception.Message;
            }

            return state;
        }

        /// <summary>Why this file does not translate the message, or null when it does.</summary>
        public string? Problem(string id, string? pluralId)
        {
            if (!Exists || ParseError is not null)
            {
                return "missing";
            }

            if (!_byId.TryGetValue(id, out var entry))
            {
                return "missing";
            }

            if (pluralId is null)
            {
                return null;
            }

            if (entry.PluralId is null)
            {
                return "entry has no msgid_plural and msgstr[N]";
            }

            if (!string.Equals(entry.PluralId, pluralId, StringComparison.Ordinal))
            {
                return $"msgid_plural is \"{Escape(entry.PluralId)}\", the code says \"{Escape(pluralId)}\"";
            }

            return null;
        }

        public IEnumerable<string> HeaderOrParseErrors()
        {
            if (ParseError is not null)
            {
                yield return ParseError;
                yield break;
            }

            var language = LanguageHeader.Match(_text!);
            if (!language.Success)
            {
                yield return $"{RelativePath}: the header (msgid \"\") has no \"Language: {Culture}\\n\" line.";
            }
            else if (!string.Equals(LanguageOf(language.Groups[1].Value.Trim()), LanguageOf(Culture), StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{RelativePath}: the header says Language: {language.Groups[1].Value.Trim()}, the file name says {Culture}.";
            }

            var pluralForms = PluralFormsHeader.Match(_text!);
            var expected = PluralRules.GetFormCount(Culture);
            if (!pluralForms.Success)
            {
                yield return $"{RelativePath}: the header has no \"Plural-Forms: nplurals={expected}; plural=...;\\n\" line.";
            }
            else if (int.Parse(pluralForms.Groups[1].Value, CultureInfo.InvariantCulture) != expected)
            {
                yield return $"{RelativePath}: the header says nplurals={pluralForms.Groups[1].Value}; {Culture} has {expected} plural forms.";
            }
        }

        private static string LanguageOf(string culture)
        {
            var end = culture.IndexOfAny(['-', '_']);
            return end < 0 ? culture : culture[..end];
        }
    }
}

/// <summary>A UI string found in source: where it is used and its msgid (and msgid_plural).</summary>
internal sealed record UiString(string Project, string File, int Line, string Id, string? PluralId);

/// <summary>
/// Finds UI strings in C# and Razor text: <c>T["literal"]</c> and <c>T["literal", args]</c>,
/// <c>T.Plural(count, "literal", "literal")</c>, <c>ErrorMessage = "literal"</c> and
/// <c>Display(Name|Description|Prompt = "literal")</c>. Comments are skipped (// and /* */ in
/// .cs files, @* *@ in .cshtml files); a key that is not a literal cannot be checked and is ignored.
/// </summary>
internal static class UiStringScanner
{
    private const string Literal = @"(?<lit>@""(?:[^""]|"""")*""|""(?:[^""\\\r\n]|\\.)*"")";

    private static readonly Regex Indexer = new(@"(?<![\w.])T\s*\[\s*" + Literal + @"\s*[,\]]", RegexOptions.CultureInvariant);
    private static readonly Regex PluralCall = new(@"(?<![\w.])T\s*\.\s*Plural\s*\(", RegexOptions.CultureInvariant);
    private static readonly Regex ErrorMessage = new(@"\bErrorMessage\s*=\s*" + Literal, RegexOptions.CultureInvariant);
    private static readonly Regex DisplayAttribute = new(@"\bDisplay(?:Attribute)?\s*\(", RegexOptions.CultureInvariant);
    private static readonly Regex DisplayArgument = new(@"^\s*(?:Name|Description|Prompt)\s*=\s*" + Literal + @"\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex WholeLiteral = new(@"^\s*" + Literal + @"\s*$", RegexOptions.CultureInvariant);

    public static IEnumerable<UiString> Scan(string text, bool razor)
    {
        var code = razor ? BlankRazorComments(text) : BlankCSharpComments(text);
        var found = new List<(int Offset, string Id, string? PluralId)>();

        found.AddRange(Indexer.Matches(code).Select(m => (m.Index, Decode(m.Groups["lit"].Value), (string?)null)));
        found.AddRange(ErrorMessage.Matches(code).Select(m => (m.Index, Decode(m.Groups["lit"].Value), (string?)null)));

        foreach (Match call in DisplayAttribute.Matches(code))
        {
            foreach (var argument in Arguments(code, call.Index + call.Length))
            {
                if (DisplayArgument.Match(argument) is { Success: true } named)
                {
                    found.Add((call.Index, Decode(named.Groups["lit"].Value), null));
                }
            }
        }

        foreach (Match call in PluralCall.Matches(code))
        {
            var arguments = Arguments(code, call.Index + call.Length);
            if (arguments.Count >= 3 && WholeLiteral.Match(arguments[1]) is { Success: true } singular && WholeLiteral.Match(arguments[2]) is { Success: true } plural)
            {
                found.Add((call.Index, Decode(singular.Groups["lit"].Value), Decode(plural.Groups["lit"].Value)));
            }
        }

        return found.Select(f => new UiString("", "", LineOf(text, f.Offset), f.Id, f.PluralId));
    }

    private static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The top-level arguments of a call whose '(' ends just before <paramref name="start"/>.</summary>
    private static List<string> Arguments(string code, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var begin = start;
        for (var i = start; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"' || c == '\'')
            {
                i = SkipLiteral(code, i);
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    arguments.Add(code[begin..i]);
                    return arguments;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add(code[begin..i]);
                begin = i + 1;
            }
        }

        return [];
    }

    /// <summary>The index of the last character of the string or char literal that starts at <paramref name="start"/>.</summary>
    private static int SkipLiteral(string code, int start)
    {
        var quote = code[start];
        if (quote == '"')
        {
            var run = 0;
            while (start + run < code.Length && code[start + run] == '"')
            {
                run++;
            }

            if (run >= 3)
            {
                // Raw string literal: ends at the next run of as many quotes.
                var end = code.IndexOf(new string('"', run), start + run, StringComparison.Ordinal);
                return end < 0 ? code.Length - 1 : end + run - 1;
            }

            var verbatim = (start > 0 && code[start - 1] == '@') || (start > 1 && code[start - 1] == '$' && code[start - 2] == '@');
            if (verbatim)
            {
                for (var i = start + 1; i < code.Length; i++)
                {
                    if (code[i] == '"')
                    {
                        if (i + 1 < code.Length && code[i + 1] == '"')
                        {
                            i++;
                            continue;
                        }

                        return i;
                    }
                }

                return code.Length - 1;
            }
        }

        for (var i = start + 1; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == quote || c == '\n')
            {
                return i;
            }
        }

        return code.Length - 1;
    }

    /// <summary>The text with // and /* */ comments turned into spaces (line breaks kept, so offsets and lines stay).</summary>
    private static string BlankCSharpComments(string text)
    {
        var code = text.ToCharArray();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"' || c == '\'')
            {
                i = SkipLiteral(text, i);
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '/')
            {
                for (; i < code.Length && code[i] != '\n'; i++)
                {
                    code[i] = ' ';
                }
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? code.Length : end + 2;
                Blank(code, i, end);
                i = end - 1;
            }
        }

        return new string(code);
    }

    /// <summary>The text with Razor comments (@* ... *@) turned into spaces, line breaks kept.</summary>
    private static string BlankRazorComments(string text)
    {
        var code = text.ToCharArray();
        var start = text.IndexOf("@*", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf("*@", start + 2, StringComparison.Ordinal);
            end = end < 0 ? code.Length : end + 2;
            Blank(code, start, end);
            start = end < text.Length ? text.IndexOf("@*", end, StringComparison.Ordinal) : -1;
        }

        return new string(code);
    }

    private static void Blank(char[] code, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (code[i] is not '\n' and not '\r')
            {
                code[i] = ' ';
            }
        }
    }

    /// <summary>The value of a C# regular ("...") or verbatim (@"...") string literal.</summary>
    internal static string Decode(string literal)
    {
        if (literal.StartsWith('@'))
        {
            return literal[2..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        var body = literal[1..^1];
        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                text.Append(body[i]);
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case '0': text.Append('\0'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'v': text.Append('\v'); break;
                case 'e': text.Append('\u001b'); break;
                case 'u' when i + 4 < body.Length:
                    text.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U' when i + 8 < body.Length:
                    text.Append(char.ConvertFromUtf32(int.Parse(body.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                case 'x':
                    var digits = 0;
                    while (digits < 4 && i + 1 + digits < body.Length && Uri.IsHexDigit(body[i + 1 + digits]))
                    {
                        digits++;
                    }

                    text.Append((char)int.Parse(body.AsSpan(i + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += digits;
                    break;
                default: text.Append(e); break;
            }
        }

        return text.ToString();
    }
}
