namespace Rampart.Iam.Reference;

/// <summary>
/// The reference <c>ArnLike</c>/<c>ArnEquals</c>: "each of the six colon-delimited components of the
/// ARN is checked separately and each can include multi-character match wildcards (*) or
/// single-character match wildcards (?)" (IAM User Guide › Condition operators › Amazon Resource Name
/// (ARN) condition operators), with the segment rules of the <c>Resource</c> element
/// (<see cref="ResourcePattern.IsSegmentMatch"/>: a segment-final <c>*</c> may match past colons, so
/// <c>*</c> alone matches every ARN). The documentation does not say how a context value that is not an
/// ARN compares; Rampart's convention is a plain case-sensitive glob over the whole text.
/// </summary>
internal static class ArnPattern
{
    public static bool IsMatch(IReadOnlyList<PatternChar> pattern, string value) =>
        value.Split(':', 6) is ["arn", _, _, _, _, _]
            ? ResourcePattern.IsSegmentMatch(pattern, value)
            : Glob.IsMatch(pattern, value, ignoreCase: false);
}
