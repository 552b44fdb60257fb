using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>LC_ALL=C grep -d skip|recurse -nwHEI "$patterns" FILE…</c> (git-secrets' <c>regular_grep</c>,
/// used for explicit files and stdin), done by Rampart with GNU grep's rules: one pattern per line,
/// GNU's <c>-w</c>, warnings and errors in grep's words, <c>(standard input)</c> for <c>-</c>.
/// </summary>
public sealed class GnuGrep(ShellIo io, GitSecretsEnvironment environment, byte[]? stdin = null)
{
    /// <summary>The bytes GNU grep reads before calling a file binary.</summary>
    private const int BinaryProbe = 32768;

    /// <summary>Runs the search; returns grep's exit status and its (captured) standard output.</summary>
    public (int Status, string Output) Run(string patterns, IReadOnlyList<string> files, bool recursive)
    {
        var compiled = new List<PosixRegex>();
        foreach (var pattern in patterns.Split('\n'))
        {
            var regex = PosixRegex.Compile(ByteString.ToBytes(pattern), RegexDialect.GnuGrep);
            if (!regex.Succeeded)
            {
                io.Err($"grep: {regex.FirstError!.Message}\n");
                return (2, "");
            }

            foreach (var warning in regex.Value!.Warnings)
            {
                io.Err($"grep: warning: {warning}\n");
            }

            compiled.Add(regex.Value);
        }

        var output = new StringBuilder();
        var failed = false;
        foreach (var file in files)
        {
            failed |= !Search(compiled, file, recursive, output, top: true);
        }

        return (failed ? 2 : output.Length > 0 ? 0 : 1, ByteString.TrimNewlines(output.ToString()));
    }

    private bool Search(List<PosixRegex> patterns, string file, bool recursive, StringBuilder output, bool top)
    {
        if (file == "-" && top)
        {
            using var buffer = new MemoryStream();
            if (stdin is null)
            {
                io.Stdin.CopyTo(buffer);
            }

            Append(patterns, "(standard input)", stdin ?? buffer.ToArray(), output);
            return true;
        }

        var full = Path.Combine(environment.Directory, ByteString.ToOs(file));
        if (Directory.Exists(full))
        {
            if (!recursive || (!top && new DirectoryInfo(full).Attributes.HasFlag(FileAttributes.ReparsePoint)))
            {
                return true;
            }

            var ok = true;
            var folder = file.EndsWith('/') ? file : file + "/";
            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    continue;
                }

                ok &= Search(patterns, folder + ByteString.FromOs(entry.Name), recursive, output, top: false);
            }

            return ok;
        }

        if (!File.Exists(full))
        {
            io.Err($"grep: {file}: No such file or directory\n");
            return false;
        }

        Append(patterns, file, File.ReadAllBytes(full), output);
        return true;
    }

    private static void Append(List<PosixRegex> patterns, string name, byte[] content, StringBuilder output)
    {
        if (LineScanner.IsBinary(content, BinaryProbe))
        {
            return;
        }

        foreach (var match in LineScanner.GnuGrep(patterns, content))
        {
            output.Append(name).Append(':').Append(match.Number).Append(':')
                .Append(ByteString.FromBytes(content.AsSpan(match.Start, match.End - match.Start))).Append('\n');
        }
    }
}
