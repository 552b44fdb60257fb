using Rampart.Secrets.GitSecrets;

namespace Rampart.Git.GitSecrets;

/// <summary>git-secrets' config verbs: <c>--add</c>, <c>--add-provider</c>, <c>--register-aws</c> and <c>--list</c>, through <c>git config</c>.</summary>
public sealed class ConfigCommands(GitCommand git, ShellIo io, GitSecretsEnvironment environment)
{
    /// <summary><c>add_config KEY VALUE</c>: 1 when <c>git config --get-all KEY | grep -Fq VALUE</c> succeeds (a configured value contains it, or VALUE read as grep options says so), else git config's status.</summary>
    public int Add(string key, string value, bool literal, bool global)
    {
        if (literal)
        {
            value = GitSecretsText.EscapeLiteral(value);
        }

        string[] scope = global ? ["--global"] : [];
        var existing = git.Run(["config", .. scope, "--get-all", key]).Stdout;
        var duplicate = new GnuGrep(io, environment, existing).Run(["-Fq", value]);
        io.Out(duplicate.Stdout);
        if (duplicate.Status == 0)
        {
            return 1;
        }

        var added = git.Run(["config", .. scope, "--add", key, value]);
        io.Out(added.StdoutText);
        return added.ExitCode;
    }

    /// <summary><c>--register-aws</c>: adds the AWS provider, patterns and allowed examples; prints OK when the last add was new. Always exits 0.</summary>
    public int RegisterAws(bool global)
    {
        var status = 0;
        foreach (var (key, value) in GitSecretsText.AwsRegistration)
        {
            status = Add(key, value, literal: false, global);
        }

        if (status == 0)
        {
            io.Out("OK\n");
        }

        return 0;
    }

    /// <summary><c>--list [--global]</c>: <c>git config --get-regex secrets.*</c>, the regex globbed like an unquoted word.</summary>
    public int List(bool global)
    {
        string[] scope = global ? ["--global"] : [];
        var regex = ShellWords.SplitAndGlob("secrets.*", environment.Glob);
        var result = git.Run(["config", .. scope, "--get-regex", .. regex]);
        io.Out(result.StdoutText);
        return result.ExitCode;
    }
}
