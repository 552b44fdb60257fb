using Rampart.Aws.Sts;
using Rampart.Git.History;
using Rampart.Git.WorkingTree;
using Rampart.Secrets.AllowLists;
using Rampart.Secrets.Baselines;
using Rampart.Secrets.Reports;
using Rampart.Secrets.Scanning;

namespace Rampart.Cli.SecretsScan;

/// <summary>
/// One run of <c>rampart secrets scan</c>: loads the allow list and baseline, reads the chosen
/// source (working tree, index or history) through a <see cref="ScanSession"/>, optionally verifies
/// AWS keys, then writes the baseline or the report. Returns the exit code.
/// </summary>
internal sealed class ScanRun(ScanRequest request, TextWriter output, TextWriter error)
{
    private const string Name = "rampart secrets scan";

    public int Execute()
    {
        if (Validate() is { } problem)
        {
            return Fail(problem);
        }

        var allowList = AllowList.Empty;
        if (request.AllowListPath is { } allowPath)
        {
            if (!File.Exists(allowPath))
            {
                return Fail($"allow list `{allowPath}` does not exist");
            }

            var parsed = AllowList.Parse(File.ReadAllText(allowPath), allowPath);
            if (!parsed.Succeeded)
            {
                return Fail(parsed.FirstError!.Message);
            }

            allowList = parsed.Value;
        }

        var baseline = Baseline.Empty;
        if (request.BaselinePath is { } baselinePath)
        {
            if (File.Exists(baselinePath))
            {
                var parsed = Baseline.Parse(File.ReadAllText(baselinePath), baselinePath);
                if (!parsed.Succeeded)
                {
                    return Fail(parsed.FirstError!.Message);
                }

                baseline = parsed.Value;
            }
            else if (!request.UpdateBaseline)
            {
                return Fail($"baseline `{baselinePath}` does not exist; create it with `--baseline {baselinePath} --update-baseline`");
            }
        }

        var session = new ScanSession(new SecretScanner(), allowList, baseline);
        try
        {
            Read(session);
        }
        catch (GitException e)
        {
            return Fail(e.Message);
        }

        foreach (var diagnostic in session.Diagnostics)
        {
            error.WriteLine($"{Name}: warning: {diagnostic.Message}");
        }

        if (request.UpdateBaseline)
        {
            File.WriteAllText(request.BaselinePath!, Baseline.Write(session.Accepted));
            error.WriteLine($"{Name}: baseline `{request.BaselinePath}` now accepts {session.Accepted.Count} {(session.Accepted.Count == 1 ? "finding" : "findings")}");
            return ExitCode.Ok;
        }

        var findings = request.Verify ? Verify(session.Findings) : session.Findings;
        var report = new ScanReport(findings, session.Scanned, session.Allowed, session.Baselined, request.Redact, ToolVersion);
        Render(report);
        return findings.Count > 0 ? ExitCode.Found : ExitCode.Ok;
    }

    private static string ToolVersion => typeof(ScanRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private string? Validate()
    {
        if (request.Staged && request.History)
        {
            return "`--staged` and `--history` cannot be combined; scan the index or the history, not both";
        }

        if (request.UpdateBaseline && request.BaselinePath is null)
        {
            return "`--update-baseline` needs `--baseline FILE` to say which file to write";
        }

        if ((request.History || request.Staged) && !Directory.Exists(request.Path))
        {
            return $"`{request.Path}` is not a folder; `--history` and `--staged` need a repository";
        }

        return !File.Exists(request.Path) && !Directory.Exists(request.Path)
            ? $"`{request.Path}` does not exist; pass a file, a folder or a repository"
            : null;
    }

    private void Read(ScanSession session)
    {
        var root = Path.GetFullPath(request.Path);
        using var progress = request.History ? ProgressBar.ForTerminal() : null;
        var targets = request.History ? GitHistorySource.Read(root, request.Since, progress)
            : request.Staged ? GitIndexSource.Read(root)
            : WorkingTreeSource.Read(root);
        foreach (var target in targets)
        {
            try
            {
                session.Add(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{Name}: warning: cannot read `{target.Path}`: {e.Message}");
            }
        }
    }

    private List<Finding> Verify(IReadOnlyList<Finding> findings)
    {
        var verifier = AwsStsVerifier.FromEnvironment();
        var states = new Dictionary<Finding, Verification>(ReferenceEqualityComparer.Instance);
        foreach (var pair in AwsKeyPair.FindAll(findings))
        {
            var state = verifier.VerifyAsync(pair, CancellationToken.None).GetAwaiter().GetResult();
            states[pair.AccessKeyId] = state;
            if (!states.TryGetValue(pair.SecretAccessKey, out var previous) || previous != Verification.Verified)
            {
                states[pair.SecretAccessKey] = state;
            }
        }

        return [.. findings.Select(f => states.TryGetValue(f, out var state) ? f with { Verification = state } : f)];
    }

    private void Render(ScanReport report)
    {
        switch (request.Format)
        {
            case "json":
                JsonReport.Write(report, output);
                break;
            case "sarif":
                SarifReport.Write(report, output);
                break;
            case "junit":
                JunitReport.Write(report, output);
                break;
            default:
                TextReport.Write(report, output);
                break;
        }
    }

    private int Fail(string message)
    {
        error.WriteLine($"{Name}: error: {message}");
        return ExitCode.Usage;
    }
}
