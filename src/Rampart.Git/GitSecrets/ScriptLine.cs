namespace Rampart.Git.GitSecrets;

/// <summary>The lines of git-secrets 1.3.0's script that capture a search's output with <c>$(…)</c> (bash names them in its warnings).</summary>
public enum ScriptLine
{
    /// <summary><c>output=$(git_grep $options "${files[@]}")</c> in <c>scan</c>.</summary>
    GitGrep = 90,

    /// <summary><c>output=$(regular_grep "${files[@]}")</c> in <c>scan</c>.</summary>
    RegularGrep = 92,

    /// <summary><c>output=$(GREP_OPTIONS= LC_ALL=C git grep -nwHEI …)</c> in <c>scan_history</c>.</summary>
    ScanHistory = 105,
}
