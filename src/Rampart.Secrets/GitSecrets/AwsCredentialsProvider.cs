using System.Text;

namespace Rampart.Secrets.GitSecrets;

/// <summary>
/// <c>--aws-provider</c>: for each line of a credentials file that mentions
/// <c>aws_access_key_id</c> or <c>aws_secret_access_key</c>, the text between the first and second
/// <c>=</c>, without spaces or double quotes, with regex specials escaped (awk, tr and sed in the script).
/// </summary>
public static class AwsCredentialsProvider
{
    /// <summary>The provider's output for a file's text (bytes as Latin-1 chars).</summary>
    public static string Patterns(string credentials)
    {
        var output = new StringBuilder();
        var lines = credentials.Split('\n');
        var count = credentials.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            if (!line.Contains("aws_access_key_id", StringComparison.Ordinal) && !line.Contains("aws_secret_access_key", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('=');
            var value = fields.Length > 1 ? fields[1] : "";
            value = value.Replace(" ", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
            output.Append(GitSecretsText.Escape(value, "]\\.|$(){}?+*^")).Append('\n');
        }

        return output.ToString();
    }
}
