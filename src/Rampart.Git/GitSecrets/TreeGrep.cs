using System.Text;
using Rampart.Git.Objects;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>git grep -nwHEI PATTERN REV…</c> over commits' trees, with every tree and blob result cached
/// by object id: an unchanged subtree or file is searched once for the whole history scan. Output
/// order is tree order, as git's. Objects come from the object database when there is one —
/// then <see cref="Prepare"/> searches all the trees' files up front, one reader and one regex
/// per core — or else from <c>git cat-file --batch</c>, a file at a time.
/// </summary>
public sealed class TreeGrep : IDisposable
{
    private const int RegularFile = 0x8000;
    private readonly ObjectDatabase? _database;
    private readonly CatFileBatch? _batch;
    private readonly ObjectReader? _reader;
    private readonly Func<PosixRegex> _compile;
    private readonly PosixRegex _regex;
    private readonly Dictionary<ObjectId, List<(string Path, string Line)>> _trees = [];
    private readonly Dictionary<ObjectId, List<string>> _blobs = [];

    /// <summary>A search reading from <paramref name="database"/>, or from git in <paramref name="directory"/> when it is null.</summary>
    public TreeGrep(ObjectDatabase? database, string directory, Func<PosixRegex> compile)
    {
        _database = database;
        _reader = database?.CreateReader();
        _batch = database is null ? new CatFileBatch(directory) : null;
        _compile = compile;
        _regex = compile();
    }

    /// <summary>Searches, on every core, each regular file the trees hold that has not been searched yet (each core a contiguous share in storage order).</summary>
    public void Prepare(IEnumerable<ObjectId> trees)
    {
        if (_database is null)
        {
            return;
        }

        var pending = new HashSet<ObjectId>();
        var walked = new HashSet<ObjectId>();
        var stack = new Stack<ObjectId>(trees);
        while (stack.TryPop(out var id))
        {
            if (!walked.Add(id))
            {
                continue;
            }

            var content = ReadTree(id);
            for (var position = 0; Tree.TryRead(content, position, out var entry); position = entry.End)
            {
                if (Tree.IsDirectory(entry.Mode))
                {
                    stack.Push(entry.Id);
                }
                else if ((entry.Mode & Tree.TypeMask) == RegularFile && !_blobs.ContainsKey(entry.Id))
                {
                    pending.Add(entry.Id);
                }
            }
        }

        var blobs = pending.OrderBy(_database.StorageOrder).ToArray();
        var found = new List<string>[blobs.Length];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, blobs.Length / 64));
        Parallel.For(0, workers, worker =>
        {
            using var reader = _database.CreateReader();
            var regex = _compile();
            for (var i = worker * blobs.Length / workers; i < (worker + 1) * blobs.Length / workers; i++)
            {
                found[i] = Search(regex, reader.Read(blobs[i]).Content);
            }
        });

        for (var i = 0; i < blobs.Length; i++)
        {
            _blobs[blobs[i]] = found[i];
        }
    }

    /// <summary>Appends <c>REV:path:line:text</c> lines for <paramref name="tree"/>, paths shown from <paramref name="prefix"/>.</summary>
    public void Append(string rev, ObjectId tree, string prefix, bool quotePath, StringBuilder output)
    {
        foreach (var (path, line) in Search(tree))
        {
            output.Append(rev).Append(':').Append(GitPath.Quote(GitPath.Relative(path, prefix), quotePath)).Append(':').Append(line).Append('\n');
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader?.Dispose();
        _batch?.Dispose();
    }

    private ReadOnlySpan<byte> Read(ObjectId id) => _reader is not null ? _reader.Read(id).Content : _batch!.Read(id.ToString());

    private byte[] ReadTree(ObjectId id) => _reader is not null ? _reader.Read(id).Buffer : _batch!.Read(id.ToString()) ?? [];

    private List<(string Path, string Line)> Search(ObjectId id)
    {
        if (_trees.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var content = ReadTree(id);
        var entries = new List<TreeEntry>();
        for (var position = 0; Tree.TryRead(content, position, out var entry); position = entry.End)
        {
            entries.Add(entry);
        }

        var result = new List<(string, string)>();
        foreach (var entry in entries)
        {
            var name = ByteString.FromBytes(entry.Name(content));
            if (Tree.IsDirectory(entry.Mode))
            {
                result.AddRange(Search(entry.Id).Select(found => (name + "/" + found.Path, found.Line)));
            }
            else if ((entry.Mode & Tree.TypeMask) == RegularFile)
            {
                if (!_blobs.TryGetValue(entry.Id, out var lines))
                {
                    _blobs[entry.Id] = lines = Search(_regex, Read(entry.Id));
                }

                result.AddRange(lines.Select(line => (name, line)));
            }
        }

        _trees[id] = result;
        return result;
    }

    private static List<string> Search(PosixRegex regex, ReadOnlySpan<byte> content)
    {
        var result = new List<string>();
        if (!LineScanner.IsBinary(content))
        {
            foreach (var match in LineScanner.GitGrep(regex, content))
            {
                result.Add($"{match.Number}:{ByteString.FromBytes(content[match.Start..match.End])}");
            }
        }

        return result;
    }
}
