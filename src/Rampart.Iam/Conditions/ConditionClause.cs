using Rampart.Core;
using Rampart.Iam.Policies;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Conditions;

/// <summary>
/// One operator × key test of a <c>Condition</c> block, compiled: <c>"StringLike": {"s3:prefix": ["home/*"]}</c>.
/// The policy values are ORed (for negated operators: none may match); the clauses of a
/// statement are ANDed by the statement.
/// </summary>
/// <remarks>
/// Absent keys: <c>…IfExists</c> and negated operators hold; others fail. <c>ForAnyValue</c> fails on
/// a missing or empty key, even in its <c>IfExists</c> form (as AWS answers: "if there is no
/// matching context key or the dataset is null, the condition returns false"); <c>ForAllValues</c>
/// holds on one. A
/// multivalued key under an operator without a set qualifier fails: AWS requires a set
/// operator for multivalued keys. A request value that does not parse for the operator's type
/// (a number, date, IP address, boolean, base64) satisfies neither the operator nor its negation.
/// <c>Null</c> treats a multivalued key with no values as null.
/// </remarks>
public sealed class ConditionClause
{
    private const int BufferSize = 512;

    /// <summary>Creates a clause.</summary>
    public ConditionClause(string operatorText, SetOperator set, ConditionOperator op, bool ifExists, string key, IReadOnlyList<ConditionValue> values, ElementLocation operatorLocation, ElementLocation keyLocation)
        : this(operatorText, set, op, ifExists, key, [.. values], operatorLocation, keyLocation)
    {
    }

    /// <summary>Creates a clause that keeps <paramref name="values"/> itself (the parser's, made for it).</summary>
    internal ConditionClause(string operatorText, SetOperator set, ConditionOperator op, bool ifExists, string key, ConditionValue[] values, ElementLocation operatorLocation, ElementLocation keyLocation)
    {
        OperatorText = operatorText;
        Set = set;
        Operator = op;
        IfExists = ifExists;
        Key = key;
        Values = values;
        OperatorLocation = operatorLocation;
        KeyLocation = keyLocation;
    }

    /// <summary>The operator as written.</summary>
    public string OperatorText { get; }

    /// <summary>The set qualifier.</summary>
    public SetOperator Set { get; }

    /// <summary>The base operator.</summary>
    public ConditionOperator Operator { get; }

    /// <summary>True for the <c>…IfExists</c> form.</summary>
    public bool IfExists { get; }

    /// <summary>The condition key as written (matched ignoring case).</summary>
    public string Key { get; }

    /// <summary>The policy values.</summary>
    public ConditionValue[] Values { get; }

    /// <summary>Where the operator is.</summary>
    public ElementLocation OperatorLocation { get; }

    /// <summary>Where the key is.</summary>
    public ElementLocation KeyLocation { get; }

    /// <summary>True when the clause holds for <paramref name="context"/>.</summary>
    public bool Evaluate(RequestContext context)
    {
        var present = context.TryGet(Key, out var value);
        if (Operator.Family == OperatorFamily.Null)
        {
            // A multivalued key with no values is null too: "a Null condition with false keeps
            // missing keys and keys with empty values from evaluating to true".
            var isNull = !present || value.Values.IsEmpty;
            foreach (var v in Values)
            {
                if (v.Boolean == isNull)
                {
                    return true;
                }
            }

            return false;
        }

        switch (Set)
        {
            case SetOperator.ForAnyValue:
                if (!present)
                {
                    return false;
                }

                foreach (var v in value.Values)
                {
                    if (Test(v, context))
                    {
                        return true;
                    }
                }

                return false;
            case SetOperator.ForAllValues:
                if (!present)
                {
                    return true;
                }

                foreach (var v in value.Values)
                {
                    if (!Test(v, context))
                    {
                        return false;
                    }
                }

                return true;
            default:
                if (!present)
                {
                    return IfExists || Operator.Negated;
                }

                return !value.IsMultivalued && Test(value.Single!, context);
        }
    }

    /// <summary>Evaluates and says why, for explanations.</summary>
    public ConditionOutcome Explain(RequestContext context)
    {
        var result = Evaluate(context);
        var present = context.TryGet(Key, out var value);
        string reason;
        if (Operator.Family == OperatorFamily.Null)
        {
            reason = !present ? $"`{Key}` is absent" : value.Values.IsEmpty ? $"`{Key}` has no values (null)" : $"`{Key}` is present";
        }
        else if (!present)
        {
            reason = Set switch
            {
                SetOperator.ForAllValues => $"`{Key}` is absent: ForAllValues holds",
                SetOperator.ForAnyValue => $"`{Key}` is absent: ForAnyValue fails, IfExists or not",
                _ => IfExists ? $"`{Key}` is absent: IfExists holds"
                    : Operator.Negated ? $"`{Key}` is absent: a negated operator holds" : $"`{Key}` is absent",
            };
        }
        else if (Set == SetOperator.None && value.IsMultivalued)
        {
            reason = $"`{Key}` is multivalued {value}: needs ForAnyValue/ForAllValues";
        }
        else
        {
            reason = $"`{Key}` = {(value.IsMultivalued ? value.ToString() : $"`{value.Single}`")} against [{string.Join(", ", Values.Select(v => $"`{v.Text.Text}`"))}]";
        }

        return new ConditionOutcome(OperatorText, Key, result, reason, OperatorLocation);
    }

    private bool Test(string requestValue, RequestContext context)
    {
        var negated = Operator.Negated;
        switch (Operator.Family)
        {
            case OperatorFamily.String:
            case OperatorFamily.Arn:
                return negated ^ AnyText(requestValue, context);
            case OperatorFamily.Numeric:
                if (ConditionValue.ParseNumber(requestValue) is not { } number)
                {
                    return false;
                }

                foreach (var v in Values)
                {
                    if (v.Number is { } n && Compare(number.CompareTo(n)))
                    {
                        return !negated;
                    }
                }

                return negated;
            case OperatorFamily.Date:
                if (!IamDate.TryParse(requestValue, out var ticks))
                {
                    return false;
                }

                foreach (var v in Values)
                {
                    if (v.Ticks is { } t && Compare(ticks.CompareTo(t)))
                    {
                        return !negated;
                    }
                }

                return negated;
            case OperatorFamily.Bool:
                if (ConditionValue.ParseBool(requestValue) is not { } flag)
                {
                    return false;
                }

                foreach (var v in Values)
                {
                    if (v.Boolean == flag)
                    {
                        return true;
                    }
                }

                return false;
            case OperatorFamily.Binary:
                if (ConditionValue.ParseBase64(requestValue) is not { } bytes)
                {
                    return false;
                }

                foreach (var v in Values)
                {
                    if (v.Bytes is { } b && b.AsSpan().SequenceEqual(bytes))
                    {
                        return true;
                    }
                }

                return false;
            case OperatorFamily.IpAddress:
                if (!IpNetwork.TryParseAddress(requestValue, out var isV6, out var address))
                {
                    return false;
                }

                foreach (var v in Values)
                {
                    if (v.Network is { } network && network.Contains(isV6, address))
                    {
                        return !negated;
                    }
                }

                return negated;
            default:
                return false;
        }
    }

    private bool AnyText(string requestValue, RequestContext context)
    {
        Span<char> buffer = stackalloc char[BufferSize];
        Span<bool> flags = stackalloc bool[BufferSize];
        foreach (var v in Values)
        {
            scoped ReadOnlySpan<char> text;
            scoped ReadOnlySpan<bool> literal = default;
            if (!v.Text.HasVariables)
            {
                text = v.Text.Text;
            }
            else
            {
                var length = v.Text.Resolve(context, buffer, flags, out var flagged);
                if (length == -1)
                {
                    continue;
                }

                if (length == -2)
                {
                    if (!v.Text.TryResolve(context, out var resolved, out var resolvedFlags))
                    {
                        continue;
                    }

                    text = resolved;
                    literal = resolvedFlags;
                }
                else
                {
                    text = buffer[..length];
                    literal = flagged ? flags[..length] : default;
                }
            }

            if (Matches(requestValue, text, literal))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string requestValue, ReadOnlySpan<char> text, ReadOnlySpan<bool> literal) =>
        Operator.Family == OperatorFamily.Arn
            ? ArnPattern.IsConditionMatch(text, literal, requestValue)
            : Operator.Comparison switch
            {
                Comparison.EqualsIgnoreCase => requestValue.AsSpan().Equals(text, StringComparison.OrdinalIgnoreCase),
                Comparison.Like => Wildcard.IsMatch(text, literal, requestValue),
                _ => requestValue.AsSpan().SequenceEqual(text),
            };

    private bool Compare(int order) => Operator.Comparison switch
    {
        Comparison.LessThan => order < 0,
        Comparison.LessThanEquals => order <= 0,
        Comparison.GreaterThan => order > 0,
        Comparison.GreaterThanEquals => order >= 0,
        _ => order == 0,
    };
}
