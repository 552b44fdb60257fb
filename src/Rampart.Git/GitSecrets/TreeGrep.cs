using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>git grep -nwHEI PATTERN REV</c> over a commit's tree, with every tree and blob result cached
/// by object id: an unchanged subtree or file is searched once for the whole history scan.
/// Output order is tree order, as git's.
/// </summary>
public sealed class TreeGrep(CatFileBatch objects, PosixRegex regex) : IDisposable
{
    private readonly Dictionary<string, List<(string Path, string Line)>> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _blobs = new(StringComparer.Ordinal);

    /// <summary>Appends <c>REV:path:line:text</c> lines for <paramref name="tree"/>, paths shown from <paramref name="prefix"/>.</summary>
    public void Append(string rev, string tree, string prefix, bool quotePath, StringBuilder output)
    {
        foreach (var (path, line) in Tree(tree))
        {
            output.Append(rev).Append(':').Append(GitPath.Quote(GitPath.Relative(path, prefix), quotePath)).Append(':').Append(line).Append('\n');
        }
    }

    /// <inheritdoc/>
    public void Dispose() => objects.Dispose();

    private List<(string Path, string Line)> Tree(string id)
    {
        if (_trees.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var entries = new List<(string Mode, string Name, string Child)>();
        var content = objects.ReadObject(id)?.Content ?? [];
        var i = 0;
        while (i < content.Length)
        {
            var space = Array.IndexOf(content, (byte)' ', i);
            var nul = Array.IndexOf(content, (byte)0, space);
            entries.Add((ByteString.FromBytes(content.AsSpan(i, space - i)), ByteString.FromBytes(content.AsSpan(space + 1, nul - space - 1)), Convert.ToHexStringLower(content.AsSpan(nul + 1, 20))));
            i = nul + 21;
        }

        var blobs = entries.Where(e => e.Mode is "100644" or "100755" && !_blobs.ContainsKey(e.Child)).Select(e => e.Child).Distinct().ToList();
        foreach (var (child, blob) in blobs.Zip(objects.ReadMany(blobs)))
        {
            _blobs[child] = Search(blob?.Content);
        }

        var result = new List<(string, string)>();
        foreach (var (mode, name, child) in entries)
        {
            if (mode == "40000")
            {
                result.AddRange(Tree(child).Select(entry => (name + "/" + entry.Path, entry.Line)));
            }
            else if (mode is "100644" or "100755")
            {
                result.AddRange(_blobs[child].Select(line => (name, line)));
            }
        }

        _trees[id] = result;
        return result;
    }

    private List<string> Search(byte[]? content)
    {
        var result = new List<string>();
        if (content is not null && !LineScanner.IsBinary(content))
        {
            foreach (var match in LineScanner.GitGrep(regex, content))
            {
                result.Add($"{match.Number}:{ByteString.FromBytes(content.AsSpan(match.Start, match.End - match.Start))}");
            }
        }

        return result;
    }
}
