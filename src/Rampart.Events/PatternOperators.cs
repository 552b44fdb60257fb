namespace Rampart.Events;

/// <summary>
/// The catalog of pattern operators as AWS names them, each with a summary and its own example:
/// a pattern, an event it matches and an event it does not (a test checks every example).
/// </summary>
public static class PatternOperators
{
    /// <summary>Every operator, in the order of the AWS user guide's table.</summary>
    public static IReadOnlyList<PatternOperator> All { get; } =
    [
        new("exact", "a string, number, true, false or null in the value list: that value (numbers by value, IP literals by address)",
            """{"source":["aws.ec2"]}""", """{"source":"aws.ec2"}""", """{"source":"aws.EC2"}"""),
        new("exactly", "the string as written, never read as an IP address",
            """{"a":[{"exactly":"10.0.0.1"}]}""", """{"a":"10.0.0.1"}""", """{"a":"10.0.0.01"}"""),
        new("prefix", "strings starting with the operand; {\"equals-ignore-case\": …} ignores case",
            """{"region":[{"prefix":{"equals-ignore-case":"US-"}}]}""", """{"region":"us-east-1"}""", """{"region":"eu-west-1"}"""),
        new("suffix", "strings ending with the operand; {\"equals-ignore-case\": …} ignores case",
            """{"FileName":[{"suffix":".png"}]}""", """{"FileName":"a.png"}""", """{"FileName":"a.PNG"}"""),
        new("equals-ignore-case", "strings equal to the operand ignoring case",
            """{"name":[{"equals-ignore-case":"alice"}]}""", """{"name":"ALICE"}""", """{"name":"alicia"}"""),
        new("wildcard", "strings matching the operand, * any run, \\* a star, \\\\ a backslash",
            """{"path":[{"wildcard":"*/lib/*.so"}]}""", """{"path":"/usr/lib/x.so"}""", """{"path":"/usr/bin/x"}"""),
        new("anything-but", "any value except the listed strings or numbers, or those an equals-ignore-case, prefix, suffix or wildcard operand selects; a missing field does not match",
            """{"state":[{"anything-but":{"prefix":"init"}}]}""", """{"state":"running"}""", """{"state":"initializing"}"""),
        new("numeric", "numbers in a range: =, <, <=, >, >= and a lower bound followed by an upper bound",
            """{"count":[{"numeric":[">",0,"<=",5]}]}""", """{"count":5.0}""", """{"count":0}"""),
        new("cidr", "strings that are IPv4 or IPv6 addresses in the range",
            """{"ip":[{"cidr":"10.0.0.0/24"}]}""", """{"ip":"10.0.0.255"}""", """{"ip":"10.0.1.0"}"""),
        new("exists", "true: the field has a value (null counts); false: it has none",
            """{"detail":{"errorCode":[{"exists":false}]}}""", """{"detail":{"eventName":"StopLogging"}}""", """{"detail":{"errorCode":null}}"""),
        new("$or", "alternatives: the pattern matches when any object in the list does",
            """{"$or":[{"source":["aws.s3"]},{"detail":{"eventName":["StopLogging"]}}]}""", """{"detail":{"eventName":"StopLogging"}}""", """{"source":"aws.ec2"}"""),
    ];
}

/// <summary>One catalog entry: the operator's name, what it does and its example.</summary>
public sealed record PatternOperator(string Name, string Summary, string ExamplePattern, string MatchingEvent, string NonMatchingEvent);
