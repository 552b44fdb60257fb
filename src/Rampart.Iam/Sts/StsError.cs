namespace Rampart.Iam.Sts;

/// <summary>An error as STS answers it: the error code and AWS's message.</summary>
public sealed record StsError(string Code, string Message)
{
    /// <summary>Why an AssumeRole-style call is refused (<c>AccessDenied</c>).</summary>
    public static StsError NotAuthorized(string principalArn, string action, string resource) =>
        new("AccessDenied", $"User: {principalArn} is not authorized to perform: {action} on resource: {resource}");

    /// <summary>A request parameter outside its constraint (<c>ValidationError</c>).</summary>
    public static StsError Validation(string value, string member, string constraint) =>
        new("ValidationError", $"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}");

    /// <summary>Temporary credentials used after they expired.</summary>
    public static StsError Expired { get; } = new("ExpiredToken", "The security token included in the request is expired");

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
