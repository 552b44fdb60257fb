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

    /// <summary>The content of a blob, or null when missing.</summary>
    public byte[]? Read(string objectId)
    {
        _input.Write(ByteString.ToBytes(objectId + "\n"));
        _input.Flush();
        return ReadResponse();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _input.Dispose();
        _process.WaitForExit();
        _process.Dispose();
    }

    private byte[]? ReadResponse()
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
        return content;
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
