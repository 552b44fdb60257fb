using System.Text;
using Rampart.Secrets.Tests.GitSecrets;

namespace Rampart.Secrets.Tests.Hooks;

/// <summary>
/// Real repositories, real <c>git commit</c>: hooks installed by Rampart's <c>git secrets --install</c>
/// refuse a commit that adds an AWS-key-shaped value, and never clobber a hook that is already there.
/// </summary>
public sealed class HookInstallTests
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["LANG"] = "C.UTF-8",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = "A U Thor",
        ["GIT_AUTHOR_EMAIL"] = "author@example.com",
        ["GIT_COMMITTER_NAME"] = "C O Mitter",
        ["GIT_COMMITTER_EMAIL"] = "committer@example.com",
    };

    [Fact]
    public void Commit_FileWithAccessKeyAfterInstall_IsRefusedByPreCommitHook()
    {
        using var runner = new ScenarioRunner(Identity);
        var (exit, stdout, stderr) = runner.Run("""
            git init -q -b main . && git secrets --register-aws >/dev/null && git secrets --install
            key="AKIA""$(printf 'FAKE%.0s' 1 2 3 4)"
            echo "aws_access_key_id = $key" > config.ini && git add config.ini
            git commit -q -m "add config"; echo "commit exit $?"
            git rev-list --all | wc -l
            """);

        var output = Encoding.UTF8.GetString(stdout);
        output.ShouldContain("Installed pre-commit hook to .git/hooks/pre-commit");
        output.ShouldContain("commit exit 1");
        output.TrimEnd().ShouldEndWith("0");
        var errors = Encoding.UTF8.GetString(stderr);
        errors.ShouldContain("config.ini:1:aws_access_key_id = AKIAFAKEFAKEFAKEFAKE");
        errors.ShouldContain("[ERROR] Matched one or more prohibited patterns");
        exit.ShouldBe(0);
    }

    [Fact]
    public void Commit_CleanFileAfterInstall_IsAccepted()
    {
        using var runner = new ScenarioRunner(Identity);
        var (_, stdout, stderr) = runner.Run("""
            git init -q -b main . && git secrets --register-aws >/dev/null && git secrets --install >/dev/null
            echo "region = us-east-1" > config.ini && git add config.ini
            git commit -q -m "add config"; echo "commit exit $?"
            """);

        Encoding.UTF8.GetString(stdout).ShouldContain("commit exit 0");
        Encoding.UTF8.GetString(stderr).ShouldBeEmpty();
    }

    [Fact]
    public void Install_ExistingHookWithoutForce_KeepsItByteForByte()
    {
        using var runner = new ScenarioRunner(Identity);
        var (_, stdout, stderr) = runner.Run("""
            git init -q -b main .
            printf '#!/bin/sh\necho mine\n' > .git/hooks/pre-commit
            git secrets --install; echo "install exit $?"
            cat .git/hooks/pre-commit; ls -a .git/hooks | grep -c rampart
            """);

        var output = Encoding.UTF8.GetString(stdout);
        output.ShouldContain("install exit 1");
        output.ShouldContain("#!/bin/sh\necho mine\n");
        output.TrimEnd().ShouldEndWith("0");
        Encoding.UTF8.GetString(stderr).ShouldBe(".git/hooks/pre-commit already exists. Use -f to force\n");
    }
}
