namespace Rampart.Iam.Catalog;

/// <summary>
/// A resource type of a service and its ARN format, such as <c>object</c> with
/// <c>arn:${Partition}:s3:::${BucketName}/${ObjectName}</c>.
/// </summary>
public sealed class ResourceType
{
    private readonly ArnFormatToken[] _format;

    /// <summary>Creates a resource type.</summary>
    public ResourceType(string service, string name, string arnFormat, IReadOnlyList<string> conditionKeys)
    {
        Service = service;
        Name = name;
        ArnFormat = arnFormat;
        ConditionKeys = conditionKeys;
        _format = ArnFormatToken.Parse(arnFormat);
    }

    /// <summary>The service prefix.</summary>
    public string Service { get; }

    /// <summary>The resource type's name.</summary>
    public string Name { get; }

    /// <summary>The ARN format with <c>${Placeholder}</c> parts.</summary>
    public string ArnFormat { get; }

    /// <summary>Condition keys that apply to this resource type.</summary>
    public IReadOnlyList<string> ConditionKeys { get; }

    /// <summary>
    /// True when some ARN of this type matches <paramref name="arnPattern"/>, an ARN as written in a
    /// policy: <c>*</c> and <c>?</c> are IAM wildcards and a policy variable (<c>${aws:username}</c>)
    /// may stand for anything. In the format, each placeholder stands for one or more characters; a
    /// placeholder before the end holds no <c>:</c> or <c>/</c>, the last one anything.
    /// </summary>
    public bool CanMatch(string arnPattern) => new ArnFormatIntersection(Glob(arnPattern), _format).Exists();

    /// <inheritdoc />
    public override string ToString() => $"{Service}:{Name} ({ArnFormat})";

    private static string Glob(string arnPattern)
    {
        var text = arnPattern;
        for (var open = text.IndexOf("${", StringComparison.Ordinal); open >= 0; open = text.IndexOf("${", open + 1, StringComparison.Ordinal))
        {
            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            text = string.Concat(text.AsSpan(0, open), "*", text.AsSpan(close + 1));
        }

        return text;
    }
}
