using Rampart.Git.Processes;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// The git facts a run asks for again and again — the <c>secrets.*</c> config values,
/// <c>core.quotePath</c>, the top level and the prefix — read with one <c>git config
/// --get-regexp</c> and one <c>git rev-parse</c> instead of one git process per question. When
/// either combined call fails (broken config, no repository) every question falls back to its
/// own git call, so error messages appear as often and in the same order as in git-secrets.
/// The config call also lists the keys the history scan follows (<c>log.showRoot</c>,
/// <c>diff.renames</c>, <c>core.bigFileThreshold</c>), so that it needs no call of its own.
/// Thread-safe.
/// </summary>
public sealed class GitFacts
{
    private const string Keys = "^(secrets\\.(patterns|providers|allowed)|core\\.(quotepath|attributesfile|bigfilethreshold)|grep\\.(fullname|column)|color\\.(ui|grep(\\..*)?)|log\\.showroot|diff\\.renames)$";
    private readonly Lock _gate = new();
    private readonly GitCommand _git;
    private Task<ProcessResult>? _configCall;
    private Task<ProcessResult>? _locationCall;
    private List<(string Key, string? Value)>? _config;
    private bool _configRead;
    private string[]? _location;
    private bool _locationRead;

    /// <summary>Facts read through <paramref name="git"/>.</summary>
    public GitFacts(GitCommand git) => _git = git;

    /// <summary>Starts both combined calls in the background, so they overlap with other work.</summary>
    public void Prefetch()
    {
        lock (_gate)
        {
            _configCall ??= Task.Run(() => _git.Quiet("config", "-z", "--get-regexp", Keys));
            _locationCall ??= Task.Run(() => _git.Quiet("rev-parse", "--show-toplevel", "--show-prefix"));
        }
    }

    /// <summary>The combined <c>git config -z --get-regexp</c> call, as git answered it.</summary>
    public Task<ProcessResult> ConfigCall
    {
        get
        {
            Prefetch();
            return _configCall!;
        }
    }

    /// <summary><c>git config --get-all KEY</c>'s standard output (stderr passed through).</summary>
    public string GetAll(string key)
    {
        if (Config() is { } config)
        {
            return string.Concat(config.Where(entry => entry.Key == key).Select(entry => entry.Value + "\n"));
        }

        return _git.Run("config", "--get-all", key).StdoutText;
    }

    /// <summary>Whether git quotes bytes above 0x7f in paths (<c>core.quotePath</c>, default true).</summary>
    public bool QuotePath => Boolean("core.quotepath", true);

    /// <summary>How git grep prints lines here: <c>core.quotePath</c>, <c>grep.fullName</c>, <c>grep.column</c>.</summary>
    public GrepStyle Style => new(QuotePath, Boolean("grep.fullname", false), Boolean("grep.column", false), Config() is { } config ? GrepColors.From(config) : null);

    /// <summary>Whether <c>core.attributesFile</c> is set (another attributes source for git grep).</summary>
    public bool HasAttributesFile =>
        Config() is { } config ? config.Any(entry => entry.Key == "core.attributesfile") : _git.Quiet("config", "--get", "core.attributesFile").ExitCode == 0;

    /// <summary>The top level from the combined call, or null when that call failed.</summary>
    public string? KnownTopLevel => Location()?[0];

    /// <summary><c>git rev-parse --show-toplevel</c> (stderr passed through).</summary>
    public ProcessResult TopLevel() =>
        Location() is { } location ? new ProcessResult(0, ByteString.ToBytes(location[0] + "\n"), []) : _git.Run("rev-parse", "--show-toplevel");

    /// <summary><c>git rev-parse --show-prefix</c>, quietly: the caller decides what to print.</summary>
    public ProcessResult Prefix() =>
        Location() is { } location ? new ProcessResult(0, ByteString.ToBytes(location[1] + "\n"), []) : _git.Quiet("rev-parse", "--show-prefix");

    /// <summary>Whether the repository has a work tree (a bare repository has none).</summary>
    public bool HasWorkTree => Location() is not null || _git.Quiet("rev-parse", "--show-toplevel").ExitCode == 0;

    /// <summary>A boolean setting as git reads it: the last value wins, a bare key is true, an integer counts.</summary>
    private bool Boolean(string key, bool unset)
    {
        if (Config() is { } config)
        {
            return GitConfigListing.Last(config, key) is not { } entry ? unset : entry.Value is not { } value || (GitBoolean.Parse(value) ?? true);
        }

        return _git.Quiet("config", "--type=bool", key).StdoutText.Trim() switch { "true" => true, "false" => false, _ => unset };
    }

    private List<(string Key, string? Value)>? Config()
    {
        Prefetch();
        lock (_gate)
        {
            if (!_configRead)
            {
                _configRead = true;
                var result = _configCall!.GetAwaiter().GetResult();
                if (result.ExitCode is 0 or 1 && result.Stderr.Length == 0)
                {
                    _config = [.. GitConfigListing.Parse(result.StdoutText)];
                }
            }

            return _config;
        }
    }

    private string[]? Location()
    {
        Prefetch();
        lock (_gate)
        {
            if (!_locationRead)
            {
                _locationRead = true;
                var result = _locationCall!.GetAwaiter().GetResult();
                if (result.ExitCode == 0 && result.Stderr.Length == 0)
                {
                    var lines = result.StdoutText.Split('\n');
                    _location = lines.Length >= 2 ? [lines[0], lines[1]] : null;
                }
            }

            return _location;
        }
    }
}
