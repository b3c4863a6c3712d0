using MimeKit;

namespace StocktakingCms.Email.Services;

/// <summary>One bare e-mail address (<c>someone@example.org</c>), as typed in a form or given to the mailer.</summary>
public static class MailAddresses
{
    public static bool IsValid(string? text)
    {
        var address = text?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > Data.OutboxMessage.AddressLength
            || !MailboxAddress.TryParse(address, out var mailbox) || !string.IsNullOrEmpty(mailbox.Name))
        {
            return false;
        }

        var at = mailbox.Address.LastIndexOf('@');
        return string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)
            && at > 0 && at < mailbox.Address.Length - 1 && !mailbox.Address.Any(char.IsWhiteSpace);
    }
}
