namespace Rampart.Core;

/// <summary>
/// An Amazon Resource Name: <c>arn:partition:service:region:account-id:resource</c>. The resource
/// part keeps its colons and slashes (<c>user/path/alice</c>, <c>function:name:1</c>).
/// Use <see cref="Parse"/> for concrete ARNs and <see cref="Like"/> to compare with an ARN pattern.
/// </summary>
public sealed record Arn(string Partition, string Service, string Region, string Account, string Resource)
{
    private const string Prefix = "arn:";

    /// <summary>
    /// The resource type: what comes before the first <c>/</c> or <c>:</c> of the resource
    /// (<c>user</c>, <c>role</c>, <c>table</c>, <c>function</c>), or null when the resource has neither.
    /// For S3 bucket and object ARNs, which have no type, this is the bucket name.
    /// </summary>
    public string? ResourceType => Resource.IndexOfAny(['/', ':']) is var i and > 0 ? Resource[..i] : null;

    /// <summary>The resource after its type and separator, or the whole resource when it has no type.</summary>
    public string ResourceId => Resource.IndexOfAny(['/', ':']) is var i and > 0 ? Resource[(i + 1)..] : Resource;

    /// <summary>The partition, when Rampart knows it.</summary>
    public Partition? KnownPartition => Core.Partition.Find(Partition);

    /// <summary>
    /// Parses an ARN. The account field may be empty (S3, global IAM resources), twelve digits, or
    /// <c>aws</c> (AWS managed policies); the region field may be empty.
    /// </summary>
    public static ParseResult<Arn> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Fail(text, "an arn must not be empty");
        }

        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Fail(text, "an arn starts with `arn:`");
        }

        Span<Range> parts = stackalloc Range[6];
        var found = text.AsSpan().Split(parts, ':');
        if (found < 6)
        {
            return Fail(text, $"expected 6 colon-separated parts (arn:partition:service:region:account-id:resource), found {found}");
        }

        var (partition, service, region, account, resource) = (Field(text, parts[1]), Field(text, parts[2]), Field(text, parts[3]), Field(text, parts[4]), text[parts[5]]);
        if (!IsToken(partition))
        {
            return Fail(text, $"partition `{partition}` must be lower-case letters, digits and hyphens");
        }

        if (!IsToken(service))
        {
            return Fail(text, $"service `{service}` must be lower-case letters, digits and hyphens");
        }

        if (region.Length > 0 && !IsToken(region))
        {
            return Fail(text, $"region `{region}` must be lower-case letters, digits and hyphens");
        }

        if (account.Length > 0 && account != "aws" && !AccountId.IsValid(account))
        {
            return Fail(text, $"account `{account}` must be empty, `aws` or 12 digits");
        }

        if (resource.Length == 0)
        {
            return Fail(text, "the resource part is empty");
        }

        return ParseResult<Arn>.Success(new Arn(partition, service, region, account, resource));
    }

    /// <summary>
    /// IAM's <c>ArnLike</c>: the six colon-delimited components are compared one by one, each
    /// allowing <c>*</c> and <c>?</c>, case-sensitively. A wildcard never spans a colon between
    /// the first five components; the resource component may hold colons on both sides.
    /// </summary>
    public static bool Like(string pattern, string value)
    {
        Span<Range> patternParts = stackalloc Range[6];
        Span<Range> valueParts = stackalloc Range[6];
        var p = pattern.AsSpan();
        var v = value.AsSpan();
        if (p.Split(patternParts, ':') != 6 || v.Split(valueParts, ':') != 6)
        {
            return false;
        }

        for (var i = 0; i < 6; i++)
        {
            if (!Wildcard.IsMatch(p[patternParts[i]], v[valueParts[i]]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Prefix}{Partition}:{Service}:{Region}:{Account}:{Resource}";

    private static readonly System.Buffers.SearchValues<char> TokenCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool IsToken(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExcept(TokenCharacters);

    /// <summary>One of the first five fields, sharing the strings that recur in almost every ARN instead of a new copy each time.</summary>
    private static string Field(string text, Range range)
    {
        var field = text.AsSpan()[range];
        return field switch
        {
            "" => "",
            "aws" => "aws",
            "iam" => "iam",
            "s3" => "s3",
            "sts" => "sts",
            _ => field.ToString(),
        };
    }

    private static ParseResult<Arn> Fail(string? text, string reason) =>
        ParseResult<Arn>.Failure(Diagnostic.Error("arn.invalid", $"invalid arn `{text}`: {reason}"));
}
