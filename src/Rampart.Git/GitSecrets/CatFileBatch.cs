using System.Diagnostics;
using System.Globalization;
using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>A long-running <c>git cat-file --batch</c>: object contents by id, one round trip each.</summary>
public sealed class CatFileBatch : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly BufferedStream _output;

    /// <summary>Starts the batch process in <paramref name="directory"/>.</summary>
    public CatFileBatch(string directory)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("cat-file");
        info.ArgumentList.Add("--batch");
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start `git cat-file --batch`");
        _input = _process.StandardInput.BaseStream;
        _output = new BufferedStream(_process.StandardOutput.BaseStream, 1 << 16);
    }

    /// <summary>The object's type and content, or null when git does not have it.</summary>
    public (string Type, byte[] Content)? ReadObject(string objectId) => ReadMany([objectId])[0];

    /// <summary>
    /// Several objects in one round trip per slice of 256 requests (small enough that neither
    /// pipe fills while the other side waits).
    /// </summary>
    public List<(string Type, byte[] Content)?> ReadMany(IReadOnlyList<string> objectIds)
    {
        var results = new List<(string Type, byte[] Content)?>(objectIds.Count);
        for (var start = 0; start < objectIds.Count; start += 256)
        {
            var slice = objectIds.Skip(start).Take(256).ToList();
            _input.Write(ByteString.ToBytes(string.Concat(slice.Select(id => id + "\n"))));
            _input.Flush();
            results.AddRange(slice.Select(_ => ReadResponse()));
        }

        return results;
    }

    private (string Type, byte[] Content)? ReadResponse()
    {
        var header = ReadLine();
        var parts = header.Split(' ');
        if (parts.Length != 3)
        {
            return null;
        }

        var size = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var content = new byte[size];
        _output.ReadExactly(content);
        _output.ReadByte();
        return (parts[1], content);
    }

    /// <summary>The content of a blob, or null when missing.</summary>
    public byte[]? Read(string objectId) => ReadObject(objectId)?.Content;

    /// <inheritdoc/>
    public void Dispose()
    {
        _input.Dispose();
        _process.WaitForExit();
        _process.Dispose();
    }

    private string ReadLine()
    {
        var line = new List<byte>(64);
        int b;
        while ((b = _output.ReadByte()) >= 0 && b != '\n')
        {
            line.Add((byte)b);
        }

        return ByteString.FromBytes(line.ToArray());
    }
}
