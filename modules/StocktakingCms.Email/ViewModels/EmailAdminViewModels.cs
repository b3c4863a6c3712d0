using StocktakingCms.Email.Data;

namespace StocktakingCms.Email.ViewModels;

/// <summary>The outbox page: a page of mails, where mails go, and the test form.</summary>
public sealed record OutboxViewModel(
    IReadOnlyList<OutboxMessage> Items,
    int Total,
    int Page,
    int PageCount,
    bool UsesSmtp,
    string Destination,
    TestEmailViewModel Test);

/// <summary>The "send a test e-mail" form.</summary>
public sealed class TestEmailViewModel
{
    public string? To { get; set; }

    public string? Culture { get; set; }
}
