using System.Text;
using Rampart.Core;
using Rampart.Events.Patterns;

namespace Rampart.Events.Compiled;

/// <summary>
/// All rules of a bus compiled into one structure: a trie of every path the rules mention; at each
/// path, a hash of the exact strings wanted there and the other operators; for each condition the
/// branches (rules) it can complete. An event is read once, from its UTF-8 bytes, by a
/// <see cref="MatcherSession"/>. Immutable and safe to share; sessions are per thread.
/// </summary>
public sealed class PatternMatcher
{
    private PatternMatcher(IReadOnlyList<string> names, PathTrie trie, PathNode[] nodes, CompiledCondition[] conditions, CompiledBranch[] branches, int[] alwaysBranches)
    {
        RuleNames = names;
        Trie = trie;
        Nodes = nodes;
        Conditions = conditions;
        Branches = branches;
        AlwaysEvaluated = alwaysBranches;
    }

    /// <summary>The rules' names, in the order given; matches are reported as indexes into this list.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    internal PathTrie Trie { get; }

    internal PathNode[] Nodes { get; }

    internal CompiledCondition[] Conditions { get; }

    internal CompiledBranch[] Branches { get; }

    /// <summary>Branches every condition of which may be met by absence: evaluated for every event.</summary>
    internal int[] AlwaysEvaluated { get; }

    /// <summary>Compiles named patterns into one matcher.</summary>
    public static PatternMatcher Compile(IReadOnlyList<NamedPattern> rules)
    {
        var trie = new PathTrie();
        var conditions = new List<CompiledCondition>();
        var branches = new List<CompiledBranch>();
        var always = new List<int>();
        var perNode = new Dictionary<int, List<(int Condition, FieldCondition Source)>>();
        for (var rule = 0; rule < rules.Count; rule++)
        {
            foreach (var branch in rules[rule].Pattern.Branches)
            {
                var ids = new int[branch.Conditions.Count];
                for (var i = 0; i < ids.Length; i++)
                {
                    var source = branch.Conditions[i];
                    var node = trie.Add(Encoding.UTF8.GetBytes(source.Path));
                    ids[i] = conditions.Count;
                    conditions.Add(new CompiledCondition(node, source.AllowsAbsence, branches.Count));
                    if (!perNode.TryGetValue(node, out var list))
                    {
                        perNode[node] = list = [];
                    }

                    list.Add((ids[i], source));
                }

                if (branch.Conditions.All(c => c.AllowsAbsence))
                {
                    always.Add(branches.Count);
                }

                branches.Add(new CompiledBranch(rule, ids));
            }
        }

        trie.Freeze();
        var nodes = new PathNode[trie.Count];
        for (var n = 0; n < nodes.Length; n++)
        {
            nodes[n] = PathNode.Create(perNode.GetValueOrDefault(n) ?? [], trie.HasChildren(n));
        }

        return new PatternMatcher([.. rules.Select(r => r.Name)], trie, nodes, [.. conditions], [.. branches], [.. always]);
    }

    /// <summary>A session for matching events one after another on one thread.</summary>
    public MatcherSession CreateSession() => new(this);

    /// <summary>Matches one event (allocating a session); the names of the rules it matches, in rule order.</summary>
    public ParseResult<IReadOnlyList<string>> Match(ReadOnlySpan<byte> utf8)
    {
        var matched = new List<int>();
        return CreateSession().TryMatch(utf8, matched, out var error)
            ? ParseResult<IReadOnlyList<string>>.Success([.. matched.Select(i => RuleNames[i])])
            : ParseResult<IReadOnlyList<string>>.Failure(Diagnostic.Error(Matching.EventFlattener.ErrorCode, error!));
    }
}

/// <summary>A rule to compile: its name and its parsed pattern.</summary>
public sealed record NamedPattern(string Name, EventPattern Pattern);

/// <summary>A condition in the compiled form: the path node it tests and its branch.</summary>
internal sealed record CompiledCondition(int Node, bool AllowsAbsence, int Branch);

/// <summary>A branch in the compiled form: its rule and its conditions in path order.</summary>
internal sealed record CompiledBranch(int Rule, int[] Conditions);

/// <summary>What is tested at one path: exact strings by hash, every other operator in a list.</summary>
internal sealed class PathNode
{
    private static readonly Dictionary<string, int[]> NoExact = [];

    private PathNode(Dictionary<string, int[]> exact, (int Condition, ValueMatcher[] Matchers)[] others, bool hasAbsence, bool hasChildren)
    {
        Exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        HasExact = exact.Count > 0;
        Others = others;
        HasAbsence = hasAbsence;
        HasChildren = hasChildren;
        HasConditions = exact.Count > 0 || others.Length > 0 || hasAbsence;
    }

    public Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> Exact { get; }

    public bool HasExact { get; }

    public (int Condition, ValueMatcher[] Matchers)[] Others { get; }

    public bool HasAbsence { get; }

    public bool HasChildren { get; }

    public bool HasConditions { get; }

    public static PathNode Create(List<(int Condition, FieldCondition Source)> conditions, bool hasChildren)
    {
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var others = new List<(int, ValueMatcher[])>();
        foreach (var (id, source) in conditions)
        {
            foreach (var value in source.Matchers.OfType<ExactStringMatcher>())
            {
                if (!exact.TryGetValue(value.Value, out var ids))
                {
                    exact[value.Value] = ids = [];
                }

                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            var rest = source.Matchers.Where(m => m is not ExactStringMatcher and not ExistsMatcher { Exists: false }).ToArray();
            if (rest.Length > 0)
            {
                others.Add((id, rest));
            }
        }

        var frozen = exact.Count == 0 ? NoExact : exact.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        return new PathNode(frozen, [.. others], conditions.Any(c => c.Source.AllowsAbsence), hasChildren);
    }
}
