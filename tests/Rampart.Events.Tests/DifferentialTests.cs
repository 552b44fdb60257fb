using System.Text;
using System.Text.Json;
using Rampart.Events.Compiled;
using Rampart.Events.Matching;
using Rampart.Events.Tests.Conformance;
using Rampart.Testing;

namespace Rampart.Events.Tests;

/// <summary>The compiled matcher against the reference matcher: the corpus, then seeded random patterns and events.</summary>
public sealed class DifferentialTests
{
    /// <summary>
    /// The upstream file records no outcomes; these follow from array-consistent matching as each
    /// case's name describes it (fields from different elements of one array never combine).
    /// </summary>
    private static readonly Dictionary<string, bool> DerivedOutcomes = new(StringComparer.Ordinal)
    {
        ["flat: 2-field exists, both present"] = true,
        ["flat: 2-field exists, one missing"] = false,
        ["flat: exact match"] = true,
        ["flat: exact mismatch"] = false,
        ["flat: prefix"] = true,
        ["flat: numeric range"] = true,
        ["flat: anything-but"] = true,
        ["objarray: same element"] = true,
        ["objarray: split"] = false,
        ["objarray: 3 elem, last valid"] = true,
        ["objarray: 3-field, all in one"] = true,
        ["objarray: 3-field, split 3 ways"] = false,
        ["objarray: exact same elem"] = true,
        ["objarray: exact split"] = false,
        ["objarray: prefix same"] = true,
        ["objarray: prefix split"] = false,
        ["primarray: exists"] = true,
        ["primarray: exact match"] = true,
        ["primarray: no match"] = false,
        ["nested: inner same"] = true,
        ["nested: inner split"] = false,
        ["nested: outer split"] = false,
        ["nested: outer same"] = true,
        ["nested2: same leaf"] = true,
        ["nested2: split leaf"] = false,
        ["mixed: array+scalar match"] = true,
        ["mixed: array+scalar fail"] = false,
        ["exists-false: absent"] = true,
        ["exists-false: present"] = false,
        ["empty object"] = false,
        ["empty array"] = false,
        ["single-field rule"] = true,
        ["many elem one valid"] = true,
        ["numeric+exists array"] = true,
        ["anything-but array"] = true,
        ["primarray: large + scalar, exists"] = true,
        ["primarray: large + scalar, prefix"] = true,
        ["primarray: large + scalar, no match"] = false,
        ["primarray: nested under object"] = true,
        ["primarray: two prim arrays + scalar"] = true,
        ["primarray: exact match among many"] = true,
        ["primarray: numeric in array"] = true,
        ["primarray: anything-but in array"] = true,
        ["primarray: single value array"] = true,
        ["primarray: empty prim array"] = false,
        ["mixed: obj-array + prim-array"] = true,
        ["mixed: obj-array split + prim-array"] = false,
        ["deep prim: nested 3 levels"] = true,
        ["suffix match in array"] = true,
        ["N emails, only last element has name — dedup loses the only valid match"] = true,
        ["suffix match split"] = false,
    };

    [SharedDataFact]
    public void CorrectnessCases_EveryCase_CompiledAgreesWithReference()
    {
        var path = RepositoryPaths.SharedFile("conformance", "eventbridge", "event-ruler-correctness-cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var count = 0;
        foreach (var testCase in document.RootElement.EnumerateArray())
        {
            var pattern = EventPatternParser.Parse(testCase.GetProperty("rule").GetRawText());
            pattern.Succeeded.ShouldBeTrue(testCase.GetProperty("name").GetString());
            var name = testCase.GetProperty("name").GetString()!;
            ConformanceRunner.MatchBothWays(pattern.Value!, testCase.GetProperty("event").GetRawText()).ShouldBe(DerivedOutcomes[name], name);
            count++;
        }

        count.ShouldBe(51);
    }

    [Fact]
    public void RandomPatterns_OneRuleAtATime_CompiledAgreesWithReference()
    {
        var random = new RandomCorpus(20241129);
        var compared = 0;
        for (var i = 0; i < 3000; i++)
        {
            var pattern = EventPatternParser.Parse(random.Pattern());
            if (!pattern.Succeeded)
            {
                continue;
            }

            for (var e = 0; e < 3; e++)
            {
                _ = ConformanceRunner.MatchBothWays(pattern.Value, random.Event());
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(3000);
    }

    [Fact]
    public void RandomPatterns_AllRulesInOneMatcher_CompiledAgreesWithReference()
    {
        var random = new RandomCorpus(7);
        var rules = new List<NamedPattern>();
        while (rules.Count < 300)
        {
            var pattern = EventPatternParser.Parse(random.Pattern());
            if (pattern.Succeeded)
            {
                rules.Add(new NamedPattern($"r{rules.Count}", pattern.Value));
            }
        }

        var session = PatternMatcher.Compile(rules).CreateSession();
        var matched = new List<int>();
        var matches = 0;
        for (var e = 0; e < 400; e++)
        {
            var bytes = Encoding.UTF8.GetBytes(random.Event());
            session.TryMatch(bytes, matched, out var error).ShouldBeTrue(error);
            var fields = EventFlattener.Flatten(bytes).Value!;
            var expected = Enumerable.Range(0, rules.Count).Where(r => ReferenceMatcher.Matches(rules[r].Pattern, fields)).ToList();
            matched.ShouldBe(expected);
            matches += expected.Count;
        }

        matches.ShouldBeGreaterThan(500);
    }
}
