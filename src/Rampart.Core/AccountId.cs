namespace Rampart.Core;

/// <summary>An AWS account id: exactly twelve ASCII digits, leading zeros kept.</summary>
public readonly record struct AccountId
{
    private AccountId(string value) => Value = value;

    /// <summary>The twelve digits.</summary>
    public string Value { get; }

    /// <summary>Parses an account id; anything but exactly twelve digits is an error.</summary>
    public static ParseResult<AccountId> Parse(string? text)
    {
        if (IsValid(text))
        {
            return ParseResult<AccountId>.Success(new AccountId(text!));
        }

        return ParseResult<AccountId>.Failure(Diagnostic.Error(
            "account.invalid",
            $"invalid account id `{text}`: an account id is exactly 12 digits"));
    }

    /// <summary>True when <paramref name="text"/> is exactly twelve ASCII digits.</summary>
    public static bool IsValid(string? text) => text is { Length: 12 } && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
