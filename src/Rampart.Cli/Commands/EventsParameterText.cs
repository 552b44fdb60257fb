namespace Rampart.Cli.Commands;

/// <summary>An AWS CLI-style parameter: inline text, or <c>file://PATH</c> read as UTF-8.</summary>
internal static class ParameterText
{
    private const string FilePrefix = "file://";

    public static bool TryRead(string option, string argument, out string text, out string problem)
    {
        problem = string.Empty;
        if (!argument.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            text = argument;
            return true;
        }

        var path = argument[FilePrefix.Length..];
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            text = string.Empty;
            problem = $"Error parsing parameter '{option}': Unable to load paramfile {argument}: {e.Message}";
            return false;
        }
    }
}
