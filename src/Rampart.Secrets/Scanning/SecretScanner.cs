using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Rampart.Core;
using Rampart.Secrets.Rules;

namespace Rampart.Secrets.Scanning;

/// <summary>
/// Finds secrets in content with a set of <see cref="SecretRule"/>s. A line is skipped unless its
/// bytes hold one of the rules' keywords (one automaton pass), then decoded as UTF-8 (as Latin-1
/// when it is not valid UTF-8, with a warning), skipped when it says <see cref="InlineAllowMarker"/>,
/// and otherwise matched against each rule whose keywords it holds. Generic rules give way to a provider rule that found
/// the same text. Pure: content comes in as a stream, findings go out as values.
/// </summary>
public sealed class SecretScanner
{
    /// <summary>A line holding this text is never reported.</summary>
    public const string InlineAllowMarker = "rampart:allow";

    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly KeywordIndex _keywords;
    private readonly LineReader _reader;

    /// <summary>A scanner over <paramref name="rules"/> (the whole catalog when null).</summary>
    public SecretScanner(IReadOnlyList<SecretRule>? rules = null, LineReader? reader = null)
    {
        _rules = rules ?? RuleCatalog.All;
        _keywords = new KeywordIndex([.. _rules.Select(r => r.Keywords)]);
        _reader = reader ?? new LineReader();
    }

    /// <summary>The rules this scanner runs.</summary>
    public IReadOnlyList<SecretRule> Rules => _rules;

    /// <summary>
    /// Scans <paramref name="content"/> to its end, reporting findings against <paramref name="path"/>;
    /// with <paramref name="memory"/>, lines the previous version of the path had are not matched
    /// again, their findings are recalled.
    /// </summary>
    public FileScan Scan(string path, Stream content, LineMemory? memory = null)
    {
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        var allowed = 0;
        var latin1Warned = false;
        var chars = new char[256];
        var hits = new bool[_rules.Count];
        var binary = !_reader.Read(content, (line, offset, bytes) =>
        {
            if (!_keywords.Find(bytes, hits))
            {
                return;
            }

            var key = memory is null ? 0 : LineMemory.Key(offset, bytes);
            if (memory?.Recall(key) is { } recalled)
            {
                foreach (var f in recalled)
                {
                    findings.Add(new Finding(f.Rule, path, line, f.Column, f.Secret));
                }

                Array.Clear(hits);
                return;
            }

            var before = findings.Count;

            var valid = Utf8.IsValid(bytes);
            if (!valid && !latin1Warned)
            {
                latin1Warned = true;
                diagnostics.Add(Diagnostic.Warning(
                    "secrets.not-utf8",
                    $"`{path}` is not valid UTF-8 (first at line {line}); its bytes were scanned as Latin-1",
                    SourceLocation.At(line, offset + 1)));
            }

            var encoding = valid ? Encoding.UTF8 : Encoding.Latin1;
            var count = encoding.GetMaxCharCount(bytes.Length);
            if (chars.Length < count)
            {
                chars = new char[count];
            }

            var length = encoding.GetChars(bytes, chars);
            var text = chars.AsSpan(0, length);
            if (text.Contains(InlineAllowMarker, StringComparison.Ordinal))
            {
                allowed++;
            }
            else
            {
                ScanLine(path, line, offset, text, hits, findings, diagnostics);
            }

            memory?.Remember(key, before == findings.Count ? [] : [.. findings.Skip(before).Select(f => new LineFinding(f.Rule, f.Column, f.Secret))]);
            Array.Clear(hits);
        });

        memory?.Next();
        return new FileScan(binary ? [] : Deduplicate(findings), diagnostics, binary, allowed);
    }

    /// <summary>Scans one line of text (no inline-allow check; each rule still needs one of its keywords).</summary>
    public IReadOnlyList<Finding> ScanLine(string path, int line, string text)
    {
        var findings = new List<Finding>();
        var hits = new bool[_rules.Count];
        _keywords.Find(text, hits);
        ScanLine(path, line, 0, text, hits, findings, []);
        return findings;
    }

    private void ScanLine(string path, int line, int offset, ReadOnlySpan<char> text, bool[] hits, List<Finding> findings, List<Diagnostic> diagnostics)
    {
        var lineText = text.ToString();
        var first = findings.Count;
        var spans = new List<(int Start, int End, bool Generic)>();
        for (var index = 0; index < _rules.Count; index++)
        {
            if (!hits[index])
            {
                continue;
            }

            var rule = _rules[index];
            try
            {
                for (var match = rule.Regex.Match(lineText); match.Success; match = match.NextMatch())
                {
                    var group = match.Groups["secret"];
                    var secret = group.Success ? group : (Group)match;
                    if (secret.Length == 0 || (rule.MinEntropy is { } floor && Entropy.Shannon(secret.ValueSpan) < floor) || RuleCatalog.DocumentedExamples.Contains(secret.Value))
                    {
                        continue;
                    }

                    findings.Add(new Finding(rule, path, line, offset + secret.Index + 1, secret.Value));
                    spans.Add((secret.Index, secret.Index + secret.Length, rule.IsGeneric));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                diagnostics.Add(Diagnostic.Warning(
                    "secrets.rule-timeout",
                    $"rule `{rule.Id}` took longer than {SecretRule.MatchTimeout.TotalMilliseconds} ms on `{path}` line {line}; the rest of that line was not checked by it",
                    SourceLocation.At(line, offset + 1)));
            }
        }

        for (var i = findings.Count - 1; i >= first; i--)
        {
            var (start, end, generic) = spans[i - first];
            if (generic && spans.Any(s => !s.Generic && s.Start < end && start < s.End))
            {
                findings.RemoveAt(i);
            }
        }
    }

    private static List<Finding> Deduplicate(List<Finding> findings) =>
        findings.DistinctBy(f => (f.Rule.Id, f.Line, f.Column, f.Secret)).ToList();
}
