using Rampart.Git.Objects;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// What the pickaxe learns, while it reads blobs anyway, about blobs in which
/// <c>git grep -I</c> with the same pattern prints nothing — so the history scan's tree grep need
/// not read them again. A blob is silent when it is binary (a NUL in its first 8,000 bytes) or when
/// the pattern's line filter finds no candidate line in it: git grep only looks at candidate
/// lines. The pickaxe records such blobs as it sees them whole, and it records two versions of a
/// file as alike when the lines they do not share (the changed region) hold no candidate: their
/// other lines are the same, so one is silent exactly when the other is. <see cref="Resolve"/>
/// closes over those pairs. One collector per thread.
/// </summary>
public sealed class GrepSilentBlobs
{
    private readonly List<ObjectId> _silent = [];
    private readonly List<(ObjectId, ObjectId)> _alike = [];

    /// <summary>Records that git grep prints nothing for <paramref name="blob"/>.</summary>
    public void Silent(ObjectId blob) => _silent.Add(blob);

    /// <summary>Records that <paramref name="first"/> is silent exactly when <paramref name="second"/> is.</summary>
    public void Alike(ObjectId first, ObjectId second) => _alike.Add((first, second));

    /// <summary>Every blob the collectors show to be silent, directly or through a chain of alike versions.</summary>
    public static HashSet<ObjectId> Resolve(IEnumerable<GrepSilentBlobs> collectors)
    {
        var parts = collectors.ToList();
        var number = new Dictionary<ObjectId, int>();
        var parent = new List<int>();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        int Number(ObjectId blob)
        {
            if (!number.TryGetValue(blob, out var n))
            {
                number[blob] = n = parent.Count;
                parent.Add(n);
            }

            return n;
        }

        foreach (var (first, second) in parts.SelectMany(part => part._alike))
        {
            parent[Find(Number(first))] = Find(Number(second));
        }

        var silentRoots = parts.SelectMany(part => part._silent).Select(blob => Find(Number(blob))).ToHashSet();
        return [.. number.Where(blob => silentRoots.Contains(Find(blob.Value))).Select(blob => blob.Key)];
    }
}
