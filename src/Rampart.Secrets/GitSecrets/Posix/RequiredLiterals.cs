namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// A set of byte strings one of which every match of a regular expression contains (assertions
/// taken as always true), found from its parsed form — the idea behind GNU grep's "must" strings.
/// A line without any of them cannot match, so a search can look for the strings first and run
/// its automaton only on the lines that hold one. For <c>(AKIA|ASIA)[A-Z0-9]{16}|key\s*=</c> it
/// is <c>AKIA ASIA key</c>. Null when no useful set exists (a match can be made of any bytes, or
/// the empty string matches).
/// </summary>
public static class RequiredLiterals
{
    private const int MaxStrings = 64;
    private const int MaxLength = 32;
    private const int MaxSetBytes = 8;

    /// <summary>The strings for <paramref name="node"/>, or null.</summary>
    public static IReadOnlyList<byte[]>? Of(RegexNode node) =>
        Best(Analyze(node)) is { } best ? [.. best.Select(text => text.Select(c => (byte)c).ToArray())] : null;

    /// <summary>
    /// What a node tells: <paramref name="Exact"/>, every string it matches, when that is a small
    /// finite set; <paramref name="Required"/>, strings one of which each of its matches contains.
    /// Strings hold one byte per char (Latin-1), so sets can use ordinal string comparison.
    /// </summary>
    private sealed record Facts(HashSet<string>? Exact, HashSet<string>? Required);

    private static Facts Analyze(RegexNode node) => node switch
    {
        SetNode set => Single(set.Bytes),
        EmptyNode or AssertNode => new Facts([""], null),
        ConcatNode concat => Concatenation(concat.Parts.Select(Analyze).ToList()),
        AlternationNode alternation => Alternation(alternation.Branches.Select(Analyze).ToList()),
        RepeatNode repeat => Repetition(Analyze(repeat.Body), repeat.Min, repeat.Max),
        _ => new Facts(null, null),
    };

    private static Facts Single(ByteSet bytes)
    {
        var members = Enumerable.Range(0, 256).Where(b => bytes.Contains((byte)b)).ToList();
        if (members.Count == 0 || members.Count > MaxSetBytes || members.Contains('\n'))
        {
            return new Facts(null, null);
        }

        var exact = members.Select(b => ((char)b).ToString()).ToHashSet(StringComparer.Ordinal);
        return new Facts(exact, exact);
    }

    /// <summary>
    /// Consecutive parts with exact sets of non-empty strings multiply into longer required strings
    /// (a part that matches only the empty string, an assertion, leaves the run unbroken); each
    /// part's own requirement is a candidate too; the best candidate wins.
    /// </summary>
    private static Facts Concatenation(List<Facts> parts)
    {
        HashSet<string>? exact = [""];
        var candidates = new List<HashSet<string>>();
        HashSet<string>? run = null;
        foreach (var part in parts)
        {
            exact = exact is null || part.Exact is null ? null : Product(exact, part.Exact);
            if (Best(part) is { } own)
            {
                candidates.Add(own);
            }

            if (part.Exact is { } set && set.Count == 1 && set.Contains(""))
            {
                continue;
            }

            if (part.Exact is null || part.Exact.Contains(""))
            {
                Close(ref run, candidates);
                continue;
            }

            var longer = run is null ? part.Exact : Product(run, part.Exact);
            if (longer is null)
            {
                Close(ref run, candidates);
                longer = part.Exact;
            }

            run = longer;
        }

        Close(ref run, candidates);
        return new Facts(exact, candidates.OrderByDescending(Score).FirstOrDefault());
    }

    private static void Close(ref HashSet<string>? run, List<HashSet<string>> candidates)
    {
        if (run is not null)
        {
            candidates.Add(run);
        }

        run = null;
    }

    private static Facts Alternation(List<Facts> branches)
    {
        var exact = branches.All(branch => branch.Exact is not null) ? Union(branches.Select(branch => branch.Exact!)) : null;
        var bests = branches.Select(Best).ToList();
        var required = bests.All(best => best is not null) ? Union(bests!) : null;
        return new Facts(exact, required);
    }

    /// <summary>A bounded repetition of a small exact set is exact (the union of its allowed powers); one that must happen at least once requires what its body requires.</summary>
    private static Facts Repetition(Facts body, int min, int max)
    {
        HashSet<string>? exact = null;
        if (body.Exact is { } once && max is >= 0 and <= 4)
        {
            exact = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? power = [""];
            for (var times = 0; times <= max && exact is not null; times++)
            {
                power = times == 0 ? power : Product(power!, once);
                exact = power is null ? null : times < min ? exact : Union([exact, power]);
            }
        }

        return new Facts(exact, min >= 1 ? Best(body) : null);
    }

    /// <summary>The better of a node's exact set (unless it holds the empty string) and its requirement; null when neither helps.</summary>
    private static HashSet<string>? Best(Facts facts)
    {
        var exact = facts.Exact is { } set && !set.Contains("") ? set : null;
        return (exact, facts.Required) switch
        {
            (null, var required) => required,
            (var only, null) => only,
            var (a, b) => Score(a) >= Score(b) ? a : b,
        };
    }

    /// <summary>How selective a set is: longer strings find fewer false candidates, more strings more.</summary>
    private static double Score(HashSet<string> set) => (8.0 * set.Min(text => text.Length)) - Math.Log2(set.Count);

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string> right)
    {
        if ((long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var product = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (a.Length + b.Length > MaxLength)
                {
                    return null;
                }

                product.Add(a + b);
            }
        }

        return product;
    }

    private static HashSet<string>? Union(IEnumerable<HashSet<string>> sets)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            union.UnionWith(set);
            if (union.Count > MaxStrings)
            {
                return null;
            }
        }

        return union;
    }
}
