using Rampart.Git.Processes;
using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// Rampart's git-secrets 1.3.0: parses arguments as git's parse-options and the script's own loop
/// do, then runs the mode with the script's output and exit codes.
/// </summary>
public sealed class GitSecretsRunner
{
    private readonly ShellIo _io;
    private readonly GitSecretsEnvironment _environment;
    private readonly GitCommand _git;
    private readonly GitFacts _facts;
    private readonly PatternSource _patterns;
    private readonly Scanner _scanner;

    /// <summary>A runner over the given streams and environment.</summary>
    public GitSecretsRunner(ShellIo io, GitSecretsEnvironment environment)
    {
        _io = io;
        _environment = environment;
        _git = new GitCommand(environment.Directory, io);
        _facts = new GitFacts(_git);
        _patterns = new PatternSource(_facts, io, environment);
        _scanner = new Scanner(_git, _facts, io, environment, _patterns);
    }

    /// <summary>Runs git-secrets with <paramref name="args"/> (byte strings); returns the exit code.</summary>
    public int Run(IReadOnlyList<string> args)
    {
        var parsed = ParseOpt.Parse(args);
        if (parsed.Normalized is null)
        {
            _io.Err(parsed.Stderr);
            _io.Out(parsed.Stdout);
            return ParseOptResult.ExitCode;
        }

        var run = Invocation.From(parsed.Normalized);
        if (run.Die is not null)
        {
            _io.Err(run.Die + "\n");
            return 1;
        }

        var first = run.Arguments.Count > 0 ? run.Arguments[0] : "";
        var config = new ConfigCommands(_git, _io, _environment);
        switch (run.Command)
        {
            case "-h" or "--help" or "--":
                _io.Out(Usage.Text);
                return 0;
            case "--add-provider":
                return config.Add("secrets.providers", string.Join(' ', run.Arguments), run.Literal, run.Global);
            case "--register-aws":
                return config.RegisterAws(run.Global);
            case "--aws-provider":
                _io.Out(_patterns.AwsProvider(first));
                return 0;
            case "--commit_msg_hook":
                return _scanner.OrDie(() => _scanner.Scan([first], cached: false, untracked: false, noIndex: false, recursive: run.Recursive));
            case "--pre_commit_hook":
                return _scanner.OrDie(() => _scanner.Scan(StagedFiles(), cached: true, untracked: false, noIndex: false, recursive: run.Recursive));
            case "--prepare_commit_msg_hook":
                return PrepareCommitMessage(run);
            case "--add":
                return config.Add(run.Allowed ? "secrets.allowed" : "secrets.patterns", first, run.Literal, run.Global);
            case "--scan":
                return _scanner.OrDie(() => _scanner.Scan(run.Arguments, run.Cached, run.Untracked, run.NoIndex, run.Recursive));
            case "--scan-history":
                return _scanner.OrDie(() => new HistoryScanner(_git, _facts, _io, _environment, _patterns, _scanner).Scan());
            case "--list":
                return config.List(run.Global);
            case "--install":
                return new HookInstaller(_git, _io, _environment).Install(first, run.Force);
            default:
                _io.Out($"Unknown option: {run.Command}\n{Usage.Text}");
                return ParseOptResult.ExitCode;
        }
    }

    /// <summary>pre_commit_hook's file list: <c>git diff-index --diff-filter ACMU --name-only --cached REV --</c>, one per line.</summary>
    private List<string> StagedFiles()
    {
        var rev = _git.Quiet("rev-parse", "--verify", "HEAD").ExitCode == 0 ? "HEAD" : "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
        var listing = _git.Run("diff-index", "--diff-filter", "ACMU", "--name-only", "--cached", rev, "--").StdoutText;
        return [.. ByteString.TrimNewlines(listing).Split('\n').Where(line => line.Length > 0)];
    }

    /// <summary>prepare_commit_msg_hook: for a merge, scans <c>git log DEST..SHA -p</c> as stdin.</summary>
    private int PrepareCommitMessage(Invocation run)
    {
        var source = run.Arguments.Count > 1 ? run.Arguments[1] : "";
        var sha = run.Arguments.Count > 2 ? run.Arguments[2] : "";
        if (source != "merge" || sha.Length != 0)
        {
            return 0;
        }

        var heads = string.Join('\n', _environment.Variables.Where(v => v.Key.Contains("GITHEAD", StringComparison.Ordinal) || v.Value.Contains("GITHEAD", StringComparison.Ordinal)).Select(v => $"{v.Key}={v.Value}"));
        var mergedSha = heads[(heads.LastIndexOf('=') + 1)..];
        var branch = ByteString.TrimNewlines(_git.Run("symbolic-ref", "HEAD").StdoutText);
        var dest = branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? branch["refs/heads/".Length..] : branch;
        var log = _git.Run("log", $"{dest}..{mergedSha}", "-p");
        return _scanner.OrDie(() => _scanner.Scan(["-"], cached: false, untracked: false, noIndex: false, recursive: false, stdin: log.Stdout));
    }
}
