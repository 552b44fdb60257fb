using Rampart.Cli;

namespace Rampart.Iam.Tests.Cli;

public class IamCommandTests
{
    private const string Allow = """{"id":"a1","request":{"principal":"arn:aws:iam::111122223333:user/alice","action":"s3:GetObject","resource":"arn:aws:s3:::b/k"},"identityPolicies":[{"Version":"2012-10-17","Statement":{"Sid":"Get","Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}}]}""";

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rampart-iam-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Eval_File_OneAnswerPerCaseInOrderAndErrorsGoOn()
    {
        var deny = Allow.Replace("\"a1\"", "\"d1\"", StringComparison.Ordinal).Replace("\"Allow\"", "\"Deny\"", StringComparison.Ordinal);
        var path = TempFile($"{Allow}\nnot json\n\n{deny}\n");
        try
        {
            var (exit, output, _) = Run("iam", "eval", "--jsonl", path);

            var lines = output.TrimEnd('\n').Split('\n');
            lines.Length.ShouldBe(3);
            lines[0].ShouldBe("""{"id":"a1","decision":"ImplicitDeny"}""");
            lines[1].ShouldStartWith("""{"id":null,"error":"invalid json""");
            lines[2].ShouldBe("""{"id":"d1","decision":"ImplicitDeny"}""");
            exit.ShouldBe(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_Explain_AddsDecidingStatementsAndConditions()
    {
        var path = TempFile(Allow.Replace("\"resource\":\"arn:aws:s3:::b/k\"}", "\"resource\":\"arn:aws:s3:::b/k\",\"context\":{\"aws:SecureTransport\":\"true\"}}", StringComparison.Ordinal) + "\n");
        try
        {
            var (exit, output, _) = Run("iam", "eval", "--jsonl", path, "--explain");

            exit.ShouldBe(0);
            output.ShouldContain("\"decision\":\"Allow\"");
            output.ShouldContain("\"policy\":\"identityPolicies[0]\"");
            output.ShouldContain("\"sid\":\"Get\"");
            output.ShouldContain("\"operator\":\"Bool\",\"key\":\"aws:SecureTransport\",\"result\":true");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_LinesAcrossReadsAndLongerThanOneRead_AnsweredInOrder()
    {
        // The command reads 256 KiB at a time: cases straddle reads, and one case is longer than a read.
        var padding = new string('x', 300_000);
        var ids = Enumerable.Range(0, 40).Select(i => $"c{i}").ToArray();
        var lines = ids.Select((id, i) => Allow.Replace("\"a1\"", $"\"{id}\",\"padding\":\"{(i % 7 == 3 ? padding : padding[..(i * 2_000)])}\"", StringComparison.Ordinal));
        var path = TempFile(string.Join("\r\n", lines));
        try
        {
            var (exit, output, _) = Run("iam", "eval", "--jsonl", path);

            exit.ShouldBe(0);
            output.TrimEnd('\n').Split('\n').ShouldBe(ids.Select(id => $$"""{"id":"{{id}}","decision":"ImplicitDeny"}"""));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_ThousandsOfCases_AllAnsweredInOrderWithBlankLinesSkipped()
    {
        var ids = Enumerable.Range(0, 4_100).Select(i => $"s{i}").ToArray();
        var path = TempFile(string.Join("\n\n", ids.Select(id => Allow.Replace("\"a1\"", $"\"{id}\"", StringComparison.Ordinal))) + "\nnot json\n");
        try
        {
            var (exit, output, _) = Run("iam", "eval", "--jsonl", path);

            exit.ShouldBe(2);
            var lines = output.TrimEnd('\n').Split('\n');
            lines[..^1].ShouldBe(ids.Select(id => $$"""{"id":"{{id}}","decision":"ImplicitDeny"}"""));
            lines[^1].ShouldStartWith("""{"id":null,"error":"invalid json""");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_InvalidCaseAfterManyLines_ErrorNamesItsLine()
    {
        var path = TempFile(string.Concat(Enumerable.Repeat(Allow + "\n", 300)) + "\n" + Allow.Replace("\"Bool\"", "\"Boolean\"", StringComparison.Ordinal) + "\n");
        try
        {
            var (exit, output, _) = Run("iam", "eval", "--jsonl", path);

            exit.ShouldBe(2);
            output.TrimEnd('\n').Split('\n')[^1].ShouldStartWith("""{"id":"a1","error":"302:""");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Eval_MissingFile_Exit2()
    {
        var (exit, _, error) = Run("iam", "eval", "--jsonl", "/nonexistent/cases.jsonl");

        exit.ShouldBe(2);
        error.ShouldContain("cannot read");
    }

    [Fact]
    public void Simulate_AllowedRequest_ExplainsAndExits0()
    {
        var (exit, output, _) = Run(
            "iam", "simulate", "--principal", "arn:aws:iam::111122223333:user/alice", "--action", "s3:GetObject",
            "--resource", "arn:aws:s3:::data/alice/x", "--context", "aws:username=alice",
            "--policy", """{"Version":"2012-10-17","Statement":{"Sid":"Home","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::data/${aws:username}/*"}}""");

        exit.ShouldBe(0);
        output.ShouldContain("decision: Allow");
        output.ShouldContain("identityPolicies[0] statement `Home`");
    }

    [Fact]
    public void Simulate_ScpDeny_Exits1AndNamesTheScp()
    {
        var (exit, output, _) = Run(
            "iam", "simulate", "--principal", "arn:aws:sts::111122223333:assumed-role/dev/carol", "--action", "ec2:RunInstances",
            "--context", "aws:RequestedRegion=eu-west-1", "--context", "aws:TagKeys=[team,env]",
            "--policy", """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}""",
            "--scp-level", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"ec2:*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}}]}""");

        exit.ShouldBe(1);
        output.ShouldContain("decision: ExplicitDeny");
        output.ShouldContain("scps[0][0] statement #1");
    }

    [Fact]
    public void Simulate_InvalidPolicy_Exit2WithLocation()
    {
        var (exit, _, error) = Run("iam", "simulate", "--principal", "arn:aws:iam::111122223333:user/alice", "--action", "s3:GetObject", "--policy", """{"Statement":{"Effect":"Allow","Resource":"*"}}""");

        exit.ShouldBe(2);
        error.ShouldContain("Policy statement must contain actions.");
    }
}
