using System.Text;

namespace Rampart.Git.History;

/// <summary>
/// One long-running <c>git cat-file --batch</c>: asks for an object by id and streams its content,
/// so each blob is read once and never held whole in memory.
/// </summary>
internal sealed class CatFileBatch(string repository) : IDisposable
{
    private readonly GitProcess _git = GitProcess.Start(repository, ["cat-file", "--batch"], input: true);
    private BoundedStream? _current;

    /// <summary>The content of blob <paramref name="id"/>, valid until the next call; the caller need not read it to the end.</summary>
    public Stream Open(string id)
    {
        Finish();
        _git.Input.Write(Encoding.ASCII.GetBytes(id + "\n"));
        _git.Input.Flush();
        var header = ReadLine();
        var parts = header.Split(' ');
        if (parts.Length != 3 || parts[1] != "blob" || !long.TryParse(parts[2], out var size))
        {
            throw new GitException(parts.Length == 2 && parts[1] == "missing"
                ? $"object `{id}` is missing from `{repository}`: the repository is corrupt or incomplete; run `git fsck` to see what is damaged"
                : $"unexpected answer from git cat-file for `{id}`: `{header}`");
        }

        _current = new BoundedStream(_git.Output, size);
        return _current;
    }

    public void Dispose()
    {
        _git.Input.Close();
        _git.Dispose();
    }

    private void Finish()
    {
        if (_current is null)
        {
            return;
        }

        _current.Drain();
        if (_git.Output.ReadByte() != '\n')
        {
            throw new GitException("git cat-file output lost its framing");
        }

        _current = null;
    }

    private string ReadLine()
    {
        var bytes = new List<byte>(64);
        while (true)
        {
            var b = _git.Output.ReadByte();
            if (b < 0)
            {
                var (_, error) = _git.Finish();
                throw new GitException($"git cat-file stopped in `{repository}`: {error}");
            }

            if (b == '\n')
            {
                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add((byte)b);
        }
    }
}
