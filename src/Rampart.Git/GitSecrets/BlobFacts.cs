using System.Text;
using Rampart.Git.Objects;
using Rampart.Secrets.GitSecrets;
using Rampart.Secrets.GitSecrets.Posix;

namespace Rampart.Git.GitSecrets;

/// <summary>
/// What the history scan needs to know about each blob stored in the packs (<see cref="BlobFact"/>:
/// binary, whether the pattern's line filter finds any candidate line, whether it holds a byte
/// above 0x7f), learnt before the history is walked by building every packed blob once
/// (<see cref="PackBlobWalk"/>) on every core. Walking commits one by one instead builds a version
/// again each time the reader's cache has dropped it; with the facts, a pair of file versions in
/// which neither side has a candidate line is settled by two look-ups, and only the few versions
/// with candidates are read again. Blobs the walk does not build (loose, or larger than
/// core.bigFileThreshold's default) are <see cref="BlobFact.Unknown"/>. Thread-safe once surveyed.
/// </summary>
public sealed class BlobFacts
{
    /// <summary>git's default <c>core.bigFileThreshold</c>: a larger blob is binary to diff without being read.</summary>
    public const int BigFileThreshold = 512 << 20;

    private readonly IReadOnlyList<PackFile> _packs;
    private readonly BlobFact[][] _facts;

    private BlobFacts(IReadOnlyList<PackFile> packs, BlobFact[][] facts) => (_packs, _facts) = (packs, facts);

    /// <summary>
    /// Builds every packed blob of <paramref name="database"/> and notes its facts for the combined
    /// <paramref name="pattern"/>; non-ASCII bytes are looked for only when <paramref name="multibyte"/>.
    /// Throws <see cref="GitObjectException"/> (perhaps wrapped by the parallel loop) on a corrupt pack.
    /// </summary>
    public static BlobFacts Survey(ObjectDatabase database, byte[] pattern, bool multibyte)
    {
        var facts = new BlobFact[database.Packs.Count][];
        for (var i = 0; i < facts.Length; i++)
        {
            var noted = facts[i] = new BlobFact[database.Packs[i].Index.Count];
            PackBlobWalk.Visit(database.Packs[i], Environment.ProcessorCount, BigFileThreshold, () =>
                new Learner(PosixRegex.Compile(pattern, RegexDialect.Glibc).Value!, noted, multibyte).Learn);
        }

        return new BlobFacts(database.Packs, facts);
    }

    /// <summary>The facts about <paramref name="blob"/>, from the first pack that has it (the one a reader reads).</summary>
    public BlobFact Of(ObjectId blob)
    {
        for (var i = 0; i < _packs.Count; i++)
        {
            var position = _packs[i].Index.Position(blob);
            if (position >= 0)
            {
                return _facts[i][position];
            }
        }

        return BlobFact.Unknown;
    }

    /// <summary>
    /// One thread's learning. A whole blob's candidate lines are found by scanning it. A delta's
    /// lines that are whole lines of its base (inside one copied stretch, starting where a base line
    /// starts and ending with its newline) are candidates exactly when they were in the base, so only
    /// the lines its inserts and the seams between its instructions touch are scanned; that needs the
    /// base's candidate lines, kept for a base with few (a base with many has its deltas scanned whole).
    /// </summary>
    private sealed class Learner(PosixRegex regex, BlobFact[] noted, bool multibyte)
    {
        private const int KeptCandidates = 64;
        private readonly Dictionary<int, int[]> _candidates = [];
        private readonly List<int> _found = [];
        private readonly List<(int Start, int End)> _touched = [];

        public void Learn(int position, ReadOnlySpan<byte> content, int basePosition, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
        {
            if (LineScanner.IsBinary(content))
            {
                noted[position] = BlobFact.Known | BlobFact.Binary;
                return;
            }

            _found.Clear();
            var baseCandidates = basePosition < 0 ? null
                : (noted[basePosition] & BlobFact.NoCandidate) != 0 ? []
                : _candidates.GetValueOrDefault(basePosition);
            if (baseCandidates is null)
            {
                LineScanner.PickaxeCandidates(regex, content, 0, content.Length, _found);
            }
            else
            {
                FromDelta(content, baseContent, delta, baseCandidates);
            }

            var fact = BlobFact.Known | (_found.Count == 0 ? BlobFact.NoCandidate : 0);
            if (multibyte && NonAscii(content, basePosition, baseContent.Length, delta))
            {
                fact |= BlobFact.NonAscii;
            }

            noted[position] = fact;
            if (_found.Count is > 0 and <= KeptCandidates)
            {
                _candidates[position] = [.. _found.Order().Distinct()];
            }
        }

        /// <summary>Whether the blob holds a byte above 0x7f: for a delta on an ASCII base, whether its inserts do.</summary>
        private bool NonAscii(ReadOnlySpan<byte> content, int basePosition, int baseLength, ReadOnlySpan<byte> delta)
        {
            if (basePosition < 0 || (noted[basePosition] & (BlobFact.Binary | BlobFact.NonAscii)) != 0)
            {
                return !Ascii.IsValid(content);
            }

            foreach (var step in DeltaPatch.Steps(delta, baseLength, content.Length))
            {
                if (step.Source < 0 && !Ascii.IsValid(delta.Slice(step.Data, step.Length)))
                {
                    return true;
                }
            }

            return false;
        }

        private void FromDelta(ReadOnlySpan<byte> content, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta, int[] baseCandidates)
        {
            _touched.Clear();
            foreach (var step in DeltaPatch.Steps(delta, baseContent.Length, content.Length))
            {
                if (step.Source < 0)
                {
                    _touched.Add((step.Target, step.Target + step.Length));
                    continue;
                }

                var startsLine = step.Target == 0 || content[step.Target - 1] == '\n';
                if (!startsLine || (step.Source > 0 && baseContent[step.Source - 1] != '\n'))
                {
                    _touched.Add((step.Target, step.Target + 1));
                }

                var end = step.Source + step.Length;
                var first = Array.BinarySearch(baseCandidates, step.Source);
                for (var i = first < 0 ? ~first : first; i < baseCandidates.Length && baseCandidates[i] < end; i++)
                {
                    var line = baseCandidates[i];
                    var newline = baseContent[line..end].IndexOf((byte)'\n');
                    if ((line > step.Source || startsLine) && newline >= 0)
                    {
                        _found.Add(step.Target + (line - step.Source));
                    }
                }
            }

            if (content.Length > 0 && content[^1] != '\n')
            {
                _touched.Add((content.Length - 1, content.Length));
            }

            var scannedTo = 0;
            foreach (var (start, end) in _touched)
            {
                var lineStart = Math.Max(scannedTo, content[..start].LastIndexOf((byte)'\n') + 1);
                var newline = content[(end - 1)..].IndexOf((byte)'\n');
                var lineEnd = newline < 0 ? content.Length : end + newline;
                if (lineEnd > lineStart)
                {
                    LineScanner.PickaxeCandidates(regex, content, lineStart, lineEnd, _found);
                    scannedTo = lineEnd;
                }
            }
        }
    }
}
