using System.Text;
using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// <c>LC_ALL=C git grep -nwHEI [--cached|--untracked|--no-index] PATTERN -- PATHSPEC…</c>, done by
/// Rampart: git lists the files (<c>ls-files</c>, which shares grep's pathspec rules) and supplies
/// index blobs (<c>cat-file --batch</c>); matching, binary detection, word rule, path quoting and
/// output are ours. Returns git grep's exit status and its (captured) standard output.
/// </summary>
public sealed class GitGrep(GitCommand git, GitFacts facts, ShellIo io, GitSecretsEnvironment environment)
{
    /// <summary>
    /// Starts <c>git ls-files -s -v</c> (stage and flag tags) for the index modes in the background;
    /// null for <c>--no-index</c>, and lazily for a plain <c>--scan</c>, which reads the index itself.
    /// </summary>
    public Task<ProcessResult>? StartListing(string option, IReadOnlyList<string> pathspecs) =>
        option == "--no-index" ? null
        : option.Length == 0 && pathspecs.Count == 0 && CanReadIndex() ? new Task<ProcessResult>(() => git.Quiet(["ls-files", "-z", "-s", "-v", "--"]))
        : Task.Run(() => git.Quiet(["ls-files", "-z", "-s", "-v", "--", .. pathspecs]));

    /// <summary>True when no variable moves the index away from <c>TOP/.git/index</c>.</summary>
    private bool CanReadIndex() =>
        !environment.Variables.ContainsKey("GIT_DIR") && !environment.Variables.ContainsKey("GIT_INDEX_FILE")
        && !environment.Variables.ContainsKey("GIT_WORK_TREE") && !environment.Variables.ContainsKey("GIT_COMMON_DIR");

    /// <summary>The work tree's tracked regular files from <c>.git/index</c>, or null to ask git.</summary>
    private List<IndexEntry>? ReadIndexDirectly(ProcessResult prefix)
    {
        if (!CanReadIndex() || facts.KnownTopLevel is not { } top)
        {
            return null;
        }

        var gitDir = Path.Combine(ByteString.ToOs(top), ".git");
        return System.IO.Directory.Exists(gitDir) ? IndexFile.RegularFiles(Path.Combine(gitDir, "index"), ByteString.TrimNewlines(prefix.StdoutText)) : null;
    }

    /// <summary>Runs the search; <paramref name="option"/> is the single option word or empty.</summary>
    public (int Status, string Output) Run(string option, string pattern, IReadOnlyList<string> pathspecs, Task<ProcessResult>? listing = null)
    {
        if (pattern.StartsWith('-'))
        {
            return AskGit([.. option.Length == 0 ? [] : new[] { option }, pattern, "--", .. pathspecs]);
        }

        listing ??= StartListing(option, pathspecs);
        var noIndex = option == "--no-index";
        var repository = facts.Prefix();
        if (!noIndex && repository.ExitCode != 0)
        {
            io.Err(repository.Stderr);
            return (128, "");
        }

        var regex = Compile(pattern);
        if (regex is null)
        {
            return (128, "");
        }

        if (option is "" or "--untracked" && !facts.HasWorkTree)
        {
            // git grep searches the work tree only after compiling: without one it dies, but with
            // --untracked it walks no folder and finds nothing.
            if (option.Length == 0)
            {
                io.Err("fatal: this operation must be run in a work tree\n");
                return (128, "");
            }

            return (1, "");
        }

        var style = facts.Style;
        var topPrefix = repository.ExitCode == 0 ? ByteString.TrimNewlines(repository.StdoutText) : "";
        var output = new StringBuilder();
        if (noIndex)
        {
            if (NoIndexFiles(pathspecs, repository.ExitCode == 0 ? topPrefix : null) is not { } files)
            {
                return (128, "");
            }

            SearchWorkTree(regex, files, style, topPrefix, output, attributes: null);
        }
        else if (option == "--cached")
        {
            using var blobs = new CatFileBatch(environment.Directory);
            var cached = IndexEntries(listing!).Where(entry => entry.Stage == 0).ToList();
            var attributes = Attributes([.. cached.Select(entry => entry.Path)], topPrefix);
            foreach (var entry in cached)
            {
                if (blobs.Read(entry.ObjectId) is { } blob)
                {
                    AppendFile(regex, topPrefix, entry.Path, blob, style, output, binary: attributes?.IsBinary(topPrefix + entry.Path));
                }
            }
        }
        else
        {
            var entries = option.Length == 0 && pathspecs.Count == 0 ? ReadIndexDirectly(repository) : null;
            entries ??= [.. IndexEntries(listing!)];
            if (option == "--untracked")
            {
                var walk = WorkTreeWalk([.. entries.Select(entry => entry.Path)], pathspecs);
                SearchWorkTree(regex, walk, style, topPrefix, output, Attributes(walk, topPrefix));
            }
            else
            {
                SearchIndexedWorkTree(regex, entries, style, topPrefix, output);
            }
        }

        return (output.Length > 0 ? 0 : 1, ByteString.TrimNewlines(output.ToString()));
    }

    /// <summary>
    /// <c>LC_ALL=C git grep -nwHEI ARGUMENTS</c> run by git itself. git-secrets hands git grep the
    /// combined pattern as a plain argument, so a pattern that starts with <c>-</c> is read as options
    /// (an unknown one prints git's usage and exits 129; a known one leaves no pattern): only git
    /// answers that exactly. Its error output is passed on; its output is returned as the script
    /// captures it.
    /// </summary>
    public (int Status, string Output) AskGit(IReadOnlyList<string> arguments)
    {
        var result = ProcessRunner.Run("sh", ["-c", "LC_ALL=C GREP_OPTIONS= exec git grep -nwHEI \"$@\"", "sh", .. arguments], environment.Directory);
        io.Err(result.Stderr);
        return (result.ExitCode, ByteString.TrimNewlines(result.StdoutText));
    }

    /// <summary>Compiles the pattern as git grep does, printing git's fatal message on failure.</summary>
    public PosixRegex? Compile(string pattern)
    {
        if (pattern is "(" or ")")
        {
            io.Err(pattern == "(" ? "fatal: unmatched parenthesis\n" : "fatal: incomplete pattern expression: )\n");
            return null;
        }

        var compiled = PosixRegex.Compile(ByteString.ToBytes(pattern), RegexDialect.Glibc);
        if (!compiled.Succeeded)
        {
            io.Err($"fatal: command line, '{pattern}': {compiled.FirstError!.Message}\n");
            return null;
        }

        return compiled.Value;
    }

    /// <summary>
    /// Appends <c>name:line:text</c> (in <paramref name="style"/>) for every selected line of the text
    /// file <paramref name="path"/>, listed relative to the current folder <paramref name="prefix"/>;
    /// <paramref name="binary"/>, when the <c>diff</c> attribute decides it, overrides the NUL-byte test.
    /// </summary>
    public static void AppendFile(PosixRegex regex, string prefix, string path, ReadOnlySpan<byte> content, GrepStyle style, StringBuilder output, bool? binary = null)
    {
        if (binary ?? LineScanner.IsBinary(content))
        {
            return;
        }

        string? shown = null;
        foreach (var match in LineScanner.GitGrep(regex, content))
        {
            shown ??= style.Shown(style.Name(prefix, path));
            output.Append(shown).Append(style.Line(regex, content, match)).Append('\n');
        }
    }

    /// <summary>
    /// git grep over the index in the work tree (<c>grep_cache</c>): a skip-worktree entry is not
    /// searched, an assume-unchanged one is searched as its index blob (git trusts the index for it,
    /// and skips it when it is unmerged), every other entry as its work-tree file.
    /// </summary>
    private void SearchIndexedWorkTree(PosixRegex regex, List<IndexEntry> entries, GrepStyle style, string topPrefix, StringBuilder output)
    {
        var searched = entries.Where(entry => !entry.SkipWorktree && !(entry.AssumeUnchanged && entry.Stage != 0)).ToList();
        var fromIndex = new Dictionary<int, byte[]?>();
        if (searched.Any(entry => entry.AssumeUnchanged))
        {
            using var blobs = new CatFileBatch(environment.Directory);
            for (var i = 0; i < searched.Count; i++)
            {
                if (searched[i].AssumeUnchanged)
                {
                    fromIndex[i] = blobs.Read(searched[i].ObjectId);
                }
            }
        }

        List<string> paths = [.. searched.Select(entry => entry.Path)];
        SearchWorkTree(regex, paths, style, topPrefix, output, Attributes(paths, topPrefix), fromIndex);
    }

    /// <summary>
    /// Reads and searches work-tree files on as many threads as there are cores (files handed out in
    /// small chunks, so one large file does not hold up the rest); output stays in list order. A file
    /// git cannot read gets git grep's <c>error: failed to stat</c> line, twice as git prints it (once
    /// for the binary check, once for the search), with its path from the top level.
    /// </summary>
    private void SearchWorkTree(PosixRegex regex, List<string> paths, GrepStyle style, string topPrefix, StringBuilder output, DiffAttributes? attributes, Dictionary<int, byte[]?>? fromIndex = null)
    {
        const int Chunk = 16;
        var workers = paths.Count < 4 * Chunk ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 8);
        var found = new string?[paths.Count];
        var errors = new string?[paths.Count];
        var claimed = -1;
        Parallel.For(0, workers, worker =>
        {
            var local = worker == 0 ? regex : PosixRegex.Compile(regex.Pattern, RegexDialect.Glibc).Value!;
            var reader = new WorkTreeReader(environment.Directory);
            var text = new StringBuilder();
            for (var first = Interlocked.Increment(ref claimed) * Chunk; first < paths.Count; first = Interlocked.Increment(ref claimed) * Chunk)
            {
                for (var i = first; i < Math.Min(first + Chunk, paths.Count); i++)
                {
                    ReadOnlySpan<byte> content;
                    if (fromIndex is not null && fromIndex.TryGetValue(i, out var blob))
                    {
                        content = blob;
                    }
                    else if (!reader.TryRead(paths[i], out content, out errors[i]))
                    {
                        continue;
                    }

                    AppendFile(local, topPrefix, paths[i], content, style, text, binary: attributes?.IsBinary(topPrefix + paths[i]));
                    if (text.Length > 0)
                    {
                        found[i] = text.ToString();
                        text.Clear();
                    }
                }
            }
        });
        for (var i = 0; i < paths.Count; i++)
        {
            if (errors[i] is { } reason)
            {
                var line = $"error: failed to stat '{topPrefix}{paths[i]}': {reason}\n";
                io.Err(line + line);
            }
        }

        foreach (var part in found)
        {
            output.Append(part);
        }
    }

    /// <summary>
    /// The <c>diff</c> attributes of <paramref name="paths"/> (relative to the current folder, which is
    /// <paramref name="topPrefix"/> below the top level), or null when no attributes file could apply:
    /// none in any folder from the top down to the files (tracked or not), no <c>info/attributes</c>,
    /// no <c>core.attributesFile</c>, no XDG default. Costs a few file checks; git is asked only when
    /// one exists.
    /// </summary>
    private DiffAttributes? Attributes(IReadOnlyList<string> paths, string topPrefix)
    {
        if (facts.KnownTopLevel is not { } known)
        {
            return null;
        }

        var top = ByteString.ToOs(known);
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in paths.Prepend(""))
        {
            var full = topPrefix + path;
            for (var slash = full.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = full.IndexOf('/', slash + 1))
            {
                folders.Add(full[..(slash + 1)]);
            }
        }

        var gitDir = Path.Combine(top, ".git");
        var present = folders.Any(folder => File.Exists(Path.Combine(top, ByteString.ToOs(folder), ".gitattributes")))
            || (System.IO.Directory.Exists(gitDir) && CanReadIndex() ? RepositoryLayout.HasAttributesOutsideTree(gitDir, facts.HasAttributesFile)
                : RepositoryLayout.Read(environment.Directory, () => facts.HasAttributesFile) is not { } layout || layout.HasAttributes);
        return present ? DiffAttributes.Load(top, paths.Select(path => topPrefix + path)) : null;
    }

    private IEnumerable<IndexEntry> IndexEntries(Task<ProcessResult> pending)
    {
        if (pending.Status == TaskStatus.Created)
        {
            pending.Start();
        }

        var listing = pending.GetAwaiter().GetResult();
        io.Err(listing.Stderr);
        string? previous = null;
        foreach (var record in listing.StdoutText.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var fields = record[..tab].Split(' ');
            var path = record[(tab + 1)..];
            if (path == previous || fields[1] is not ("100644" or "100755"))
            {
                continue;
            }

            previous = path;
            var tag = fields[0];
            yield return new IndexEntry(path, fields[2], fields[3][0] - '0', AssumeUnchanged: char.IsAsciiLetterLower(tag[0]), SkipWorktree: tag is "S" or "s");
        }
    }

    /// <summary>
    /// <c>--untracked</c>: git grep walks the work tree instead of the index (<c>grep_directory</c>),
    /// so it reads every file that is not ignored — tracked or not, a tracked file that an ignore
    /// rule matches left out — in byte order of the whole path.
    /// </summary>
    private List<string> WorkTreeWalk(List<string> tracked, IReadOnlyList<string> pathspecs)
    {
        var ignored = ListFiles(["-c", "-i", "--exclude-standard"], pathspecs).ToHashSet(StringComparer.Ordinal);
        var untracked = ListFiles(["-o", "--exclude-standard"], pathspecs);
        var walk = tracked.Where(path => !ignored.Contains(path)).Concat(untracked).Distinct(StringComparer.Ordinal).ToList();
        walk.Sort(StringComparer.Ordinal);
        return walk;
    }

    private IEnumerable<string> ListFiles(string[] options, IReadOnlyList<string> pathspecs) =>
        git.Run(["ls-files", "-z", .. options, "--", .. pathspecs]).StdoutText.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The files <c>git grep --no-index</c> searches, relative to the current folder: those under it
    /// that a pathspec selects (a pathspec with <c>..</c> steps or an absolute one is read from here).
    /// Inside a repository a pathspec may leave the current folder — the walk then starts at the top
    /// and names climb with <c>../</c> — but not the repository: git's <c>outside repository</c>
    /// message is printed and the result is null. <paramref name="prefix"/> is the current folder
    /// from the top, null outside a repository.
    /// </summary>
    private List<string>? NoIndexFiles(IReadOnlyList<string> pathspecs, string? prefix)
    {
        var files = new List<string>();
        var here = Path.GetFullPath(environment.Directory);
        var reached = pathspecs.Select(spec => Path.GetFullPath(Path.Combine(here, ByteString.ToOs(spec)))).ToList();
        if (prefix is null || reached.All(full => Within(full, here)))
        {
            var specs = pathspecs.Select((spec, i) => spec.StartsWith('/') || spec.Split('/').Contains("..") ? ByteString.FromOs(Path.GetRelativePath(here, reached[i])) : spec).ToList();
            Walk(environment.Directory, "", files);
            files.Sort(StringComparer.Ordinal);
            return [.. files.Where(file => specs.Count == 0 || specs.Any(spec => Pathspec.Matches(spec, file)))];
        }

        var top = ByteString.ToOs(ByteString.TrimNewlines(facts.TopLevel().StdoutText));
        for (var i = 0; i < pathspecs.Count; i++)
        {
            if (!Within(reached[i], top))
            {
                io.Err($"fatal: {pathspecs[i]}: '{pathspecs[i]}' is outside repository at '{ByteString.FromOs(top)}'\n");
                return null;
            }
        }

        var fromTop = reached.Select(full => ByteString.FromOs(Path.GetRelativePath(top, full))).ToList();
        Walk(top, "", files);
        files.Sort(StringComparer.Ordinal);
        return [.. files.Where(file => fromTop.Any(spec => Pathspec.Matches(spec, file))).Select(file => GitPath.Relative(file, prefix))];
    }

    private static bool Within(string path, string folder) => path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static void Walk(string folder, string relative, List<string> files)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name == ".git")
            {
                continue;
            }

            var name = relative + ByteString.FromOs(entry.Name);
            if (entry is DirectoryInfo directory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Walk(directory.FullName, name + "/", files);
            }
            else
            {
                files.Add(name);
            }
        }
    }
}
