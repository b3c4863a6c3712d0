namespace StocktakingCms.Core.Localization;

/// <summary>
/// A PO file that cannot be read. The message starts with "source(line):" so that a translator
/// can go straight to the faulty line of the module's file.
/// </summary>
public sealed class PoParseException : FormatException
{
    public PoParseException()
    {
    }

    public PoParseException(string message)
        : base(message)
    {
    }

    public PoParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PoParseException(string sourceName, int lineNumber, string message)
        : base($"{sourceName}({lineNumber}): {message}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
    }

    public string? SourceName { get; }

    public int LineNumber { get; }
}
