using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Rampart.Core.Json;
using Rampart.Iam.Cases;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart iam eval --jsonl FILE|-</c>: answers every case of the eval format
/// (shared/specs/iam-eval-format.md) with one JSON line, in order. An invalid case answers an
/// <c>error</c> line and the rest go on. <c>--explain</c> adds the reason, the deciding
/// statements and per-condition results. Exit 0 when every case was answered with a decision,
/// 2 when a case had an error or the input could not be read.
/// </summary>
public static class IamEvalCommand
{
    /// <summary>Bytes read at a time (whole lines; a longer line grows the buffer).</summary>
    private const int ChunkSize = 256 * 1024;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var jsonl = new Option<string>("--jsonl")
        {
            Description = "File of cases, one JSON object per line, or - for standard input",
            Required = true,
        };
        var explain = new Option<bool>("--explain") { Description = "Add the reason, deciding statements and condition results to each answer" };
        var command = new Command("eval", "Decide every case of an IAM eval-format JSON Lines file");
        command.Options.Add(jsonl);
        command.Options.Add(explain);
        command.SetAction(result => Run(result.GetValue(jsonl)!, result.GetValue(explain), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, bool explain, TextWriter output, TextWriter error)
    {
        Stream input;
        try
        {
            input = path == "-" ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CannotRead(path, e, error);
        }

        using (input)
        {
            try
            {
                return Answer(input, explain, output);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CannotRead(path, e, error);
            }
        }
    }

    private static int CannotRead(string path, Exception e, TextWriter error)
    {
        error.WriteLine($"rampart: cannot read `{path}`: {e.Message}");
        return ExitCode.Usage;
    }

    /// <summary>
    /// Reads the input a chunk of whole lines at a time into one reused buffer (no copy of the whole
    /// file, no fresh memory per chunk), decides the chunk's cases on every core (the engine is
    /// pure), and writes their answers in input order before the buffer is reused: explained answers
    /// point into the lines.
    /// </summary>
    private static int Answer(Stream input, bool explain, TextWriter output)
    {
        var buffer = new byte[ChunkSize];
        var filled = 0;
        var atEnd = false;
        var lineNumber = 0;
        var failed = false;
        var lines = new List<(ReadOnlyMemory<byte> Line, int Number)>();
        var answers = Array.Empty<EvalCaseResult>();

        // One thread per core, the calling thread among them: more would only take turns.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var written = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(written, JsonOutput.Compact);
        while (!atEnd || filled > 0)
        {
            while (!atEnd && filled < buffer.Length)
            {
                var read = input.Read(buffer, filled, buffer.Length - filled);
                atEnd = read == 0;
                filled += read;
            }

            var end = atEnd ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end == 0)
            {
                // One line longer than the buffer: make room for it and read on.
                Array.Resize(ref buffer, buffer.Length * 2);
                continue;
            }

            lineNumber = SplitLines(buffer.AsMemory(0, end), lineNumber, lines);
            if (answers.Length < lines.Count)
            {
                answers = new EvalCaseResult[lines.Count];
            }

            Parallel.For(0, lines.Count, cores, i => answers[i] = EvalCase.Evaluate(lines[i].Line, lines[i].Number, explain));
            foreach (var answer in answers.AsSpan(0, lines.Count))
            {
                failed |= answer.Answer.Error is not null;
                Write(json, answer);
                json.Flush();
                written.Write("\n"u8);
                json.Reset();
            }

            output.Write(Encoding.UTF8.GetString(written.WrittenSpan));
            written.ResetWrittenCount();
            lines.Clear();
            buffer.AsSpan(end, filled - end).CopyTo(buffer);
            filled -= end;
        }

        output.Flush();
        return failed ? ExitCode.Usage : ExitCode.Ok;
    }

    /// <summary>Adds the non-blank lines of <paramref name="text"/> with their numbers; returns the last line number.</summary>
    private static int SplitLines(ReadOnlyMemory<byte> text, int lineNumber, List<(ReadOnlyMemory<byte> Line, int Number)> lines)
    {
        while (text.Length > 0)
        {
            lineNumber++;
            var end = text.Span.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? ReadOnlyMemory<byte>.Empty : text[(end + 1)..];
            if (line.Length > 0 && line.Span[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (!line.Span.Trim(" \t"u8).IsEmpty)
            {
                lines.Add((line, lineNumber));
            }
        }

        return lineNumber;
    }

    private static void Write(Utf8JsonWriter json, EvalCaseResult result)
    {
        var answer = result.Answer;
        json.WriteStartObject();
        json.WriteString("id", answer.Id);
        if (answer.Error is not null)
        {
            json.WriteString("error", answer.Error);
        }
        else
        {
            json.WriteString("decision", answer.Decision);
            if (result.Result is { Reason.Length: > 0 } explained)
            {
                IamExplanation.WriteJson(json, explained);
            }
        }

        json.WriteEndObject();
    }
}
