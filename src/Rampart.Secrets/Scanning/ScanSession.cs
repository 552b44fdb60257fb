using Rampart.Core;
using Rampart.Secrets.AllowLists;
using Rampart.Secrets.Baselines;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// Runs a <see cref="SecretScanner"/> over the targets a source offers and keeps the tally: each
/// blob is read once (its findings are reused when the same content shows up at another path),
/// each finding is kept once by fingerprint (the first, which for history is the oldest commit),
/// lines a path's previous version already had are not matched again (their findings are recalled),
/// then the allow list and the baseline decide what is reported.
/// </summary>
public sealed class ScanSession(SecretScanner scanner, AllowList allowList, Baseline baseline)
{
    private readonly HashSet<string> _blobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Finding>> _byBlob = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineMemory> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<Finding> _accepted = [];
    private readonly List<Finding> _reported = [];
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Findings to report: not allowed, not in the baseline, in the order found.</summary>
    public IReadOnlyList<Finding> Findings => _reported;

    /// <summary>Every finding not allow-listed, baselined ones included (what <c>--update-baseline</c> writes).</summary>
    public IReadOnlyList<Finding> Accepted => _accepted;

    /// <summary>Warnings about content, in the order met.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Targets read.</summary>
    public int Scanned { get; private set; }

    /// <summary>Targets skipped as binary.</summary>
    public int Binary { get; private set; }

    /// <summary>Targets skipped because their path is allow-listed, or whose content was read before.</summary>
    public int Skipped { get; private set; }

    /// <summary>Findings dropped by the allow list or an inline <c>rampart:allow</c>.</summary>
    public int Allowed { get; private set; }

    /// <summary>Findings dropped because the baseline accepts them.</summary>
    public int Baselined { get; private set; }

    /// <summary>Scans one target and files its findings.</summary>
    public void Add(ScanTarget target)
    {
        if (allowList.SkipsPath(target.Path))
        {
            Skipped++;
            return;
        }

        IReadOnlyList<Finding> found;
        if (target.BlobId is { } blob && _blobs.Contains(blob))
        {
            Skipped++;
            found = _byBlob.TryGetValue(blob, out var cached) ? [.. cached.Select(f => f with { Path = target.Path })] : [];
        }
        else
        {
            FileScan scan;
            using (var content = target.Open())
            {
                scan = scanner.Scan(target.Path, content, target.Commit is null ? null : Memory(target.Path));
            }

            Scanned++;
            Binary += scan.Binary ? 1 : 0;
            Allowed += scan.InlineAllowed;
            _diagnostics.AddRange(scan.Diagnostics);
            found = scan.Findings;
            if (target.BlobId is { } id)
            {
                _blobs.Add(id);
                if (found.Count > 0)
                {
                    _byBlob[id] = found;
                }
            }
        }

        foreach (var finding in found)
        {
            File(target.Commit is { } commit ? finding with { Commit = commit.Sha, Author = commit.Author, Date = commit.Date } : finding);
        }
    }

    private LineMemory Memory(string path)
    {
        if (!_lines.TryGetValue(path, out var memory))
        {
            memory = new LineMemory();
            _lines[path] = memory;
        }

        return memory;
    }

    private void File(Finding finding)
    {
        var fingerprint = finding.Fingerprint;
        if (!_seen.Add(fingerprint))
        {
            return;
        }

        if (allowList.Allows(finding.Rule.Id, finding.Path, fingerprint))
        {
            Allowed++;
            return;
        }

        _accepted.Add(finding);
        if (baseline.Contains(finding))
        {
            Baselined++;
            return;
        }

        _reported.Add(finding);
    }
}
