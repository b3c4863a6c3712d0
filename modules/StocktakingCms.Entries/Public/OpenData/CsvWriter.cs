using System.Text;

namespace StocktakingCms.Entries.Public.OpenData;

/// <summary>
/// RFC 4180 rows: every cell quoted when it holds a comma, a quote or a line break, quotes doubled,
/// lines ended by CRLF. A text cell that a spreadsheet would run as a formula (it starts with
/// <c>= + - @</c>, a tab or a carriage return) gets a leading apostrophe: submitted text is never
/// executed by the program that opens the download (OWASP "CSV injection").
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    private readonly StringBuilder _line = new();
    private int _cells;

    /// <summary>Adds a cell of submitted text, neutralized if it looks like a formula.</summary>
    public CsvWriter Text(string? value) =>
        Raw(value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value);

    /// <summary>Adds a cell the site itself wrote (a code, a date, an address).</summary>
    public CsvWriter Raw(string? value)
    {
        if (_cells++ > 0)
        {
            _line.Append(',');
        }

        var text = value ?? "";
        if (text.IndexOfAny(NeedsQuotes) >= 0)
        {
            _line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _line.Append(text);
        }

        return this;
    }

    public async Task EndLineAsync(CancellationToken cancellationToken)
    {
        _line.Append("\r\n");
        await writer.WriteAsync(_line, cancellationToken);
        _line.Clear();
        _cells = 0;
    }
}
