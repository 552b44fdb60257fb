using System.Text;
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

    /// <summary>The matcher's rule names; matches are indexes into this list.</summary>
    public IReadOnlyList<string> RuleNames => _matcher.RuleNames;

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
        var scanner = new JsonScanner(utf8, EventFlattener.MaxDepth);
        try
        {
            if (scanner.Peek() != (byte)'{')
            {
                error = EventText.NotAnObject;
                return false;
            }

            Object(ref scanner, 0, atRoot: true);
        }
        catch (JsonSyntaxException e)
        {
            error = $"event is not valid JSON: {e.Message}";
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

    private void Object(ref JsonScanner scanner, int node, bool atRoot)
    {
        scanner.Expect((byte)'{');
        scanner.Enter();
        var trie = _matcher.Trie;
        var below = atRoot ? node : trie.Step(node, (byte)'.');
        if (!scanner.TryConsume((byte)'}'))
        {
            do
            {
                var key = scanner.ReadString(out var escaped);
                var child = below == PathTrie.Dead ? PathTrie.Dead : trie.Step(below, escaped ? Unescaped(key) : key);
                scanner.Expect((byte)':');
                if (child == PathTrie.Dead)
                {
                    scanner.SkipValue();
                }
                else
                {
                    Value(ref scanner, child);
                }
            }
            while (scanner.NextMember((byte)'}'));
        }

        scanner.Leave();
    }

    private void Value(ref JsonScanner scanner, int node)
    {
        switch (scanner.Peek())
        {
            case (byte)'{':
                if (_nodes[node].HasChildren)
                {
                    Object(ref scanner, node, atRoot: false);
                }
                else
                {
                    scanner.SkipValue();
                }

                break;
            case (byte)'[':
                ArrayValue(ref scanner, node);
                break;
            default:
                Leaf(ref scanner, node);
                break;
        }
    }

    private void ArrayValue(ref JsonScanner scanner, int node)
    {
        scanner.Expect((byte)'[');
        scanner.Enter();
        var id = _arrays++;
        var index = 0;
        if (!scanner.TryConsume((byte)']'))
        {
            do
            {
                if (scanner.Peek() is (byte)'{' or (byte)'[')
                {
                    _membership.Add(id);
                    _membership.Add(index);
                    _membershipVersion++;
                    Value(ref scanner, node);
                    _membership.RemoveRange(_membership.Count - 2, 2);
                    _membershipVersion++;
                }
                else
                {
                    Leaf(ref scanner, node);
                }

                index++;
            }
            while (scanner.NextMember((byte)']'));
        }

        scanner.Leave();
    }

    private void Leaf(ref JsonScanner scanner, int node)
    {
        var info = _nodes[node];
        if (!info.HasConditions)
        {
            scanner.SkipValue();
            return;
        }

        if (info.HasAbsence)
        {
            Record(_occurrences, _presentEpoch, _presentUnconditionalEpoch, node);
        }

        EventScalar scalar;
        switch (scanner.Peek())
        {
            case (byte)'"':
                var content = scanner.ReadString(out var escaped);
                scalar = new EventScalar(ScalarKind.String, escaped ? Unescaped(content) : content, double.NaN);
                break;
            case (byte)'t':
                scanner.ReadLiteral("true"u8);
                scalar = new EventScalar(ScalarKind.True, "true"u8, double.NaN);
                break;
            case (byte)'f':
                scanner.ReadLiteral("false"u8);
                scalar = new EventScalar(ScalarKind.False, "false"u8, double.NaN);
                break;
            case (byte)'n':
                scanner.ReadLiteral("null"u8);
                scalar = new EventScalar(ScalarKind.Null, "null"u8, double.NaN);
                break;
            default:
                var number = scanner.ReadNumber();
                scalar = new EventScalar(ScalarKind.Number, number, JsonNumber.ComparableOrNaN(number));
                break;
        }

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

    private ReadOnlySpan<byte> Unescaped(ReadOnlySpan<byte> content)
    {
        if (_scratch.Length < content.Length)
        {
            _scratch = new byte[content.Length * 2];
        }

        return _scratch.AsSpan(0, JsonScanner.Unescape(content, _scratch));
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
