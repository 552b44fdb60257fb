using System.Xml;

namespace Rampart.Secrets.Reports;

/// <summary>
/// The JUnit XML report, for CI systems that show test results: one test suite, one failing test
/// case per finding (class name = path, name = rule and position), or one passing case when nothing
/// was found.
/// </summary>
public static class JunitReport
{
    private const string Suite = "rampart secrets scan";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(ScanReport report, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" };
        var tests = Math.Max(report.Findings.Count, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var failures = report.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Suite);
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Suite);
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            if (report.Findings.Count == 0)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", Suite);
                xml.WriteAttributeString("name", report.Summary);
                xml.WriteEndElement();
            }

            foreach (var finding in report.Findings)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", finding.Path);
                xml.WriteAttributeString("name", $"{finding.Rule.Id} at {finding.Line}:{finding.Column}");
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", finding.Rule.Id);
                xml.WriteAttributeString("message", $"{finding.Rule.Description}: {report.Show(finding)}");
                var commit = finding.Commit is null ? string.Empty : $"\ncommit {finding.Commit} by {finding.Author} on {finding.Date}";
                xml.WriteString($"{finding.Path}:{finding.Line}:{finding.Column}: {finding.Rule.Id}: {report.Show(finding)}{commit}\nfingerprint {finding.Fingerprint}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        output.WriteLine();
    }
}
