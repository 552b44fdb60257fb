using System.CommandLine;
using Rampart.Core.Json;
using Rampart.Events;
using Rampart.Events.Compiled;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart events match --rules DIR --events FILE.jsonl</c>: every <c>*.json</c> file of DIR is a
/// rule (its name is the file name without <c>.json</c>), all compiled into one matcher; each line of
/// the events file is an event. One output line per event: its line number and the rules it matches.
/// </summary>
public static class EventsMatchCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var rules = new Option<DirectoryInfo>("--rules") { Description = "Folder of rule patterns, one *.json file per rule", Required = true };
        var events = new Option<FileInfo>("--events") { Description = "Events, one JSON object per line", Required = true };
        var command = new Command("match", "Match many rules over many events with the compiled matcher");
        command.Options.Add(rules);
        command.Options.Add(events);
        command.SetAction(result => Run(
            result.GetValue(rules)!,
            result.GetValue(events)!,
            result.GetValue(OutputOption.Instance),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(DirectoryInfo folder, FileInfo eventsFile, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"rampart: rules folder `{folder.FullName}` does not exist");
            return ExitCode.Usage;
        }

        if (!eventsFile.Exists)
        {
            error.WriteLine($"rampart: events file `{eventsFile.FullName}` does not exist");
            return ExitCode.Usage;
        }

        var rules = new List<NamedPattern>();
        foreach (var file in folder.GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var parsed = EventPatternParser.Parse(File.ReadAllBytes(file.FullName));
            if (!parsed.Succeeded)
            {
                error.WriteLine($"rampart: `{file.FullName}`: {parsed.FirstError!.Message}");
                return ExitCode.Usage;
            }

            rules.Add(new NamedPattern(Path.GetFileNameWithoutExtension(file.Name), parsed.Value));
        }

        var session = PatternMatcher.Compile(rules).CreateSession();
        var names = session.RuleNames;
        var matched = new List<int>();
        var exit = ExitCode.Ok;
        var lineNumber = 0;
        foreach (var line in Lines(File.ReadAllBytes(eventsFile.FullName)))
        {
            lineNumber++;
            if (line.IsEmpty)
            {
                continue;
            }

            var ok = session.TryMatch(line.Span, matched, out var problem);
            if (!ok)
            {
                exit = ExitCode.Usage;
            }

            var number = lineNumber;
            output.WriteLine(format == OutputFormat.Json
                ? JsonOutput.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", number);
                    if (ok)
                    {
                        json.WriteStartArray("matched");
                        matched.ForEach(i => json.WriteStringValue(names[i]));
                        json.WriteEndArray();
                    }
                    else
                    {
                        json.WriteString("error", problem);
                    }

                    json.WriteEndObject();
                })
                : ok ? $"{number}: {string.Join(' ', matched.Select(i => names[i]))}".TrimEnd() : $"{number}: error: {problem}");
        }

        return exit;
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(byte[] bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                end = bytes.Length;
            }

            var length = end - start;
            if (length > 0 && bytes[end - 1] == (byte)'\r')
            {
                length--;
            }

            yield return bytes.AsMemory(start, length);
            start = end + 1;
        }
    }
}
