using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;
using Rampart.Git.Objects;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Which commits <c>git log --all -G REGEX</c> lists. The walk and its order, with each commit's
/// parents and tree, are <c>git log --all</c>'s: made from the objects (<see cref="RevisionWalk"/>)
/// where they are read here, else taken from <c>git rev-list --all --parents --format=%T</c>. Each commit with
/// at most one parent is then decided from the object database by <see cref="TreePickaxe"/>, the
/// history cut into one contiguous slice per core; merges are never listed (<c>git log</c> shows no
/// diff for them). The few commits whose verdict depends on git's diff alignment or rename pairing
/// are put to git's own <c>-G</c> (<c>git log --no-walk=unsorted --stdin</c>). When the repository
/// has something the object reader does not follow (alternates, replace refs, another object
/// format, attributes, copy detection, a big-file threshold), or the pattern has a byte above 0x7f
/// and git reads it in a multibyte locale (<c>é?</c> then makes a whole character optional, which
/// our byte matcher cannot know), every commit goes that way, in one slice per core.
/// </summary>
public static class PickaxeSelector
{
    private const string ConfigKeys = "^(log\\.showroot|diff\\.renames|core\\.bigfilethreshold)$";

    /// <summary>
    /// The selected commits and their trees, in <c>git log --all</c> order, and what the selection
    /// learned on the way (the caller disposes it). The packed blobs are surveyed
    /// (<see cref="BlobFacts"/>) while the history is walked.
    /// </summary>
    public static PickaxeSelection Select(string directory, byte[] pattern, RepositoryLayout? layout, GitCalls? started = null)
    {
        var (config, named) = started ?? Start(directory);
        var multibyte = MultibyteLocale();
        var bytewise = !multibyte || Ascii.IsValid(pattern);
        var starts = bytewise && layout is not null ? named : null;
        var database = starts is not null ? OpenObjects(layout!) : null;
        var walked = database is not null && RevisionWalk.Applies(layout!) ? Task.Run(() => WalkObjects(starts!, database)) : null;
        var listing = walked is null ? FullListing(directory) : null;
        var facts = database is null ? null : Survey(database, pattern, multibyte);
        var complete = true;
        var walk = walked?.GetAwaiter().GetResult();
        walk ??= Walk((listing ?? FullListing(directory)).GetAwaiter().GetResult().Stdout, out complete);
        var showRoot = ShowRoot(config.GetAwaiter().GetResult());
        if (database is not null && facts is not null)
        {
            try
            {
                if (complete && showRoot is not null)
                {
                    var kept = new ConcurrentDictionary<ObjectId, byte[]>();
                    var selected = SelectFromObjects(directory, pattern, walk, database, facts, showRoot.Value, multibyte, kept, out var silent);
                    return new PickaxeSelection(selected, database, blob => (facts.Of(blob) & (BlobFact.Binary | BlobFact.NoCandidate)) != 0 || silent.Contains(blob), "", kept);
                }
            }
            catch (Exception e) when (GitObjectException.Caused(e))
            {
            }
        }

        database?.Dispose();
        if (walked?.Result is not null)
        {
            // The objects could not decide (a corrupt object, a config the reader does not
            // follow): git walks too, so that it stops where it fails, as git-secrets' git log does
            // (our walk does not check, say, that a commit's tree line names a tree).
            walk = Walk(FullListing(directory).GetAwaiter().GetResult().Stdout, out _);
        }

        var commits = walk.Select(commit => commit.Id).ToArray();
        var slices = Math.Clamp(Math.Min(Environment.ProcessorCount, commits.Length / 64), 1, 4);
        var size = (commits.Length + slices - 1) / Math.Max(slices, 1);
        var tasks = Enumerable.Range(0, slices)
            .Select(i => commits.Skip(i * size).Take(size).ToArray())
            .Select(slice => Task.Run(() =>
            {
                var found = new List<(string, ObjectId)>();
                var failure = SelectSlice(directory, pattern, slice, (commit, tree) => found.Add((commit, ObjectId.TryParse(tree, out var id) ? id : default)));
                return (Found: found, Failure: failure);
            }))
            .ToArray();

        // Like the one git log git-secrets runs, the selection stops where git fails: the slices
        // before the failing one, what it listed before its error, and the error itself.
        var listed = new List<(string Commit, ObjectId Tree)>();
        foreach (var (found, failure) in tasks.Select(task => task.GetAwaiter().GetResult()))
        {
            listed.AddRange(found);
            if (failure is not null)
            {
                return new PickaxeSelection(listed, null, _ => false, failure);
            }
        }

        return new PickaxeSelection(listed, null, _ => false, "");
    }

    /// <summary>
    /// Starts the git calls a selection in <paramref name="directory"/> begins with — the config it
    /// follows (unless <paramref name="config"/> is a <c>git config -z --get-regexp</c> call already
    /// made that lists those keys among others) and the start commits of the walk — so that they run
    /// while the caller gets ready.
    /// </summary>
    public static GitCalls Start(string directory, Task<ProcessResult>? config = null) => new(
        config ?? ProcessRunner.RunAsync("git", ["config", "-z", "--get-regexp", ConfigKeys], directory),
        ProcessRunner.RunAsync("git", ["rev-list", "--all", "--no-walk=unsorted"], directory));

    /// <summary>git's own walk: <c>git rev-list --all --parents --format=%T</c>, the walk <c>git log --all</c> makes.</summary>
    private static Task<ProcessResult> FullListing(string directory) =>
        ProcessRunner.RunAsync("git", ["rev-list", "--all", "--parents", "--format=%T"], directory);

    /// <summary>The blobs' facts; null when the survey finds a pack it cannot read (git decides then).</summary>
    private static BlobFacts? Survey(ObjectDatabase database, byte[] pattern, bool multibyte)
    {
        try
        {
            return BlobFacts.Survey(database, pattern, multibyte);
        }
        catch (Exception e) when (GitObjectException.Caused(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The walk from the objects (see <see cref="RevisionWalk"/>), from the start commits git names;
    /// null when git fails or warns naming them, or a commit cannot be read: git walks then.
    /// </summary>
    private static WalkedCommit[]? WalkObjects(Task<ProcessResult> starts, ObjectDatabase database)
    {
        var named = starts.GetAwaiter().GetResult();
        if (named.ExitCode != 0 || named.Stderr.Length > 0)
        {
            return null;
        }

        var ids = new List<ObjectId>();
        ReadOnlySpan<byte> rest = named.Stdout;
        while (rest.Length > 0)
        {
            if (!ObjectId.TryParse(NextLine(ref rest), out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        try
        {
            // Each commit is read once: a reader without a cache spends nothing on remembering them.
            using var reader = database.CreateReader(0);
            return RevisionWalk.From(ids, reader);
        }
        catch (Exception e) when (GitObjectException.Caused(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Decides the walk's commits from the objects, asks git about the rest, and puts the trees of
    /// each commit it lists into <paramref name="kept"/> on the way, read while the reader's cache
    /// holds their neighbours' (the search of the listed commits needs every one of them).
    /// </summary>
    private static List<(string Commit, ObjectId Tree)> SelectFromObjects(string directory, byte[] pattern, WalkedCommit[] walk, ObjectDatabase database, BlobFacts facts, bool showRoot, bool multibyte, ConcurrentDictionary<ObjectId, byte[]> kept, out HashSet<ObjectId> silent)
    {
        long keptBytes = 0;
        var verdicts = new PickaxeVerdict[walk.Length];
        var treeOf = walk.ToDictionary(commit => commit.Id, commit => (ObjectId?)commit.Tree, StringComparer.Ordinal);
        var pairs = Math.Max(1, Environment.ProcessorCount / 2);
        var regions = Enumerable.Range(0, pairs).Select(r => new WalkRegion(r * walk.Length / pairs, ((r + 1) * walk.Length / pairs) - 1)).ToArray();
        var collectors = Enumerable.Range(0, 2 * pairs).Select(_ => new GrepSilentBlobs()).ToArray();
        Parallel.For(0, 2 * pairs, worker =>
        {
            var region = regions[worker / 2];
            var fromFront = worker % 2 == 0;
            // Blob versions are settled by the survey, so the reader mostly builds trees and the
            // versions their deltas are built on. In a ring of 8 MiB they cost no allocation each
            // and no collections; kept among the cached blobs in pooled buffers (8 MiB in all) they
            // cost 0.242 s against 0.231 s on the bench repository (a larger cache rebuilt fewer
            // versions but lost more to fresh memory; a larger ring gains nothing more).
            using var reader = database.CreateReader(8L << 20, treeBytes: 8 << 20);
            var pickaxe = new TreePickaxe(reader, facts, PosixRegex.Compile(pattern, RegexDialect.Glibc).Value!, collectors[worker], multibyte);
            while (region.TryClaim(fromFront, out var i))
            {
                var commit = walk[i];
                verdicts[i] = commit.Parents.Length > 1 || (commit.Parents.Length == 0 && !showRoot) ? PickaxeVerdict.NotListed
                    : pickaxe.Decide(commit.Parents.Length == 1 ? treeOf.GetValueOrDefault(commit.Parents[0]) ?? CommitTree(reader, commit.Parents[0]) : null, commit.Tree);
                if (verdicts[i] == PickaxeVerdict.Listed)
                {
                    Keep(reader, commit.Tree, kept, ref keptBytes);
                }
            }
        });

        silent = GrepSilentBlobs.Resolve(collectors);
        var asked = Enumerable.Range(0, walk.Length).Where(i => verdicts[i] == PickaxeVerdict.AskGit).ToList();
        var listedByGit = new HashSet<string>(StringComparer.Ordinal);
        if (asked.Count > 0)
        {
            if (SelectSlice(directory, pattern, [.. asked.Select(i => walk[i].Id)], (commit, _) => listedByGit.Add(commit)) is { } failure)
            {
                throw new GitObjectException($"git log -G failed: {failure}");
            }
        }

        var selected = new List<(string Commit, ObjectId Tree)>();
        for (var i = 0; i < walk.Length; i++)
        {
            var commit = walk[i].Id;
            if (verdicts[i] == PickaxeVerdict.Listed || (verdicts[i] == PickaxeVerdict.AskGit && listedByGit.Contains(commit)))
            {
                selected.Add((commit, walk[i].Tree));
            }
        }

        return selected;
    }

    /// <summary>Copies <paramref name="root"/> and every tree under it not kept yet into <paramref name="kept"/>, up to 64 MiB in all.</summary>
    private static void Keep(ObjectReader reader, ObjectId root, ConcurrentDictionary<ObjectId, byte[]> kept, ref long keptBytes)
    {
        var waiting = new Stack<ObjectId>([root]);
        while (waiting.TryPop(out var id))
        {
            if (kept.ContainsKey(id))
            {
                continue;
            }

            var tree = reader.Read(id).Content.ToArray();
            if (Interlocked.Add(ref keptBytes, tree.Length) > TreeGrep.KeptTreeBytes)
            {
                return;
            }

            kept[id] = tree;
            for (var position = 0; Tree.TryRead(tree, position, out var entry); position = entry.End)
            {
                if (Tree.IsDirectory(entry.Mode))
                {
                    waiting.Push(entry.Id(tree));
                }
            }
        }
    }

    /// <summary>
    /// Parses <c>rev-list --parents --format=%T</c>: a <c>commit ID PARENT…</c> line, then the tree.
    /// <paramref name="complete"/> is false when a tree is not a SHA-1 name (another object format).
    /// </summary>
    private static WalkedCommit[] Walk(byte[] listing, out bool complete)
    {
        var walk = new List<WalkedCommit>(listing.Length / 100);
        complete = true;
        ReadOnlySpan<byte> rest = listing;
        while (NextLine(ref rest) is var line && (line.Length > 0 || rest.Length > 0))
        {
            if (!line.StartsWith("commit "u8))
            {
                continue;
            }

            var ids = Encoding.ASCII.GetString(line[7..]).Split(' ');
            var tree = default(ObjectId);
            complete &= rest.Length > 0 && ObjectId.TryParse(NextLine(ref rest), out tree);
            walk.Add(new WalkedCommit(ids[0], ids[1..], tree));
        }

        return [.. walk];
    }

    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> rest)
    {
        var newline = rest.IndexOf((byte)'\n');
        var line = newline < 0 ? rest : rest[..newline];
        rest = newline < 0 ? [] : rest[(newline + 1)..];
        return line;
    }

    private static ObjectId CommitTree(ObjectReader reader, string hex) =>
        ObjectId.TryParse(hex, out var id) ? RevisionWalk.TreeOf(reader, id) : throw new GitObjectException($"`{hex}` is not an object name");

    /// <summary>
    /// Whether git, started with this environment, reads text in a multibyte locale: the first of
    /// <c>LC_ALL</c>, <c>LC_CTYPE</c>, <c>LANG</c> that is set, unless it is <c>C</c> or <c>POSIX</c>
    /// (a locale that is not installed makes git fall back to C: it then only costs a few git calls).
    /// </summary>
    private static bool MultibyteLocale() =>
        new[] { "LC_ALL", "LC_CTYPE", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(value => !string.IsNullOrEmpty(value)) is { } locale
        && locale is not ("C" or "POSIX");

    /// <summary><c>log.showRoot</c> (default true), or null when the config asks for something the object path does not follow.</summary>
    private static bool? ShowRoot(ProcessResult config)
    {
        if (config.ExitCode is not (0 or 1))
        {
            return null;
        }

        var showRoot = true;
        foreach (var (key, value) in GitConfigListing.Parse(config.StdoutText))
        {
            if (key == "log.showroot" && value is not null && GitBoolean.Parse(value) is { } flag)
            {
                showRoot = flag;
            }
            else if (key is "log.showroot" or "core.bigfilethreshold" || (key == "diff.renames" && (value is null || GitBoolean.Parse(value) is null)))
            {
                return null;
            }
        }

        return showRoot;
    }

    /// <summary>The object database, or null when the repository needs git's own reading.</summary>
    private static ObjectDatabase? OpenObjects(RepositoryLayout layout)
    {
        var packedRefs = Path.Combine(layout.CommonDirectory, "packed-refs");
        if (layout.ObjectFormat != "sha1" || layout.HasAttributes
            || Environment.GetEnvironmentVariable("GIT_ALTERNATE_OBJECT_DIRECTORIES") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("GIT_REPLACE_REF_BASE") is { Length: > 0 }
            || Directory.Exists(Path.Combine(layout.CommonDirectory, "refs", "replace"))
            || (File.Exists(packedRefs) && File.ReadAllText(packedRefs).Contains(" refs/replace/", StringComparison.Ordinal)))
        {
            return null;
        }

        try
        {
            return ObjectDatabase.Open(layout.ObjectsDirectory);
        }
        catch (Exception e) when (e is GitObjectException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Asks git itself: <c>git log --no-walk=unsorted --stdin -G"$combined" --format="%H %T"</c> over
    /// <paramref name="commits"/>, reporting each listed commit and its tree. The pattern's bytes reach
    /// git exactly as git-secrets' <c>-G"${combined_patterns}"</c> hands them over, trailing newlines
    /// dropped as by its command substitution. A .NET process argument must be UTF-8, so a pattern
    /// that is not goes through a shell, which rebuilds its bytes from octal escapes in a command
    /// substitution. Returns null, or git's error output when it fails (what it listed before stays reported).
    /// </summary>
    private static string? SelectSlice(string directory, byte[] pattern, string[] commits, Action<string, string> selectedCommit)
    {
        var input = ByteString.ToBytes(string.Concat(commits.Select(commit => commit + "\n")));
        var listed = Utf8.IsValid(pattern)
            ? ProcessRunner.Run("git", ["log", "--no-walk=unsorted", "--stdin", "-G" + ByteString.TrimNewlines(ByteString.FromBytes(pattern)), "--format=%H %T"], directory, input)
            : ProcessRunner.Run("sh", ["-c", $"GIT_FLUSH=0 exec git log --no-walk=unsorted --stdin -G\"$(printf '{Octal(pattern)}')\" --format='%H %T'"], directory, input);
        foreach (var line in listed.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var ids = line.Split(' ');
            selectedCommit(ids[0], ids.Length > 1 ? ids[1] : "");
        }

        return listed.ExitCode == 0 ? null : ByteString.FromBytes(listed.Stderr);
    }

    /// <summary>Every byte as a <c>printf</c> octal escape.</summary>
    private static string Octal(byte[] bytes) => string.Concat(bytes.Select(b => "\\" + Convert.ToString(b, 8).PadLeft(3, '0')));

    /// <summary>The git calls <see cref="Start"/> began: <c>git config</c> for the keys the selection follows, and <c>git rev-list --all --no-walk=unsorted</c>.</summary>
    public sealed record GitCalls(Task<ProcessResult> Config, Task<ProcessResult> Starts);

    /// <summary>
    /// A stretch of the walk two workers share: one takes commits from the front, the other from the
    /// back, until they meet — so each reads history in order (its caches stay warm) and neither idles.
    /// </summary>
    private sealed class WalkRegion(int first, int last)
    {
        private readonly Lock _gate = new();
        private int _front = first;
        private int _back = last;

        /// <summary>The next unclaimed commit from the front or the back; false once the two have met.</summary>
        public bool TryClaim(bool fromFront, out int index)
        {
            lock (_gate)
            {
                if (_front > _back)
                {
                    index = -1;
                    return false;
                }

                index = fromFront ? _front++ : _back--;
                return true;
            }
        }
    }
}
