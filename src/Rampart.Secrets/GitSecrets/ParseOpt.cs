namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// git's parse-options as <c>git rev-parse --parseopt</c> applies git-secrets' option spec: long
/// options may be abbreviated to a unique prefix and negated with <c>no-</c>, short options
/// bundle, non-options move after <c>--</c>; <c>-h</c> and <c>--help</c> print usage; errors use
/// git's texts.
/// </summary>
public static class ParseOpt
{
    private const int Unset = 2;

    /// <summary>Normalizes <paramref name="args"/>.</summary>
    public static ParseOptResult Parse(IReadOnlyList<string> args)
    {
        var options = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Length < 2 || arg[0] != '-')
            {
                rest.Add(arg);
                continue;
            }

            if (args.Count == 1 && arg == "-h")
            {
                return Help(full: false);
            }

            if (arg[1] != '-')
            {
                if (ParseShort(arg, options) is { } failed)
                {
                    return failed;
                }

                continue;
            }

            if (arg == "--" || arg == "--end-of-options")
            {
                rest.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg == "--help-all")
            {
                return Help(full: true);
            }

            if (arg == "--help")
            {
                return Help(full: false);
            }

            if (ParseLong(arg[2..], options) is { } error)
            {
                return error;
            }
        }

        return new ParseOptResult([.. options, "--", .. rest], "", "");
    }

    private static ParseOptResult? ParseShort(string arg, List<string> options)
    {
        for (var j = 1; j < arg.Length; j++)
        {
            var c = arg[j];
            var known = Usage.Options.Any(o => o.Short == c);
            if (!known)
            {
                if (j == 1 && Typo(arg[1..]) is { } typo)
                {
                    return typo;
                }

                return c == 'h' ? Help(full: false) : Unknown($"unknown switch `{c}'");
            }

            options.Add($"-{c}");
            if (j == 1 && arg.Length > 2 && Typo(arg[1..]) is { } afterFirst)
            {
                return afterFirst;
            }
        }

        return null;
    }

    private static ParseOptResult? Typo(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        return text.StartsWith("no-", StringComparison.Ordinal) || Usage.Options.Any(o => o.Long.StartsWith(text, StringComparison.Ordinal))
            ? new ParseOptResult(null, "", $"error: did you mean `--{text}` (with two dashes)?\n")
            : null;
    }

    /// <summary>parse-options.c parse_long_opt, for options that take no value and may be negated.</summary>
    private static ParseOptResult? ParseLong(string arg, List<string> output)
    {
        var argEnd = arg.IndexOf('=', StringComparison.Ordinal);
        var name = argEnd < 0 ? arg : arg[..argEnd];
        var hasValue = argEnd >= 0;
        int abbrev = -1, ambiguous = -1, abbrevFlags = 0, ambiguousFlags = 0;
        var abbrevHasValue = false;
        for (var index = 0; index < Usage.Options.Count; index++)
        {
            var longName = Usage.Options[index].Long;
            var flags = 0;
            var optFlags = 0;
            while (true)
            {
                string? rest = arg.StartsWith(longName, StringComparison.Ordinal) ? arg[longName.Length..] : null;
                var isAbbreviated = false;
                if (rest is null)
                {
                    if (longName.StartsWith(name, StringComparison.Ordinal))
                    {
                        isAbbreviated = true;
                    }
                    else if ("no-".StartsWith(arg, StringComparison.Ordinal))
                    {
                        flags |= Unset;
                        isAbbreviated = true;
                    }
                    else if (!arg.StartsWith("no-", StringComparison.Ordinal))
                    {
                        if (longName.StartsWith("no-", StringComparison.Ordinal))
                        {
                            longName = longName[3..];
                            optFlags |= Unset;
                            continue;
                        }

                        break;
                    }
                    else
                    {
                        flags |= Unset;
                        if (arg[3..].StartsWith(longName, StringComparison.Ordinal))
                        {
                            rest = arg[(3 + longName.Length)..];
                        }
                        else if (longName.StartsWith(arg[3..], StringComparison.Ordinal))
                        {
                            isAbbreviated = true;
                        }
                        else
                        {
                            break;
                        }
                    }
                }

                if (isAbbreviated)
                {
                    if (abbrev >= 0)
                    {
                        ambiguous = abbrev;
                        ambiguousFlags = abbrevFlags;
                    }

                    abbrevHasValue = (flags & Unset) == 0 && hasValue;
                    abbrev = index;
                    abbrevFlags = flags ^ optFlags;
                    break;
                }

                if (rest!.Length > 0 && rest[0] != '=')
                {
                    break;
                }

                return Emit(index, flags ^ optFlags, rest.Length > 0, output);
            }
        }

        if (ambiguous >= 0)
        {
            var message = $"error: ambiguous option: {arg} (could be --{((ambiguousFlags & Unset) != 0 ? "no-" : "")}{Usage.Options[ambiguous].Long} or --{((abbrevFlags & Unset) != 0 ? "no-" : "")}{Usage.Options[abbrev].Long})\n";
            return new ParseOptResult(null, Usage.Text, message);
        }

        return abbrev >= 0 ? Emit(abbrev, abbrevFlags, abbrevHasValue, output) : Unknown($"unknown option `{arg}'");
    }

    private static ParseOptResult? Emit(int index, int flags, bool hasValue, List<string> output)
    {
        var (longName, shortName, _, _) = Usage.Options[index];
        var unset = (flags & Unset) != 0;
        if (hasValue)
        {
            return new ParseOptResult(null, "", $"error: option `{(unset ? "no-" : "")}{longName}' takes no value\n");
        }

        output.Add(unset ? $"--no-{longName}" : shortName != '\0' ? $"-{shortName}" : $"--{longName}");
        return null;
    }

    private static ParseOptResult Unknown(string message) => new(null, "", $"error: {message}\n{Usage.Text}");

    private static ParseOptResult Help(bool full) => new(null, full ? Usage.FullText : Usage.Text, "");
}
