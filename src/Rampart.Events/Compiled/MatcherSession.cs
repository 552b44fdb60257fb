using System.Text;
using System.Text.Json;
using Rampart.Events.Matching;

namespace Rampart.Events.Compiled;

/// <summary>
/// Matches events against a <see cref="PatternMatcher"/>, one at a time, reading each event once
/// from its UTF-8 bytes and skipping every key no rule mentions. Holds reusable buffers, so the
/// common path allocates nothing per event; not thread-safe (one session per thread).
/// </summary>
public sealed class MatcherSession
{
    private readonly PatternMatcher _matcher;
    private readonly PathNode[] _nodes;
    private readonly int[] _hitEpoch;
    private readonly int[] _unconditionalEpoch;
    private readonly int[] _presentEpoch;
    private readonly int[] _presentUnconditionalEpoch;
    private readonly int[] _branchEpoch;
    private readonly int[] _ruleEpoch;
    private readonly List<int> _candidates = [];
    private readonly List<int> _membership = [];
    private readonly List<(int Key, int Start, int Length)> _hits = [];
    private readonly List<(int Key, int Start, int Length)> _occurrences = [];
    private int[] _memberships = new int[256];
    private int _membershipsUsed;
    private int _membershipVersion;
    private int _copiedVersion = -1;
    private (int Start, int Length) _copied;
    private byte[] _scratch = new byte[256];
    private char[] _chars = new char[256];
    private int _epoch;
    private int _arrays;

    internal MatcherSession(PatternMatcher matcher)
    {
        _matcher = matcher;
        _nodes = matcher.Nodes;
        _hitEpoch = new int[matcher.Conditions.Length];
        _unconditionalEpoch = new int[matcher.Conditions.Length];
        _presentEpoch = new int[_nodes.Length];
        _presentUnconditionalEpoch = new int[_nodes.Length];
        _branchEpoch = new int[matcher.Branches.Length];
        _ruleEpoch = new int[matcher.RuleNames.Count];
    }

    /// <summary>
    /// Matches one event; <paramref name="matchedRules"/> receives the indexes of the matching rules
    /// (cleared first, ascending). False, with a one-line <paramref name="error"/>, for an event that
    /// is not a JSON object in valid UTF-8.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<byte> utf8, List<int> matchedRules, out string? error)
    {
        matchedRules.Clear();
        error = EventText.Validate(utf8);
        if (error is not null)
        {
            return false;
        }

        Reset();
        var reader = new Utf8JsonReader(utf8, EventText.ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = EventText.NotAnObject;
                return false;
            }

            Object(ref reader, 0, atRoot: true);
        }
        catch (JsonException e)
        {
            error = EventText.InvalidJson(e);
            return false;
        }

        Decide(matchedRules);
        return true;
    }

    private void Reset()
    {
        if (++_epoch == int.MaxValue)
        {
            _epoch = 1;
            System.Array.Clear(_hitEpoch);
            System.Array.Clear(_unconditionalEpoch);
            System.Array.Clear(_presentEpoch);
            System.Array.Clear(_presentUnconditionalEpoch);
            System.Array.Clear(_branchEpoch);
            System.Array.Clear(_ruleEpoch);
        }

        _candidates.Clear();
        _membership.Clear();
        _hits.Clear();
        _occurrences.Clear();
        _membershipsUsed = 0;
        _copiedVersion = -1;
        _arrays = 0;
    }

    private void Object(ref Utf8JsonReader reader, int node, bool atRoot)
    {
        var trie = _matcher.Trie;
        var below = atRoot ? node : trie.Step(node, (byte)'.');
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var child = below == PathTrie.Dead ? PathTrie.Dead : trie.Step(below, Unescaped(ref reader));
            reader.Read();
            if (child == PathTrie.Dead)
            {
                reader.Skip();
                continue;
            }

            Value(ref reader, child);
        }
    }

    private void Value(ref Utf8JsonReader reader, int node)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                if (_nodes[node].HasChildren)
                {
                    Object(ref reader, node, atRoot: false);
                }
                else
                {
                    reader.Skip();
                }

                break;
            case JsonTokenType.StartArray:
                ArrayValue(ref reader, node);
                break;
            default:
                Leaf(ref reader, node);
                break;
        }
    }

    private void ArrayValue(ref Utf8JsonReader reader, int node)
    {
        var id = _arrays++;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                _membership.Add(id);
                _membership.Add(index);
                _membershipVersion++;
                Value(ref reader, node);
                _membership.RemoveRange(_membership.Count - 2, 2);
                _membershipVersion++;
            }
            else
            {
                Leaf(ref reader, node);
            }

            index++;
        }
    }

    private void Leaf(ref Utf8JsonReader reader, int node)
    {
        var info = _nodes[node];
        if (!info.HasConditions)
        {
            return;
        }

        if (info.HasAbsence)
        {
            Record(_occurrences, _presentEpoch, _presentUnconditionalEpoch, node);
        }

        var scalar = reader.TokenType switch
        {
            JsonTokenType.String => new EventScalar(ScalarKind.String, Unescaped(ref reader), double.NaN),
            JsonTokenType.Number => new EventScalar(ScalarKind.Number, reader.ValueSpan, JsonNumber.ComparableOrNaN(reader.ValueSpan)),
            JsonTokenType.True => new EventScalar(ScalarKind.True, "true"u8, double.NaN),
            JsonTokenType.False => new EventScalar(ScalarKind.False, "false"u8, double.NaN),
            _ => new EventScalar(ScalarKind.Null, "null"u8, double.NaN),
        };
        if (info.HasExact && scalar.IsString)
        {
            if (_chars.Length < scalar.Utf8.Length)
            {
                _chars = new char[scalar.Utf8.Length * 2];
            }

            var length = Encoding.UTF8.GetChars(scalar.Utf8, _chars);
            if (info.Exact.TryGetValue(_chars.AsSpan(0, length), out var exactHits))
            {
                foreach (var condition in exactHits)
                {
                    Hit(condition);
                }
            }
        }

        foreach (var (condition, matchers) in info.Others)
        {
            foreach (var matcher in matchers)
            {
                if (matcher.Matches(scalar))
                {
                    Hit(condition);
                    break;
                }
            }
        }
    }

    private void Hit(int condition)
    {
        if (_hitEpoch[condition] != _epoch)
        {
            _hitEpoch[condition] = _epoch;
            var branch = _matcher.Conditions[condition].Branch;
            if (_branchEpoch[branch] != _epoch)
            {
                _branchEpoch[branch] = _epoch;
                _candidates.Add(branch);
            }
        }

        Record(_hits, _hitEpoch, _unconditionalEpoch, condition);
    }

    private void Record(List<(int Key, int Start, int Length)> list, int[] seen, int[] unconditional, int key)
    {
        seen[key] = _epoch;
        if (_membership.Count == 0)
        {
            unconditional[key] = _epoch;
            return;
        }

        if (_copiedVersion != _membershipVersion)
        {
            if (_memberships.Length < _membershipsUsed + _membership.Count)
            {
                System.Array.Resize(ref _memberships, (_memberships.Length + _membership.Count) * 2);
            }

            _membership.CopyTo(_memberships, _membershipsUsed);
            _copied = (_membershipsUsed, _membership.Count);
            _membershipsUsed += _membership.Count;
            _copiedVersion = _membershipVersion;
        }

        list.Add((key, _copied.Start, _copied.Length));
    }

    private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_scratch.Length < reader.ValueSpan.Length)
        {
            _scratch = new byte[reader.ValueSpan.Length * 2];
        }

        return _scratch.AsSpan(0, reader.CopyString(_scratch));
    }

    private void Decide(List<int> matchedRules)
    {
        foreach (var branch in _matcher.AlwaysEvaluated)
        {
            if (_branchEpoch[branch] != _epoch)
            {
                _branchEpoch[branch] = _epoch;
                _candidates.Add(branch);
            }
        }

        foreach (var index in _candidates)
        {
            var branch = _matcher.Branches[index];
            if (_ruleEpoch[branch.Rule] != _epoch && BranchMatches(branch))
            {
                _ruleEpoch[branch.Rule] = _epoch;
                matchedRules.Add(branch.Rule);
            }
        }

        matchedRules.Sort();
    }

    private bool BranchMatches(CompiledBranch branch)
    {
        var constrained = 0;
        var needsSearch = false;
        foreach (var id in branch.Conditions)
        {
            var condition = _matcher.Conditions[id];
            if (_unconditionalEpoch[id] == _epoch)
            {
                continue;
            }

            var present = condition.AllowsAbsence && _presentEpoch[condition.Node] == _epoch;
            if (_hitEpoch[id] == _epoch)
            {
                constrained++;
                needsSearch |= present;
            }
            else if (!condition.AllowsAbsence)
            {
                return false;
            }
            else if (present)
            {
                if (_presentUnconditionalEpoch[condition.Node] == _epoch)
                {
                    return false;
                }

                needsSearch = true;
            }
        }

        return (!needsSearch && constrained <= 1) || Search(branch);
    }

    private bool Search(CompiledBranch branch) => ArrayConsistency.Search([.. branch.Conditions.Select(id =>
    {
        var condition = _matcher.Conditions[id];
        return new ConditionCandidates(
            Gather(_hits, id, _unconditionalEpoch[id] == _epoch),
            condition.AllowsAbsence ? Gather(_occurrences, condition.Node, _presentUnconditionalEpoch[condition.Node] == _epoch) : [],
            condition.AllowsAbsence);
    })]);

    private List<int[]> Gather(List<(int Key, int Start, int Length)> list, int key, bool unconditional)
    {
        var result = unconditional ? new List<int[]> { System.Array.Empty<int>() } : [];
        foreach (var (k, start, length) in list)
        {
            if (k == key)
            {
                result.Add(_memberships.AsSpan(start, length).ToArray());
            }
        }

        return result;
    }
}
