namespace Rampart.Testing;

/// <summary>
/// Approval testing without Verify: compares text with a committed <c>NAME.approved.txt</c> beside
/// the test's source. On a difference it writes <c>NAME.received.txt</c> next to it and fails; copy
/// received over approved to accept. A missing approved file fails the test as well.
/// </summary>
public static class ApprovedFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the approved text of <paramref name="name"/>.</summary>
    public static void Verify(string actual, string name, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        var approvedPath = Path.Combine(folder, "Approved", $"{name}.approved.txt");
        var receivedPath = Path.Combine(folder, "Approved", $"{name}.received.txt");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, normalized);
        normalized.ShouldBe(approved, $"approved file `{approvedPath}` differs; received text written to `{receivedPath}`");
    }
}
