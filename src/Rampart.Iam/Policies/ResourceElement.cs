using Rampart.Iam.Requests;

namespace Rampart.Iam.Policies;

/// <summary>
/// A statement's <c>Resource</c> or <c>NotResource</c>: ARN patterns, possibly with policy
/// variables. A request for <c>*</c> matches only the pattern <c>*</c>.
/// </summary>
public sealed class ResourceElement
{
    private const int BufferSize = 512;
    private readonly bool _any;

    /// <summary>The patterns as an array, so matching indexes it directly (not through the interface).</summary>
    private readonly PolicyString[] _patterns;

    /// <summary>Creates the element.</summary>
    public ResourceElement(bool isNot, IReadOnlyList<PolicyString> patterns, IReadOnlyList<ElementLocation> locations, ElementLocation location)
    {
        IsNot = isNot;
        Patterns = patterns;
        Locations = locations;
        Location = location;
        _patterns = patterns as PolicyString[] ?? [.. patterns];
        foreach (var pattern in _patterns)
        {
            _any |= !pattern.HasVariables && pattern.Text == "*";
        }
    }

    /// <summary>True for <c>NotResource</c>.</summary>
    public bool IsNot { get; }

    /// <summary>The patterns.</summary>
    public IReadOnlyList<PolicyString> Patterns { get; }

    /// <summary>Where each pattern is.</summary>
    public IReadOnlyList<ElementLocation> Locations { get; }

    /// <summary>Where the element is.</summary>
    public ElementLocation Location { get; }

    /// <summary>True when the statement applies to the request's resource.</summary>
    public bool Applies(AuthorizationRequest request) => IsNot ? !AnyMatches(request) : AnyMatches(request);

    private bool AnyMatches(AuthorizationRequest request)
    {
        if (_any)
        {
            return true;
        }

        var resource = request.ResourceArn;
        Span<char> text = stackalloc char[BufferSize];
        Span<bool> flags = stackalloc bool[BufferSize];
        foreach (var pattern in _patterns)
        {
            if (!pattern.HasVariables)
            {
                if (ArnPattern.IsResourceMatch(pattern.Text, null, resource))
                {
                    return true;
                }

                continue;
            }

            var length = pattern.Resolve(request.Context, text, flags, out var flagged);
            if (length == -2 && pattern.TryResolve(request.Context, out var resolved, out var literal))
            {
                if (ArnPattern.IsResourceMatch(resolved, literal, resource))
                {
                    return true;
                }
            }
            else if (length >= 0 && ArnPattern.IsResourceMatch(text[..length], flagged ? flags[..length] : default, resource))
            {
                return true;
            }
        }

        return false;
    }
}
