using System.Text;
using Rampart.Git.Objects;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Decides, from the objects alone, whether <c>git log -G REGEX</c> lists a commit — or says it
/// cannot be sure and git must be asked. git diffs the commit's tree against its parent's, detects
/// renames, and for each file pair: skips it when either side is binary (a NUL in the first 8,000
/// bytes); otherwise runs a Myers diff with no context (against nothing for a created or deleted
/// file) and tests each added and removed line with its newline — an unterminated last line as if
/// it had one — one line at a time, so no match spans lines (git 2.39, the version git-secrets
/// 1.3.0 is recorded with). Without running that diff:
/// <list type="bullet">
/// <item>A changed line lies between the pair's common leading and trailing lines (git trims those
/// before diffing; sliding a hunk afterwards only swaps equal lines), so when no line there matches
/// there is no hit, and when the matching lines there differ as multisets some changed line matches.
/// Equal multisets are the one case that depends on the diff's alignment: git decides it.</item>
/// <item>A created or deleted file with a matching line is a hit unless rename detection could pair
/// it with a file on the other side whose matching lines are the same; then git decides.</item>
/// <item>Our matcher reads bytes, as git does in the C locale. git-secrets runs <c>git log -G</c> in
/// the user's locale, and in a multibyte one (UTF-8) a non-ASCII line can match differently
/// (<c>.</c> takes a whole character), so with <paramref name="multibyte"/> a changed region or a
/// created or deleted file that holds a byte above 0x7f goes to git.</item>
/// <item>A file that becomes a symlink or back is one pair to <c>-G</c>, like an edit (git's patch
/// output shows it as a deletion and a creation, but its pickaxe does not): skipped when either side
/// is binary, else diffed. Submodule changes go to git.</item>
/// </list>
/// A blob <paramref name="facts"/> knows is settled without reading it: binary, or without a
/// candidate line (and, under a multibyte locale, without a byte above 0x7f). On the way it tells
/// <paramref name="silent"/> which of the blobs it reads git grep would find nothing in (see
/// <see cref="GrepSilentBlobs"/>). Not thread-safe: one per thread, each with its own reader,
/// regex and collector.
/// </summary>
public sealed class TreePickaxe(ObjectReader objects, BlobFacts facts, PosixRegex regex, GrepSilentBlobs silent, bool multibyte)
{
    private const int FactsCacheLimit = 4096;
    private static readonly WholeFile BinaryFile = new(Binary: true, [], LocaleSensitive: false);
    private static readonly WholeFile FileWithoutMatches = new(Binary: false, [], LocaleSensitive: false);

    private readonly Dictionary<ObjectId, WholeFile> _files = [];
    private readonly List<byte[]> _trees = [];
    private int _treesInUse;
    private readonly List<ObjectId> _added = [];
    private readonly List<ObjectId> _deleted = [];
    private bool _matched;
    private bool _askGit;

    /// <summary>The verdict for a commit whose tree is <paramref name="tree"/> and whose only parent's tree is <paramref name="parentTree"/> (null for a root commit).</summary>
    public PickaxeVerdict Decide(ObjectId? parentTree, ObjectId tree)
    {
        _added.Clear();
        _deleted.Clear();
        _matched = false;
        _askGit = false;
        _treesInUse = 0;
        Compare(parentTree is { } parent ? ReadTree(parent) : [], ReadTree(tree));
        if (!_matched)
        {
            CreatedOrDeleted(_added, _deleted);
            CreatedOrDeleted(_deleted, _added);
        }

        return _matched ? PickaxeVerdict.Listed : _askGit ? PickaxeVerdict.AskGit : PickaxeVerdict.NotListed;
    }

    /// <summary>
    /// Walks two trees in step. Entries inside the trees' common leading bytes are identical and
    /// skipped unparsed; the walk stops where the remaining bytes of both are the same.
    /// </summary>
    private void Compare(ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        var common = before.CommonPrefixLength(after);
        var start = 0;
        while (Tree.TryRead(before, start, out var skipped) && skipped.End <= common)
        {
            start = skipped.End;
        }

        var suffix = CommonSuffixLength(before[start..], after[start..]);
        var hasA = Tree.TryRead(before, start, out var a);
        var hasB = Tree.TryRead(after, start, out var b);
        var (i, j) = (start, start);
        while (!_matched && (hasA || hasB))
        {
            if (before.Length - i == after.Length - j && before.Length - i <= suffix)
            {
                return;
            }

            var order = !hasA ? 1 : !hasB ? -1 : Tree.Compare(before, a, after, b);
            if (order <= 0)
            {
                if (order < 0)
                {
                    Collect(before, a, _deleted);
                }
                else
                {
                    Changed(before, a, after, b);
                    j = b.End;
                    hasB = Tree.TryRead(after, j, out b);
                }

                i = a.End;
                hasA = Tree.TryRead(before, i, out a);
            }
            else
            {
                Collect(after, b, _added);
                j = b.End;
                hasB = Tree.TryRead(after, j, out b);
            }
        }
    }

    private void Changed(ReadOnlySpan<byte> left, in TreeEntry before, ReadOnlySpan<byte> right, in TreeEntry after)
    {
        if (before.RawId(left).SequenceEqual(after.RawId(right)))
        {
            return;
        }

        if (Tree.IsDirectory(before.Mode))
        {
            Compare(ReadTree(before.Id(left)), ReadTree(after.Id(right)));
        }
        else if (Tree.IsGitlink(before.Mode) || Tree.IsGitlink(after.Mode))
        {
            _askGit = true;
        }
        else
        {
            ModifiedPair(before.Id(left), after.Id(right));
        }
    }

    private void Collect(ReadOnlySpan<byte> content, in TreeEntry entry, List<ObjectId> side)
    {
        if (Tree.IsDirectory(entry.Mode))
        {
            var tree = ReadTree(entry.Id(content));
            for (var position = 0; Tree.TryRead(tree, position, out var child); position = child.End)
            {
                Collect(tree, child, side);
            }
        }
        else if (Tree.IsGitlink(entry.Mode))
        {
            _askGit = true;
        }
        else
        {
            side.Add(entry.Id(content));
        }
    }

    private void ModifiedPair(ObjectId before, ObjectId after)
    {
        var (factsBefore, factsAfter) = (facts.Of(before), facts.Of(after));
        if ((factsBefore & BlobFact.Binary) != 0 || (factsAfter & BlobFact.Binary) != 0 || (WithoutMatches(factsBefore) && WithoutMatches(factsAfter)))
        {
            return;
        }

        var a = objects.Read(before).Content;
        var b = objects.Read(after).Content;
        if (IsBinary(before, a) | IsBinary(after, b))
        {
            return;
        }

        var (start, endA, endB) = ChangedRegion(a, b);
        var removed = MatchingLines(a[start..endA], out var quietBefore);
        var added = MatchingLines(b[start..endB], out var quietAfter);
        if (quietBefore && quietAfter)
        {
            silent.Alike(before, after);
        }

        if (multibyte && !(Ascii.IsValid(a[start..endA]) && Ascii.IsValid(b[start..endB])))
        {
            _askGit = true;
            return;
        }

        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        if (removed.SequenceEqual(added))
        {
            _askGit = true;
        }
        else
        {
            _matched = true;
        }
    }

    private void CreatedOrDeleted(List<ObjectId> side, List<ObjectId> otherSide)
    {
        foreach (var id in side)
        {
            var file = Facts(id);
            if (file.LocaleSensitive)
            {
                _askGit = true;
                continue;
            }

            if (file.Binary || file.Lines.Count == 0)
            {
                continue;
            }

            if (NoneCouldPair(file, otherSide))
            {
                _matched = true;
                return;
            }

            _askGit = true;
        }
    }

    /// <summary>Whether no file of <paramref name="otherSide"/> could be <paramref name="file"/>'s rename partner: each is text, read alike in every locale, with other matching lines.</summary>
    private bool NoneCouldPair(WholeFile file, List<ObjectId> otherSide)
    {
        foreach (var other in otherSide)
        {
            if (Facts(other) is not { Binary: false, LocaleSensitive: false } otherFile || otherFile.Lines.SequenceEqual(file.Lines))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the pair stops sharing whole lines: the end of the common leading lines, and in each
    /// side the start of the common trailing lines (not overlapping the leading ones).
    /// </summary>
    private static (int Start, int EndA, int EndB) ChangedRegion(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var common = a.CommonPrefixLength(b);
        var start = common == 0 ? 0 : a[..common].LastIndexOf((byte)'\n') + 1;
        var tailA = a[start..];
        var tailB = b[start..];
        var suffix = CommonSuffixLength(tailA, tailB);

        var endA = a.Length - suffix;
        var endB = b.Length - suffix;
        var atLineStart = (endA == start || a[endA - 1] == '\n') && (endB == start || b[endB - 1] == '\n');
        if (!atLineStart)
        {
            var newline = a.Slice(endA, suffix).IndexOf((byte)'\n');
            var skip = newline < 0 ? suffix : newline + 1;
            endA += skip;
            endB += skip;
        }

        return (start, endA, endB);
    }

    /// <summary>
    /// git's test for diffing: a NUL in the first 8,000 bytes, or more than <c>core.bigFileThreshold</c>'s
    /// default 512 MiB. The NUL also makes git grep -I skip the blob, which the collector learns.
    /// </summary>
    private bool IsBinary(ObjectId id, ReadOnlySpan<byte> content)
    {
        if (LineScanner.IsBinary(content))
        {
            silent.Silent(id);
            return true;
        }

        return content.Length > BlobFacts.BigFileThreshold;
    }

    /// <summary>Whether the facts show a text blob has no line <c>-G</c> could match in git's locale.</summary>
    private bool WithoutMatches(BlobFact fact) =>
        (fact & BlobFact.NoCandidate) != 0 && !(multibyte && (fact & BlobFact.NonAscii) != 0);

    /// <summary>How many bytes the two end with in common: compared a block at a time (4,096, then 512, then 64 bytes), then byte by byte.</summary>
    private static int CommonSuffixLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var limit = Math.Min(a.Length, b.Length);
        var suffix = 0;
        for (var block = 4096; block >= 64; block /= 8)
        {
            while (suffix + block <= limit && a.Slice(a.Length - suffix - block, block).SequenceEqual(b.Slice(b.Length - suffix - block, block)))
            {
                suffix += block;
            }
        }

        while (suffix < limit && a[a.Length - suffix - 1] == b[b.Length - suffix - 1])
        {
            suffix++;
        }

        return suffix;
    }

    /// <summary>The region's lines that match, sorted; <paramref name="quiet"/> when the line filter finds no candidate line in it.</summary>
    private List<string> MatchingLines(ReadOnlySpan<byte> region, out bool quiet)
    {
        var lines = new List<string>();
        foreach (var match in LineScanner.Pickaxe(regex, region, out quiet))
        {
            var end = match.End < region.Length ? match.End + 1 : match.End;
            lines.Add(System.Text.Encoding.Latin1.GetString(region[match.Start..end]));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private WholeFile Facts(ObjectId id)
    {
        var fact = facts.Of(id);
        if ((fact & BlobFact.Binary) != 0)
        {
            return BinaryFile;
        }

        if (WithoutMatches(fact))
        {
            return FileWithoutMatches;
        }

        if (_files.TryGetValue(id, out var known))
        {
            return known;
        }

        if (_files.Count >= FactsCacheLimit)
        {
            _files.Clear();
        }

        var content = objects.Read(id).Content;
        var binary = IsBinary(id, content);
        var quiet = false;
        var lines = binary ? [] : MatchingLines(content, out quiet);
        if (quiet)
        {
            silent.Silent(id);
        }

        var learnt = new WholeFile(binary, lines, !binary && multibyte && !Ascii.IsValid(content));
        _files[id] = learnt;
        return learnt;
    }

    /// <summary>
    /// The tree's content, copied into one of this pickaxe's buffers (the reader recycles the trees it
    /// builds); the buffers go back to be reused when the commit is decided.
    /// </summary>
    private ReadOnlySpan<byte> ReadTree(ObjectId id)
    {
        var read = objects.Read(id);
        if (read.Kind != ObjectKind.Tree)
        {
            throw new GitObjectException($"object {id} is a {read.Kind}, not a tree");
        }

        if (_treesInUse == _trees.Count)
        {
            _trees.Add(new byte[Math.Max(4096, read.Length)]);
        }
        else if (_trees[_treesInUse].Length < read.Length)
        {
            _trees[_treesInUse] = new byte[Math.Max(2 * _trees[_treesInUse].Length, read.Length)];
        }

        var copy = _trees[_treesInUse++].AsSpan(0, read.Length);
        read.Content.CopyTo(copy);
        return copy;
    }

    /// <summary>
    /// What a created or deleted file contributes: binary files are skipped; its matching lines as
    /// <c>-G</c> sees lines (newline included); whether git's locale could read it otherwise (a text
    /// file with a byte above 0x7f under a multibyte locale).
    /// </summary>
    private sealed record WholeFile(bool Binary, List<string> Lines, bool LocaleSensitive);
}
