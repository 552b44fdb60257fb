using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// What the <c>diff</c> attribute says about binary-ness, the way <c>git grep -I</c> and
/// <c>git diff</c> read it: unset (<c>-diff</c>, or the <c>binary</c> macro) means binary; set means
/// text whatever the bytes; a driver name means that driver's <c>diff.NAME.binary</c>; unspecified, or
/// a driver without that key, leaves it to the content (a NUL in the first 8,000 bytes). Answered for
/// many paths with one <c>git check-attr --stdin</c> run at the top level.
/// </summary>
public sealed class DiffAttributes
{
    private readonly Dictionary<string, bool?> _binary;

    private DiffAttributes(Dictionary<string, bool?> binary) => _binary = binary;

    /// <summary>Asks git about <paramref name="paths"/> (relative to <paramref name="topLevel"/>, in git's bytes as Latin-1 text).</summary>
    public static DiffAttributes Load(string topLevel, IEnumerable<string> paths)
    {
        var input = new MemoryStream();
        foreach (var path in paths)
        {
            input.Write(ByteString.ToBytes(path));
            input.WriteByte(0);
        }

        var drivers = GitConfigListing.Parse(ProcessRunner.Run("git", ["config", "-z", "--get-regexp", "^diff\\..*\\.binary$"], topLevel).StdoutText)
            .Where(entry => entry.Value is not null)
            .GroupBy(entry => entry.Key[5..^7])
            .ToDictionary(group => group.Key, group => GitBoolean.Parse(group.Last().Value!), StringComparer.Ordinal);
        var answers = ProcessRunner.Run("git", ["check-attr", "-z", "--stdin", "diff"], topLevel, input.ToArray()).StdoutText.Split('\0');
        var binary = new Dictionary<string, bool?>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < answers.Length; i += 3)
        {
            binary[answers[i]] = answers[i + 2] switch
            {
                "unset" => true,
                "set" => false,
                "unspecified" => null,
                var driver => drivers.GetValueOrDefault(driver),
            };
        }

        return new DiffAttributes(binary);
    }

    /// <summary>True or false when the attribute decides for <paramref name="path"/>; null when the content does.</summary>
    public bool? IsBinary(string path) => _binary.GetValueOrDefault(path);
}
