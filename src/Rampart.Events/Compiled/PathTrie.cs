namespace Rampart.Events.Compiled;

/// <summary>
/// Every path the rules mention, as a trie over the bytes of the dot-joined path, so that an
/// event's keys (which may themselves hold dots) are followed byte by byte without building
/// strings, and a key no rule mentions is recognised, and skipped, at its first unknown byte.
/// </summary>
internal sealed class PathTrie
{
    public const int Dead = -1;
    private const int DenseThreshold = 8;

    private readonly List<Dictionary<byte, int>> _building = [[]];
    private byte[][] _keys = [];
    private int[][] _targets = [];
    private int[][] _dense = [];

    /// <summary>Number of nodes; node 0 is the empty path.</summary>
    public int Count => _building.Count;

    /// <summary>Adds a path (UTF-8) and returns its node.</summary>
    public int Add(ReadOnlySpan<byte> path)
    {
        var node = 0;
        foreach (var b in path)
        {
            if (!_building[node].TryGetValue(b, out var next))
            {
                next = _building.Count;
                _building.Add([]);
                _building[node][b] = next;
            }

            node = next;
        }

        return node;
    }

    /// <summary>Freezes the trie into arrays for stepping.</summary>
    public void Freeze()
    {
        _keys = new byte[Count][];
        _targets = new int[Count][];
        _dense = new int[Count][];
        for (var i = 0; i < Count; i++)
        {
            var edges = _building[i].OrderBy(e => e.Key).ToArray();
            _keys[i] = [.. edges.Select(e => e.Key)];
            _targets[i] = [.. edges.Select(e => e.Value)];
            if (edges.Length > DenseThreshold)
            {
                var table = new int[256];
                Array.Fill(table, Dead);
                foreach (var (key, target) in edges)
                {
                    table[key] = target;
                }

                _dense[i] = table;
            }
        }
    }

    /// <summary>True when some path continues below <paramref name="node"/>.</summary>
    public bool HasChildren(int node) => _keys[node].Length > 0;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="bytes"/>, or <see cref="Dead"/>.</summary>
    public int Step(int node, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            node = Step(node, b);
            if (node == Dead)
            {
                return Dead;
            }
        }

        return node;
    }

    /// <summary>The node reached from <paramref name="node"/> by one byte, or <see cref="Dead"/>.</summary>
    public int Step(int node, byte b)
    {
        if (_dense[node] is { } table)
        {
            return table[b];
        }

        var keys = _keys[node];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == b)
            {
                return _targets[node][i];
            }
        }

        return Dead;
    }
}
