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
    private const int BatchSize = 2048;

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
        byte[] input;
        try
        {
            input = path == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"rampart: cannot read `{path}`: {e.Message}");
            return ExitCode.Usage;
        }

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var failed = false;
        var batch = new List<(ReadOnlyMemory<byte> Line, int Number)>(BatchSize);
        var answers = new EvalCaseResult[BatchSize];
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Compact))
        {
            ReadOnlyMemory<byte> memory = input;
            var lineNumber = 0;
            while (memory.Length > 0 || batch.Count > 0)
            {
                while (memory.Length > 0 && batch.Count < BatchSize)
                {
                    lineNumber++;
                    var end = memory.Span.IndexOf((byte)'\n');
                    var line = end < 0 ? memory : memory[..end];
                    memory = end < 0 ? ReadOnlyMemory<byte>.Empty : memory[(end + 1)..];
                    if (line.Length > 0 && line.Span[^1] == (byte)'\r')
                    {
                        line = line[..^1];
                    }

                    if (!line.Span.Trim(" \t"u8).IsEmpty)
                    {
                        batch.Add((line, lineNumber));
                    }
                }

                // Cases are independent and the engine is pure: decide a batch on every core,
                // then write the answers in input order.
                Parallel.For(0, batch.Count, i => answers[i] = EvalCase.Evaluate(batch[i].Line, batch[i].Number, explain));
                for (var i = 0; i < batch.Count; i++)
                {
                    failed |= answers[i].Answer.Error is not null;
                    Write(json, answers[i]);
                    json.Flush();
                    buffer.Write("\n"u8);
                    json.Reset();
                }

                batch.Clear();
                output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                buffer.ResetWrittenCount();
            }
        }

        output.Flush();
        return failed ? ExitCode.Usage : ExitCode.Ok;
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

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
