using System.Text.Json;
using Rampart.Core;
using Rampart.Iam.Conditions;

namespace Rampart.Iam.Policies;

/// <summary>
/// Reads a policy document from UTF-8 JSON with <see cref="Utf8JsonReader"/>, validates it for its
/// <see cref="PolicyType"/> and compiles its statements. Every element keeps its byte offset and
/// JSON pointer. Bad input is a diagnostic (AWS's text first), never an exception.
/// </summary>
public static class PolicyParser
{
    /// <summary>Parses a standalone document (a file's whole content).</summary>
    public static ParseResult<PolicyDocument> Parse(ReadOnlyMemory<byte> utf8, PolicyType type)
    {
        var map = new SourceMap(utf8);
        if (Utf8Text.FirstInvalidByte(utf8.Span) is var invalid and >= 0)
        {
            return Fail(Error(PolicyMessages.Syntax, "invalid json: the text is not valid UTF-8", new ElementLocation(map, invalid, string.Empty), "iam.policy.json"));
        }

        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return Fail(Error(PolicyMessages.Syntax, "the document is empty", new ElementLocation(map, 0, string.Empty)));
            }

            var result = Parse(ref reader, type, map, string.Empty);
            if (result.Succeeded && reader.Read())
            {
                return Fail(Error(PolicyMessages.Syntax, "text after the document", new ElementLocation(map, (int)reader.TokenStartIndex, string.Empty)));
            }

            return result;
        }
        catch (JsonException e)
        {
            var location = new SourceLocation((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, null);
            return Fail(new Diagnostic(Severity.Error, "iam.policy.json", $"{PolicyMessages.Syntax} (invalid json: {FirstSentence(e.Message)})", location));
        }
    }

    /// <summary>Parses a standalone document from text.</summary>
    public static ParseResult<PolicyDocument> Parse(string json, PolicyType type) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(json), type);

    /// <summary>
    /// Parses the document whose first token the reader is on (inside a larger JSON text, such as
    /// an eval case). <paramref name="pointer"/> is the document's own JSON pointer there. Invalid
    /// JSON throws <see cref="JsonException"/> from the reader, for the caller to report.
    /// </summary>
    public static ParseResult<PolicyDocument> Parse(ref Utf8JsonReader reader, PolicyType type, SourceMap map, string pointer) =>
        Parse(ref reader, type, map, pointer, 0);

    /// <summary>
    /// As <see cref="Parse(ref Utf8JsonReader, PolicyType, SourceMap, string)"/> for a reader over a
    /// slice of the mapped text that starts at <paramref name="baseOffset"/>.
    /// </summary>
    public static ParseResult<PolicyDocument> Parse(ref Utf8JsonReader reader, PolicyType type, SourceMap map, string pointer, int baseOffset)
    {
        var state = new State(type, map, baseOffset);
        var start = baseOffset + (int)reader.TokenStartIndex;
        var location = new ElementLocation(map, start, pointer);
        var document = state.ReadDocument(ref reader, location);
        var end = baseOffset + (int)reader.BytesConsumed;
        if (document is not null && state.Errors.Count == 0)
        {
            state.CheckSize(ref reader, start, end, location);
        }

        return state.Errors.Count > 0 || document is null
            ? ParseResult<PolicyDocument>.Failure(state.Errors)
            : ParseResult<PolicyDocument>.Success(document);
    }

    private static ParseResult<PolicyDocument> Fail(Diagnostic error) => ParseResult<PolicyDocument>.Failure(error);

    private static Diagnostic Error(string aws, string? detail, ElementLocation location, string code = "iam.policy.syntax") =>
        new(Severity.Error, code, detail is null ? aws : $"{aws} ({detail})", location.ToSourceLocation());

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message.TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private sealed class State(PolicyType type, SourceMap map, int baseOffset)
    {
        private readonly int _base = baseOffset;
        private readonly PolicyType _type = type;
        private readonly SourceMap _map = map;
        /// <summary>The values of the element being read, reused from element to element (each reader of it is done with it before the next is read).</summary>
        private readonly List<(string Value, ElementLocation Location)> _values = [];

        /// <summary>The condition clauses of the statement being read, reused from statement to statement.</summary>
        private readonly List<ConditionClause> _clauses = [];
        private bool _variables;
        private HashSet<string>? _sids;

        public List<Diagnostic> Errors { get; } = [];

        public PolicyDocument? ReadDocument(ref Utf8JsonReader reader, ElementLocation location)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(PolicyMessages.Syntax, "a policy document is a JSON object", location);
                reader.Skip();
                return null;
            }

            string? version = null;
            string? id = null;
            var versionSeen = false;
            var statements = new List<Statement>();
            var statementSeen = false;
            var seen = 0;
            _variables = HasCurrentVersion(reader);
            location = location.AsContainer();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var known = KnownName(ref reader);
                var name = known >= 0 ? ElementNames[known] : reader.GetString()!;
                var nameLocation = location.Child(_base + (int)reader.TokenStartIndex, name);
                reader.Read();
                if (!FirstTime(ref seen, known))
                {
                    Add(PolicyMessages.Syntax, $"element `{name}` appears twice", nameLocation);
                }

                switch (name)
                {
                    case "Version":
                        versionSeen = true;
                        version = ReadString(ref reader, nameLocation, "Version");
                        if (version is not null && version != PolicyDocument.CurrentVersion && version != PolicyDocument.LegacyVersion)
                        {
                            Add(PolicyMessages.LegacyParsing, $"`Version` must be `2012-10-17` or `2008-10-17`, found `{version}`", nameLocation);
                        }

                        break;
                    case "Id":
                        id = ReadString(ref reader, nameLocation, "Id");
                        break;
                    case "Statement":
                        statementSeen = true;
                        ReadStatements(ref reader, nameLocation, statements);
                        break;
                    default:
                        Add(PolicyMessages.Syntax, $"unknown element `{name}`", nameLocation);
                        reader.Skip();
                        break;
                }
            }

            if (!statementSeen)
            {
                Add(PolicyMessages.Syntax, "missing `Statement`", location);
                return null;
            }

            return Errors.Count > 0 ? null : new PolicyDocument(_type, versionSeen ? version : null, id, statements, location);
        }

        public void CheckSize(ref Utf8JsonReader reader, int start, int end, ElementLocation location)
        {
            var limit = PolicyLimits.MaxCharacters(_type);
            if (end - start <= limit)
            {
                return;
            }

            var count = _map.CountNonWhitespace(start, end);
            if (count > limit)
            {
                Add(PolicyMessages.SizeQuota(_type, limit), $"the document has {count} characters without whitespace", location, "iam.policy.size");
            }
        }

        /// <summary>Element names by bit, for spotting repeats without allocating.</summary>
        private static readonly string[] ElementNames =
            ["Version", "Id", "Statement", "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"];

        /// <summary>The index in <see cref="ElementNames"/> of a known element name, without allocating; -1 for others.</summary>
        private static int KnownName(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                var span = reader.ValueSpan;
                foreach (var i in CandidatesByLength(span.Length))
                {
                    if (span.SequenceEqual(ElementNamesUtf8[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }

            for (var i = 0; i < ElementNamesUtf8.Length; i++)
            {
                if (reader.ValueTextEquals(ElementNamesUtf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The indexes of the element names of <paramref name="length"/> bytes.</summary>
        private static ReadOnlySpan<int> CandidatesByLength(int length) => length < NamesByLength.Length ? NamesByLength[length] : [];

        private static readonly byte[][] ElementNamesUtf8 = [.. ElementNames.Select(System.Text.Encoding.UTF8.GetBytes)];

        private static readonly int[][] NamesByLength =
            [.. Enumerable.Range(0, ElementNames.Max(n => n.Length) + 1).Select(length => Enumerable.Range(0, ElementNames.Length).Where(i => ElementNames[i].Length == length).ToArray())];

        private static readonly int EffectBit = 1 << Array.IndexOf(ElementNames, "Effect");

        /// <summary>Marks element <paramref name="known"/> as seen; false when it was seen before (unknown names, -1, are never repeats).</summary>
        private static bool FirstTime(ref int seen, int known)
        {
            var bit = known < 0 ? 0 : 1 << known;
            var first = (seen & bit) == 0;
            seen |= bit;
            return first;
        }

        /// <summary>Looks for <c>"Version": "2012-10-17"</c> on a copy of the reader, so variables are known before Statement.</summary>
        private static bool HasCurrentVersion(Utf8JsonReader copy)
        {
            while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = copy.ValueTextEquals("Version"u8);
                copy.Read();
                if (isVersion)
                {
                    return copy.TokenType == JsonTokenType.String && copy.ValueTextEquals("2012-10-17"u8);
                }

                copy.Skip();
            }

            return false;
        }

        private void ReadStatements(ref Utf8JsonReader reader, ElementLocation location, List<Statement> statements)
        {
            location = location.AsContainer();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadStatement(ref reader, 0, location, statements);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var itemLocation = location.Item(_base + (int)reader.TokenStartIndex, index);
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        Add(PolicyMessages.Syntax, "a statement is a JSON object", itemLocation);
                        reader.Skip();
                    }
                    else
                    {
                        ReadStatement(ref reader, index, itemLocation, statements);
                    }

                    index++;
                }

                if (index == 0)
                {
                    Add(PolicyMessages.Syntax, "`Statement` is empty", location);
                }
            }
            else
            {
                Add(PolicyMessages.Syntax, "`Statement` is an object or an array of objects", location);
            }
        }

        private void ReadStatement(ref Utf8JsonReader reader, int index, ElementLocation location, List<Statement> statements)
        {
            location = location.AsContainer();
            string? sid = null;
            Effect? effect = null;
            ActionElement? action = null;
            ResourceElement? resource = null;
            PrincipalElement? principal = null;
            var conditions = _clauses;
            conditions.Clear();
            var seen = 0;
            var errorsBefore = Errors.Count;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var known = KnownName(ref reader);
                var name = known >= 0 ? ElementNames[known] : reader.GetString()!;
                var at = location.Child(_base + (int)reader.TokenStartIndex, name);
                reader.Read();
                if (!FirstTime(ref seen, known))
                {
                    Add(PolicyMessages.Syntax, $"element `{name}` appears twice", at);
                }

                switch (name)
                {
                    case "Sid":
                        sid = ReadString(ref reader, at, "Sid");
                        CheckSid(sid, at);
                        break;
                    case "Effect":
                        var text = reader.TokenType != JsonTokenType.String ? ReadString(ref reader, at, "Effect")
                            : reader.ValueTextEquals("Allow"u8) ? "Allow"
                            : reader.ValueTextEquals("Deny"u8) ? "Deny"
                            : reader.GetString();
                        effect = text switch { "Allow" => Effect.Allow, "Deny" => Effect.Deny, _ => null };
                        if (text is not null && effect is null)
                        {
                            Add(PolicyMessages.Syntax, $"`Effect` must be `Allow` or `Deny`, found `{text}`", at);
                        }

                        break;
                    case "Action" or "NotAction":
                        if (action is not null)
                        {
                            Add(PolicyMessages.Syntax, "a statement has `Action` or `NotAction`, not both", at);
                        }

                        action = ReadAction(ref reader, name == "NotAction", at);
                        break;
                    case "Resource" or "NotResource":
                        if (resource is not null)
                        {
                            Add(PolicyMessages.Syntax, "a statement has `Resource` or `NotResource`, not both", at);
                        }

                        resource = ReadResource(ref reader, name == "NotResource", at);
                        break;
                    case "Principal" or "NotPrincipal":
                        if (principal is not null)
                        {
                            Add(PolicyMessages.Syntax, "a statement has `Principal` or `NotPrincipal`, not both", at);
                        }

                        principal = ReadPrincipal(ref reader, name == "NotPrincipal", at);
                        break;
                    case "Condition":
                        ReadConditions(ref reader, at, conditions);
                        break;
                    default:
                        Add(PolicyMessages.Syntax, $"unknown element `{name}` in a statement", at);
                        reader.Skip();
                        break;
                }
            }

            if (effect is null && (seen & EffectBit) == 0)
            {
                Add(PolicyMessages.MissingField("Effect"), null, location);
            }

            if (action is null && Errors.Count == errorsBefore)
            {
                Add(PolicyMessages.MissingActions, null, location);
            }

            CheckTypeRules(effect, resource, principal, location);
            if (Errors.Count == errorsBefore && effect is { } e && action is not null)
            {
                statements.Add(new Statement(index, sid, e, action, resource, principal, conditions.Count == 0 ? [] : conditions.ToArray(), location));
            }
        }

        private void CheckTypeRules(Effect? effect, ResourceElement? resource, PrincipalElement? principal, ElementLocation location)
        {
            var identitySide = _type is PolicyType.Identity or PolicyType.PermissionBoundary or PolicyType.Session or PolicyType.ServiceControl;
            if (identitySide && principal is not null)
            {
                Add(PolicyMessages.NoPrincipalAllowed, $"`{(principal.IsNot ? "NotPrincipal" : "Principal")}` is not allowed in {Describe(_type)}", principal.Location);
            }

            if (_type is PolicyType.Resource or PolicyType.Trust or PolicyType.ResourceControl && principal is null)
            {
                Add(PolicyMessages.MissingPrincipal, $"{Describe(_type)} statements name a `Principal`", location);
            }

            if (_type == PolicyType.Trust)
            {
                if (resource is not null)
                {
                    Add(PolicyMessages.Prohibited(resource.IsNot ? "NotResource" : "Resource"), "a trust policy applies to its role", resource.Location);
                }

                if (principal is { IsNot: true })
                {
                    Add(PolicyMessages.Prohibited("NotPrincipal"), "a trust policy cannot use `NotPrincipal`", principal.Location);
                }
            }
            else if (resource is null)
            {
                Add(PolicyMessages.MissingResources, null, location);
            }

            if (_type == PolicyType.ResourceControl && principal is not null && (principal.IsNot || !principal.IsEveryone || principal.Entries.Count != 1))
            {
                Add(PolicyMessages.InvalidPrincipal, "a resource control policy statement has `\"Principal\": \"*\"`", principal.Location);
            }

            if (_type == PolicyType.ResourceControl && effect == Effect.Allow)
            {
                Add(PolicyMessages.Syntax, "resource control policies support only `\"Effect\": \"Deny\"` (RCPFullAWSAccess is implied)", location);
            }

            if (principal is { IsNot: true } && effect == Effect.Allow)
            {
                Add(PolicyMessages.InvalidPrincipal, "`NotPrincipal` is supported only with `\"Effect\": \"Deny\"`", principal.Location);
            }
        }

        private void CheckSid(string? sid, ElementLocation at)
        {
            var sids = _sids ??= new HashSet<string>(StringComparer.Ordinal);
            if (sid is null)
            {
                return;
            }

            if (sid.Length > 0 && !sids.Add(sid))
            {
                Add(PolicyMessages.DuplicateSid, $"`{sid}` is used twice", at);
            }

            if (_type is PolicyType.Identity or PolicyType.PermissionBoundary && !IsAlphanumeric(sid))
            {
                Add(PolicyMessages.SidAlphanumeric, $"`{sid}`", at);
            }
        }

        private ActionElement? ReadAction(ref Utf8JsonReader reader, bool isNot, ElementLocation at)
        {
            var values = ReadStrings(ref reader, at, isNot ? "NotAction" : "Action");
            if (values is null)
            {
                return null;
            }

            if (values.Count == 0)
            {
                Add(PolicyMessages.MissingActions, $"`{(isNot ? "NotAction" : "Action")}` is empty", at);
                return null;
            }

            foreach (var (value, location) in values)
            {
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                if (value != "*" && (colon <= 0 || colon == value.Length - 1 || !IsServicePrefix(value.AsSpan(0, colon))))
                {
                    Add(PolicyMessages.VendorPrefix, $"action `{value}`", location);
                }
            }

            var patterns = new string[values.Count];
            var locations = new ElementLocation[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                (patterns[i], locations[i]) = values[i];
            }

            return new ActionElement(isNot, patterns, locations, at);
        }

        private ResourceElement? ReadResource(ref Utf8JsonReader reader, bool isNot, ElementLocation at)
        {
            var values = ReadStrings(ref reader, at, isNot ? "NotResource" : "Resource");
            if (values is null)
            {
                return null;
            }

            if (values.Count == 0)
            {
                Add(PolicyMessages.MissingResources, $"`{(isNot ? "NotResource" : "Resource")}` is empty", at);
                return null;
            }

            var patterns = new PolicyString[values.Count];
            var count = 0;
            foreach (var (value, location) in values)
            {
                if (value != "*" && !value.StartsWith("arn:", StringComparison.Ordinal))
                {
                    Add(PolicyMessages.Syntax, $"resource `{value}` must be `*` or an ARN", location, "iam.policy.resource");
                    continue;
                }

                var compiled = PolicyString.Compile(value, _variables, out var error);
                if (compiled is null)
                {
                    Add(PolicyMessages.Syntax, error, location, "iam.policy.variable");
                    continue;
                }

                patterns[count++] = compiled;
            }

            var locations = new ElementLocation[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                locations[i] = values[i].Location;
            }

            return new ResourceElement(isNot, count == patterns.Length ? patterns : patterns[..count], locations, at);
        }

        private PrincipalElement? ReadPrincipal(ref Utf8JsonReader reader, bool isNot, ElementLocation at)
        {
            var entries = new List<PrincipalEntry>();
            if (reader.TokenType == JsonTokenType.String)
            {
                var text = reader.GetString()!;
                if (text != "*")
                {
                    Add(PolicyMessages.InvalidPrincipal, $"a principal string must be `*`, found `{text}`", at);
                    return null;
                }

                entries.Add(new PrincipalEntry(PrincipalEntryKind.Everyone, text, null, at));
                return new PrincipalElement(isNot, entries, at);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(PolicyMessages.Syntax, "a principal is `*` or an object such as {\"AWS\": …}", at);
                reader.Skip();
                return null;
            }

            at = at.AsContainer();

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var kind = reader.GetString()!;
                var kindAt = at.Child(_base + (int)reader.TokenStartIndex, kind);
                reader.Read();
                var values = ReadStrings(ref reader, kindAt, kind);
                if (values is null)
                {
                    continue;
                }

                if (values.Count == 0)
                {
                    Add(PolicyMessages.InvalidPrincipal, $"`{kind}` is empty", kindAt);
                }

                foreach (var (value, location) in values)
                {
                    var entry = PrincipalEntry(kind, value, location);
                    if (entry is null)
                    {
                        continue;
                    }

                    entries.Add(entry);
                }
            }

            return new PrincipalElement(isNot, entries, at);
        }

        private PrincipalEntry? PrincipalEntry(string kind, string value, ElementLocation location)
        {
            switch (kind)
            {
                case "AWS":
                    if (value == "*")
                    {
                        return new PrincipalEntry(PrincipalEntryKind.Everyone, value, null, location);
                    }

                    if (AccountId.IsValid(value))
                    {
                        return new PrincipalEntry(PrincipalEntryKind.Account, value, value, location);
                    }

                    var arn = Arn.Parse(value);
                    if (!arn.Succeeded || Wildcard.HasWildcard(value) || !AccountId.IsValid(arn.Value.Account) || !IsPrincipalArn(arn.Value))
                    {
                        Add(PolicyMessages.InvalidPrincipal, $"`\"AWS\": \"{value}\"` is not an account, user, role, role session or federated user", location);
                        return null;
                    }

                    return arn.Value.Service == "iam" && arn.Value.Resource == "root"
                        ? new PrincipalEntry(PrincipalEntryKind.Account, value, arn.Value.Account, location)
                        : new PrincipalEntry(PrincipalEntryKind.Arn, value, arn.Value.Account, location);
                case "Service":
                    return new PrincipalEntry(PrincipalEntryKind.Service, value, null, location);
                case "Federated":
                    return new PrincipalEntry(PrincipalEntryKind.Federated, value, null, location);
                case "CanonicalUser":
                    return new PrincipalEntry(PrincipalEntryKind.CanonicalUser, value, null, location);
                default:
                    Add(PolicyMessages.InvalidPrincipal, $"unknown principal type `{kind}` (expected AWS, Service, Federated or CanonicalUser)", location);
                    return null;
            }
        }

        private static bool IsPrincipalArn(Arn arn) =>
            (arn.Service == "iam" && (arn.Resource == "root" || arn.Resource.StartsWith("user/", StringComparison.Ordinal) || arn.Resource.StartsWith("role/", StringComparison.Ordinal)))
            || (arn.Service == "sts" && (arn.Resource.StartsWith("assumed-role/", StringComparison.Ordinal) || arn.Resource.StartsWith("federated-user/", StringComparison.Ordinal)));

        private void ReadConditions(ref Utf8JsonReader reader, ElementLocation at, List<ConditionClause> clauses)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Add(PolicyMessages.Syntax, "`Condition` is an object of operators", at);
                reader.Skip();
                return;
            }

            at = at.AsContainer();

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var operatorText = reader.GetString()!;
                var operatorAt = at.Child(_base + (int)reader.TokenStartIndex, operatorText);
                reader.Read();
                var parsed = ConditionOperators.Parse(operatorText);
                if (parsed is null)
                {
                    Add(PolicyMessages.InvalidConditionType(operatorText), $"valid operators: {ConditionOperators.ValidNames}, with an optional `ForAnyValue:`/`ForAllValues:` prefix and `IfExists` suffix", operatorAt, "iam.policy.operator");
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Add(PolicyMessages.Syntax, $"`{operatorText}` takes an object of condition keys", operatorAt);
                    reader.Skip();
                    continue;
                }

                var (set, op, ifExists) = parsed.Value;
                operatorAt = operatorAt.AsContainer();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    var keyAt = operatorAt.Child(_base + (int)reader.TokenStartIndex, key);
                    reader.Read();
                    var colon = key.IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0 || colon == key.Length - 1 || !IsKeyPrefix(key.AsSpan(0, colon)))
                    {
                        Add(PolicyMessages.VendorPrefix, $"condition key `{key}`", keyAt);
                    }

                    var raw = ReadConditionValues(ref reader, keyAt, operatorText);
                    if (raw is null)
                    {
                        continue;
                    }

                    var values = new ConditionValue[raw.Count];
                    var count = 0;
                    foreach (var (text, location) in raw)
                    {
                        var compiled = PolicyString.Compile(text, _variables && op.SupportsVariables, out var error);
                        if (compiled is null)
                        {
                            Add(PolicyMessages.Syntax, error, location, "iam.policy.variable");
                            continue;
                        }

                        if (op.Family is OperatorFamily.Null or OperatorFamily.Bool && ConditionValue.ParseBool(text) is null)
                        {
                            Add(PolicyMessages.Syntax, $"`{operatorText}` takes `true` or `false`, found `{text}`", location, "iam.policy.value");
                            continue;
                        }

                        values[count++] = ConditionValue.Compile(text, op.Family, compiled, location);
                    }

                    clauses.Add(new ConditionClause(operatorText, set, op, ifExists, key, count == values.Length ? values : values[..count], operatorAt, keyAt));
                }
            }
        }

        private List<(string Value, ElementLocation Location)>? ReadConditionValues(ref Utf8JsonReader reader, ElementLocation at, string operatorText)
        {
            var values = _values;
            values.Clear();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                at = at.AsContainer();
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var itemAt = at.Item(_base + (int)reader.TokenStartIndex, index);
                    if (Scalar(ref reader, itemAt, operatorText) is { } item)
                    {
                        values.Add((item, itemAt));
                    }

                    index++;
                }

                return values;
            }

            if (Scalar(ref reader, at, operatorText) is { } single)
            {
                values.Add((single, at));
                return values;
            }

            return null;
        }

        private string? Scalar(ref Utf8JsonReader reader, ElementLocation at, string operatorText)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString()!;
                case JsonTokenType.Number:
                    return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                default:
                    Add(PolicyMessages.Syntax, $"a `{operatorText}` value is a string, number or boolean, found {Describe(reader.TokenType)}", at, "iam.policy.value");
                    reader.Skip();
                    return null;
            }
        }

        private List<(string Value, ElementLocation Location)>? ReadStrings(ref Utf8JsonReader reader, ElementLocation at, string element)
        {
            var values = _values;
            values.Clear();
            if (reader.TokenType == JsonTokenType.String)
            {
                values.Add((reader.GetString()!, at));
                return values;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Add(PolicyMessages.Syntax, $"`{element}` is a string or an array of strings, found {Describe(reader.TokenType)}", at);
                reader.Skip();
                return null;
            }

            at = at.AsContainer();
            var index = 0;
            var ok = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var itemAt = at.Item(_base + (int)reader.TokenStartIndex, index);
                if (reader.TokenType == JsonTokenType.String)
                {
                    values.Add((reader.GetString()!, itemAt));
                }
                else
                {
                    Add(PolicyMessages.Syntax, $"`{element}` items are strings, found {Describe(reader.TokenType)}", itemAt);
                    reader.Skip();
                    ok = false;
                }

                index++;
            }

            return ok ? values : null;
        }

        private string? ReadString(ref Utf8JsonReader reader, ElementLocation at, string element)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            Add(PolicyMessages.Syntax, $"`{element}` is a string, found {Describe(reader.TokenType)}", at);
            reader.Skip();
            return null;
        }

        private static bool IsAlphanumeric(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsServicePrefix(ReadOnlySpan<char> prefix)
        {
            foreach (var c in prefix)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '*' && c != '?')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Condition-key prefixes: services, and identity providers such as <c>token.actions.githubusercontent.com</c>.</summary>
        private static bool IsKeyPrefix(ReadOnlySpan<char> prefix)
        {
            foreach (var c in prefix)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private void Add(string aws, string? detail, ElementLocation location, string code = "iam.policy.syntax") =>
            Errors.Add(Error(aws, detail, location, code));

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => "a string",
        };

        private static string Describe(PolicyType type) => type switch
        {
            PolicyType.Identity => "an identity-based policy",
            PolicyType.Resource => "a resource-based policy",
            PolicyType.Trust => "a role trust policy",
            PolicyType.PermissionBoundary => "a permissions boundary",
            PolicyType.ServiceControl => "a service control policy",
            PolicyType.ResourceControl => "a resource control policy",
            _ => "a session policy",
        };
    }
}
