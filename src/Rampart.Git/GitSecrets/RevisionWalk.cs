using Rampart.Git.Objects;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// The walk <c>git rev-list --all</c> makes (git 2.39, no ordering option), done from the object
/// database: the start commits, sorted by committer date (newest first, ties in the order given),
/// then repeatedly the newest commit waiting is listed and its parents not seen yet wait in turn,
/// each after every waiting commit at least as new. A date is read as git reads it: the number after
/// the first <c>&gt;</c> from the committer line, which must directly follow the author line after
/// the parents (else the date is 0). git itself still names the start commits
/// (<c>git rev-list --all --no-walk=unsorted</c>: refs in name order, then HEAD, then other
/// worktrees' HEADs, tags peeled) and keeps the whole walk where parents are not what the commits
/// say (grafts, a shallow boundary) or where its commit-graph may hold a date otherwise (one from
/// 2514 on: the graph keeps 34 bits).
/// </summary>
public static class RevisionWalk
{
    private const ulong LargestGraphDate = (1UL << 34) - 1;

    /// <summary>Whether the commits' own parents are the ones git walks: no grafts and no shallow boundary.</summary>
    public static bool Applies(RepositoryLayout layout) =>
        !File.Exists(Path.Combine(layout.CommonDirectory, "shallow"))
        && !File.Exists(Path.Combine(layout.CommonDirectory, "info", "grafts"))
        && new[] { "GIT_GRAFT_FILE", "GIT_SHALLOW_FILE" }.All(name => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)));

    /// <summary>
    /// The commits reachable from <paramref name="starts"/>, in the walk's order, read with
    /// <paramref name="reader"/>. Throws <see cref="GitObjectException"/> for a missing or malformed
    /// commit or a date the commit-graph could hold otherwise: git must then walk.
    /// </summary>
    public static WalkedCommit[] From(IReadOnlyList<ObjectId> starts, ObjectReader reader)
    {
        var seen = new HashSet<ObjectId>();
        var waiting = new PriorityQueue<Commit, (ulong Date, long Order)>(NewestFirst.Instance);
        long order = 0;
        foreach (var start in starts)
        {
            if (seen.Add(start))
            {
                var commit = Read(reader, start);
                waiting.Enqueue(commit, (commit.Date, order++));
            }
        }

        var walk = new List<WalkedCommit>();
        while (waiting.TryDequeue(out var commit, out _))
        {
            walk.Add(new WalkedCommit(commit.Id.ToString(), [.. commit.Parents.Select(parent => parent.ToString())], commit.Tree));
            foreach (var parent in commit.Parents)
            {
                if (seen.Add(parent))
                {
                    var read = Read(reader, parent);
                    waiting.Enqueue(read, (read.Date, order++));
                }
            }
        }

        return [.. walk];
    }

    /// <summary>
    /// The tree of commit <paramref name="id"/>, from its first line as git parses it; throws
    /// <see cref="GitObjectException"/> when the object is not a commit with that line.
    /// </summary>
    public static ObjectId TreeOf(ObjectReader reader, ObjectId id) => TreeLine(id, reader.Read(id));

    private static ObjectId TreeLine(ObjectId id, GitObject read)
    {
        var content = read.Content;
        return read.Kind == ObjectKind.Commit && content.Length > 46 && content.StartsWith("tree "u8) && content[45] == '\n' && ObjectId.TryParse(content.Slice(5, 40), out var tree)
            ? tree
            : throw new GitObjectException($"object {id} is not a commit git can parse");
    }

    private static Commit Read(ObjectReader reader, ObjectId id)
    {
        var read = reader.Read(id);
        var content = read.Content;
        var tree = TreeLine(id, read);
        var at = 46;
        var parents = new List<ObjectId>();
        while (at + 47 < content.Length && content[at..].StartsWith("parent "u8))
        {
            if (content.Length <= at + 48 || content[at + 47] != '\n' || !ObjectId.TryParse(content.Slice(at + 7, 40), out var parent))
            {
                throw new GitObjectException($"commit {id} has a bad parent line");
            }

            parents.Add(parent);
            at += 48;
        }

        var date = CommitterDate(content[at..]);
        return date <= LargestGraphDate ? new Commit(id, tree, [.. parents], date) : throw new GitObjectException($"commit {id} is dated beyond what a commit-graph holds");
    }

    /// <summary>git's <c>parse_commit_date</c>: the author line, then the committer line's number after its first <c>&gt;</c>, else 0.</summary>
    private static ulong CommitterDate(ReadOnlySpan<byte> rest)
    {
        if (rest.Length <= 6 || !rest.StartsWith("author"u8))
        {
            return 0;
        }

        var newline = rest.IndexOf((byte)'\n');
        rest = newline < 0 ? [] : rest[(newline + 1)..];
        if (rest.Length <= 9 || !rest.StartsWith("committer"u8))
        {
            return 0;
        }

        var bracket = rest.IndexOf((byte)'>');
        if (bracket < 0 || bracket + 1 >= rest.Length)
        {
            return 0;
        }

        var date = rest[(bracket + 1)..];
        var end = date.IndexOf((byte)'\n');
        return end < 0 || end + 1 >= date.Length ? 0 : UnsignedNumber(date);
    }

    /// <summary>
    /// C's <c>strtoumax(text, NULL, 10)</c> on the rest of the commit: leading white space (newlines
    /// too), a sign, digits; the largest value on overflow, a minus wrapping around.
    /// </summary>
    private static ulong UnsignedNumber(ReadOnlySpan<byte> text)
    {
        var at = 0;
        while (at < text.Length && text[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r')
        {
            at++;
        }

        var negative = at < text.Length && text[at] == '-';
        if (at < text.Length && text[at] is (byte)'-' or (byte)'+')
        {
            at++;
        }

        ulong value = 0;
        for (; at < text.Length && text[at] is >= (byte)'0' and <= (byte)'9'; at++)
        {
            if (value > (ulong.MaxValue - (ulong)(text[at] - '0')) / 10)
            {
                return ulong.MaxValue;
            }

            value = (value * 10) + (ulong)(text[at] - '0');
        }

        return negative ? unchecked(0 - value) : value;
    }

    private sealed record Commit(ObjectId Id, ObjectId Tree, ObjectId[] Parents, ulong Date);

    /// <summary>Newer first; of two equally dated, the one that started waiting first.</summary>
    private sealed class NewestFirst : IComparer<(ulong Date, long Order)>
    {
        public static readonly NewestFirst Instance = new();

        public int Compare((ulong Date, long Order) x, (ulong Date, long Order) y) =>
            x.Date != y.Date ? y.Date.CompareTo(x.Date) : x.Order.CompareTo(y.Order);
    }
}
