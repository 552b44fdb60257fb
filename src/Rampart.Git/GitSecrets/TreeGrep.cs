using System.Collections.Concurrent;
using System.Text;
using Rampart.Git.Objects;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>git grep -nwHEI PATTERN REV…</c> over commits' trees, with every tree and blob result cached
/// by object id: an unchanged subtree or file is searched once for the whole history scan. Output
/// order is tree order, as git's. Objects come from the object database when there is one — then
/// <see cref="Prepare"/> searches all the trees' files up front, one reader and one regex per core —
/// or else from <c>git cat-file --batch</c>, a file at a time. When the repository has attributes,
/// the <c>diff</c> attribute of each path decides binary-ness as it does for git grep (see
/// <see cref="DiffAttributes"/>), and tree results are cached per path as well as per id.
/// </summary>
public sealed class TreeGrep : IDisposable
{
    private const int RegularFile = 0x8000;
    /// <summary>How many bytes of trees a search keeps for its walks and searches (its own reads; as much again may come from the selection).</summary>
    public const long KeptTreeBytes = 64L << 20;

    private static readonly List<(string Path, string Line)> NoMatches = [];
    private readonly ObjectDatabase? _database;
    private readonly CatFileBatch? _batch;
    private readonly ObjectReader? _reader;
    private readonly Func<PosixRegex> _compile;
    private readonly PosixRegex _regex;
    private readonly RepositoryLayout? _layout;
    private readonly GrepStyle _style;
    private readonly Dictionary<(ObjectId Tree, string Prefix), List<(string Path, string Line)>> _trees = [];
    private readonly Dictionary<(ObjectId Blob, bool? Binary), List<string>> _blobs = [];

    /// <summary>Blobs the selection showed git grep finds nothing in, when no attribute decides them.</summary>
    private readonly HashSet<ObjectId> _quiet = [];

    /// <summary>Trees with only such blobs under them.</summary>
    private readonly HashSet<ObjectId> _boring = [];
    private readonly ConcurrentDictionary<ObjectId, byte[]> _walked;
    private DiffAttributes? _attributes;
    private long _keptBytes;

    /// <summary>
    /// A search reading from <paramref name="database"/>, or from git in <paramref name="directory"/>
    /// when it is null, printing in <paramref name="style"/>; trees in <paramref name="trees"/> (by
    /// their ids) are not read again.
    /// </summary>
    public TreeGrep(ObjectDatabase? database, string directory, Func<PosixRegex> compile, RepositoryLayout? layout, GrepStyle style, ConcurrentDictionary<ObjectId, byte[]>? trees = null)
    {
        _walked = trees ?? new();
        _style = style;
        _database = database;
        _reader = database?.CreateReader();
        _batch = database is null ? new CatFileBatch(directory) : null;
        _compile = compile;
        _regex = compile();
        _layout = layout;
    }

    /// <summary>
    /// Reads the trees (with the object database, the revisions shared among the cores), asks git
    /// for the paths' attributes when the repository has any, and — with the object database —
    /// searches each file not searched yet, on every core (each core taking the next stretch in
    /// storage order). Blobs <paramref name="silent"/> says give nothing
    /// (<see cref="PickaxeSelection.IsSilent"/>) are not read, unless an attribute decides them.
    /// </summary>
    public void Prepare(IEnumerable<ObjectId> trees, Func<ObjectId, bool> silent)
    {
        var roots = trees.ToArray();
        var parts = _database is null ? 1 : Math.Clamp(Math.Min(Environment.ProcessorCount, roots.Length / 4), 1, 4);
        var walks = new FileWalk[parts];
        Parallel.For(0, parts, part =>
        {
            using var reader = part == 0 ? null : _database!.CreateReader();
            walks[part] = Files(roots[(part * roots.Length / parts)..((part + 1) * roots.Length / parts)], id => ReadTree(id, reader), silent);
        });
        var files = walks.SelectMany(walk => walk.Files);

        if (_layout is { HasAttributes: true } layout)
        {
            _attributes = DiffAttributes.Load(layout.TopLevel, files.Select(file => file.Path).Distinct());
        }

        if (_attributes is null)
        {
            _quiet.UnionWith(walks.SelectMany(walk => walk.Quiet).Where(blob => blob.Value).Select(blob => blob.Key));
            _boring.UnionWith(walks.SelectMany(walk => walk.Loud).Where(tree => !tree.Value).Select(tree => tree.Key.Tree));
        }

        if (_database is null)
        {
            return;
        }

        var blobs = files.Where(file => !_quiet.Contains(file.Blob)).Select(file => (file.Blob, Binary: _attributes?.IsBinary(file.Path))).Distinct()
            .Where(blob => !_blobs.ContainsKey(blob))
            .OrderBy(blob => _database.StorageOrder(blob.Blob))
            .ToArray();
        // Stretches of neighbours in storage order keep delta chains warm in each core's reader;
        // they are short when the files are few, as a few large ones may be all there is to search.
        var found = new List<string>[blobs.Length];
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, blobs.Length));
        var stretch = Math.Max(1, blobs.Length / (workers * 8));
        var claimed = 0;
        Parallel.For(0, workers, _ =>
        {
            using var reader = _database.CreateReader();
            var regex = _compile();
            for (var first = Interlocked.Add(ref claimed, stretch) - stretch; first < blobs.Length; first = Interlocked.Add(ref claimed, stretch) - stretch)
            {
                for (var i = first; i < Math.Min(first + stretch, blobs.Length); i++)
                {
                    found[i] = Search(regex, reader.Read(blobs[i].Blob).Content, blobs[i].Binary, _style);
                }
            }
        });

        for (var i = 0; i < blobs.Length; i++)
        {
            _blobs[blobs[i]] = found[i];
        }
    }

    /// <summary>
    /// The regular files under <paramref name="roots"/>, each with its path when attributes make paths
    /// matter; which of their blobs <paramref name="silent"/> says give nothing (each looked up once);
    /// and for each tree walked whether any file under it is not one of those.
    /// </summary>
    private FileWalk Files(ObjectId[] roots, Func<ObjectId, byte[]> readTree, Func<ObjectId, bool> silent)
    {
        var paths = _layout?.HasAttributes == true;
        var walk = new FileWalk([], [], []);
        foreach (var root in roots)
        {
            Visit(root, "");
        }

        return walk;

        bool Visit(ObjectId tree, string prefix)
        {
            if (walk.Loud.TryGetValue((tree, prefix), out var known))
            {
                return known;
            }

            var content = readTree(tree);
            if (!_walked.ContainsKey(tree) && Interlocked.Add(ref _keptBytes, content.Length) <= KeptTreeBytes)
            {
                _walked.TryAdd(tree, content);
            }

            var loud = false;
            for (var position = 0; Tree.TryRead(content, position, out var entry); position = entry.End)
            {
                var path = paths ? prefix + ByteString.FromBytes(entry.Name(content)) : "";
                if (Tree.IsDirectory(entry.Mode))
                {
                    loud |= Visit(entry.Id(content), paths ? path + "/" : "");
                }
                else if ((entry.Mode & Tree.TypeMask) == RegularFile)
                {
                    var blob = entry.Id(content);
                    walk.Files.Add((blob, path));
                    if (!walk.Quiet.TryGetValue(blob, out var quiet))
                    {
                        walk.Quiet[blob] = quiet = silent(blob);
                    }

                    loud |= !quiet;
                }
            }

            walk.Loud[(tree, prefix)] = loud;
            return loud;
        }
    }

    /// <summary>
    /// Appends <c>REV:path:line:text</c> lines for the files of <paramref name="tree"/> under
    /// <paramref name="prefix"/> (the current folder, as git grep's default pathspec), paths shown from there.
    /// </summary>
    public void Append(string rev, ObjectId tree, string prefix, StringBuilder output)
    {
        foreach (var (path, line) in Search(tree, ""))
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                output.Append(_style.Shown(rev + ":" + _style.Name(prefix, path[prefix.Length..]))).Append(line).Append('\n');
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader?.Dispose();
        _batch?.Dispose();
    }

    private ReadOnlySpan<byte> Read(ObjectId id) => _reader is not null ? _reader.Read(id).Content : _batch!.Read(id.ToString());

    /// <summary>A tree's content: kept (from the selection or the walk of <see cref="Prepare"/>), else read through <paramref name="reader"/> or this search's own reader.</summary>
    private byte[] ReadTree(ObjectId id, ObjectReader? reader = null) =>
        _walked.TryGetValue(id, out var kept) ? kept : (reader ?? _reader) is { } objects ? objects.Read(id).Buffer : _batch!.Read(id.ToString()) ?? [];

    /// <summary>The matches under tree <paramref name="id"/>, whose own path is <paramref name="prefix"/> (kept only when attributes make paths matter).</summary>
    private List<(string Path, string Line)> Search(ObjectId id, string prefix)
    {
        if (_trees.TryGetValue((id, prefix), out var cached))
        {
            return cached;
        }

        if (_boring.Contains(id))
        {
            return NoMatches;
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
            string Name() => ByteString.FromBytes(entry.Name(content));
            if (Tree.IsDirectory(entry.Mode))
            {
                var found = Search(entry.Id(content), _attributes is null ? "" : prefix + Name() + "/");
                if (found.Count > 0)
                {
                    var name = Name();
                    result.AddRange(found.Select(match => (name + "/" + match.Path, match.Line)));
                }
            }
            else if ((entry.Mode & Tree.TypeMask) == RegularFile)
            {
                var blob = entry.Id(content);
                if (_quiet.Contains(blob))
                {
                    continue;
                }

                var key = (blob, _attributes?.IsBinary(prefix + Name()));
                if (!_blobs.TryGetValue(key, out var lines))
                {
                    _blobs[key] = lines = Search(_regex, Read(key.Item1), key.Item2, _style);
                }

                if (lines.Count > 0)
                {
                    var name = Name();
                    result.AddRange(lines.Select(line => (name, line)));
                }
            }
        }

        _trees[(id, prefix)] = result;
        return result;
    }

    /// <summary><c>git grep -I</c>'s lines of one file: none when it is binary (by its attribute when that decides, else by its bytes).</summary>
    private static List<string> Search(PosixRegex regex, ReadOnlySpan<byte> content, bool? binary, GrepStyle style)
    {
        var result = new List<string>();
        if (!(binary ?? LineScanner.IsBinary(content)))
        {
            foreach (var match in LineScanner.GitGrep(regex, content))
            {
                result.Add(style.Line(regex, content, match));
            }
        }

        return result;
    }

    /// <summary>
    /// What one core's walk of trees found: the regular files (blob and path), whether each blob is
    /// known to give nothing, and whether each tree walked (under its prefix) has a file that may not.
    /// </summary>
    private sealed record FileWalk(HashSet<(ObjectId Blob, string Path)> Files, Dictionary<ObjectId, bool> Quiet, Dictionary<(ObjectId Tree, string Prefix), bool> Loud);
}
