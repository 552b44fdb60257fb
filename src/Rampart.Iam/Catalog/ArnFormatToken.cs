namespace Rampart.Iam.Catalog;

/// <summary>
/// One element of a catalog ARN format: a literal character, or a <c>${Placeholder}</c> that
/// stands for one or more characters. A placeholder before the end holds no <c>:</c> or <c>/</c>;
/// the last one may hold <c>:</c> (qualified ARNs such as <c>function:name:1</c>), and <c>/</c>
/// when the format's resource part is path-like (has a <c>/</c>, as <c>role/${RoleNameWithPath}</c>
/// or <c>${BucketName}/${ObjectName}</c> do, and <c>${BucketName}</c> alone does not).
/// </summary>
public readonly record struct ArnFormatToken(char Literal, bool IsPlaceholder, bool AllowsColon, bool AllowsSlash)
{
    /// <summary>True when the placeholder may hold <paramref name="c"/>.</summary>
    public bool Allows(char c) => c switch
    {
        ':' => AllowsColon,
        '/' => AllowsSlash,
        _ => true,
    };

    /// <summary>Splits a format such as <c>arn:${Partition}:s3:::${BucketName}</c> into tokens.</summary>
    public static ArnFormatToken[] Parse(string format)
    {
        var tokens = new List<ArnFormatToken>(format.Length);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '$' && i + 1 < format.Length && format[i + 1] == '{' && format.IndexOf('}', i) is var close and > 0)
            {
                tokens.Add(new ArnFormatToken('\0', IsPlaceholder: true, AllowsColon: false, AllowsSlash: false));
                i = close;
            }
            else
            {
                tokens.Add(new ArnFormatToken(format[i], IsPlaceholder: false, AllowsColon: false, AllowsSlash: false));
            }
        }

        if (tokens.Count > 0 && tokens[^1].IsPlaceholder)
        {
            var resource = format.Split(':', 6) is { Length: 6 } parts ? parts[5] : format;
            tokens[^1] = tokens[^1] with { AllowsColon = true, AllowsSlash = resource.Contains('/', StringComparison.Ordinal) };
        }

        return [.. tokens];
    }
}
