namespace Rampart.Secrets.Tests.Support;

/// <summary>
/// Random git histories for differential tests: edits that move, duplicate and swap lines, files
/// created, deleted, renamed (some also edited), made executable, turned into symlinks, binary
/// files and files that turn binary and back, a NUL after git's 8,000-byte probe, CRLF lines,
/// non-ASCII names with spaces, empty files, copies, files without a final newline, lines that
/// match only across a line break, topic branches (most merged), packed or loose.
/// </summary>
internal static class RandomHistory
{
    private static readonly string[] Vocabulary =
    [
        "plain text", "SECRET1", "SECRET2 and more", "key = 1234", "key", "= 5678", "token", "tokens",
        "xqz", "xyz", "nothing here", "", "plain text",
    ];

    public static TempRepo Create(int seed, bool packed)
    {
        var random = new Random(seed);
        var repo = TempRepo.Git();
        var files = new List<string>();
        string Line() => Vocabulary[random.Next(Vocabulary.Length)];
        string Content(int lines, bool finalNewline) => string.Join('\n', Enumerable.Range(0, lines).Select(_ => Line())) + (finalNewline && lines > 0 ? "\n" : "");
        string Full(string relative) => Path.Combine(repo.Path, relative);

        for (var commit = 0; commit < 28; commit++)
        {
            var changes = 1 + random.Next(3);
            for (var change = 0; change < changes; change++)
            {
                var text = files.Where(file => File.Exists(Full(file)) && !File.GetAttributes(Full(file)).HasFlag(FileAttributes.ReparsePoint)).ToList();
                var action = files.Count < 3 ? 0 : random.Next(13);
                if (action == 0 || text.Count == 0)
                {
                    var name = $"{(random.Next(2) == 0 ? "src/" : "docs/deep/")}file{commit}_{change}.txt";
                    var body = random.Next(8) switch
                    {
                        0 => "bin\0ary SECRET9\n",
                        1 => "key\n= 1234\n",
                        _ => Content(random.Next(9), random.Next(4) != 0),
                    };
                    repo.Write(name, body);
                    files.Add(name);
                }
                else if (action <= 5)
                {
                    var file = text[random.Next(text.Count)];
                    var lines = File.ReadAllText(Full(file)).Split('\n').ToList();
                    switch (random.Next(5))
                    {
                        case 0:
                            lines.Insert(random.Next(lines.Count + 1), Line());
                            break;
                        case 1 when lines.Count > 1:
                            lines.RemoveAt(random.Next(lines.Count));
                            break;
                        case 2 when lines.Count > 2:
                            var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                            (lines[a], lines[b]) = (lines[b], lines[a]);
                            break;
                        case 3:
                            var at = random.Next(lines.Count);
                            lines.Insert(random.Next(lines.Count + 1), lines[at]);
                            break;
                        default:
                            lines[random.Next(lines.Count)] = Line();
                            break;
                    }

                    File.WriteAllText(Full(file), string.Join('\n', lines));
                }
                else if (action == 6)
                {
                    var file = text[random.Next(text.Count)];
                    var renamed = $"moved/{commit}_{Path.GetFileName(file)}";
                    Directory.CreateDirectory(Path.GetDirectoryName(Full(renamed))!);
                    File.Move(Full(file), Full(renamed));
                    if (random.Next(2) == 0)
                    {
                        File.AppendAllText(Full(renamed), Line() + "\n");
                    }

                    files.Remove(file);
                    files.Add(renamed);
                }
                else if (action == 7)
                {
                    var file = text[random.Next(text.Count)];
                    File.Delete(Full(file));
                    files.Remove(file);
                }
                else if (action == 8)
                {
                    var file = text[random.Next(text.Count)];
                    File.Delete(Full(file));
                    File.CreateSymbolicLink(Full(file), random.Next(2) == 0 ? "SECRET7" : "elsewhere");
                }
                else if (action == 9)
                {
                    var file = text[random.Next(text.Count)];
                    repo.Run("chmod", random.Next(2) == 0 ? "u+x" : "u-x", file);
                }
                else if (action == 10)
                {
                    var file = text[random.Next(text.Count)];
                    var bytes = File.ReadAllBytes(Full(file));
                    File.WriteAllBytes(Full(file), bytes.Contains((byte)0) ? [.. bytes.Where(b => b != 0)] : [0, .. bytes]);
                }
                else if (action == 11)
                {
                    var (name, body) = random.Next(4) switch
                    {
                        0 => ($"data/large{commit}.txt", string.Concat(Enumerable.Repeat("filler line of text\n", 420)) + "\0 SECRET4 after the probe\n"),
                        1 => ($"win/crlf{commit}.txt", "plain\r\nSECRET3\r\nkey = 4321\r\n"),
                        2 => ($"docs/ünï cödé {commit}.txt", Content(3, finalNewline: true)),
                        _ => ($"empty/{commit}.txt", ""),
                    };
                    repo.Write(name, body);
                    files.Add(name);
                }
                else
                {
                    var file = text[random.Next(text.Count)];
                    var copy = $"copies/{commit}_{change}_{Path.GetFileName(file)}";
                    Directory.CreateDirectory(Path.GetDirectoryName(Full(copy))!);
                    File.Copy(Full(file), Full(copy));
                    files.Add(copy);
                }
            }

            repo.Commit($"commit {commit}");
            if (commit % 9 == 4)
            {
                repo.Run("git", "checkout", "-q", "-b", $"topic{commit}", "HEAD~2");
                repo.Write($"topic/{commit}.txt", Content(4, finalNewline: true));
                repo.Commit($"topic {commit}");
                repo.Run("git", "checkout", "-q", "main");
                if (commit < 20)
                {
                    repo.Run("git", "merge", "-q", "--no-edit", $"topic{commit}");
                }
            }
        }

        if (packed)
        {
            repo.Run("git", "repack", "-a", "-d", "-f", "-q");
            repo.Run("git", "prune-packed");
        }

        return repo;
    }
}
