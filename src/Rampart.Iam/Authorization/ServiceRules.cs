using Rampart.Iam.Requests;

namespace Rampart.Iam.Authorization;

/// <summary>
/// The few places where a service departs from the general evaluation logic, each from AWS's
/// documentation of that service.
/// </summary>
public static class ServiceRules
{
    /// <summary>
    /// <c>sts:GetCallerIdentity</c> needs no permission and cannot be denied (STS API reference:
    /// "No permissions are required to perform this operation").
    /// </summary>
    public static bool IsAlwaysAllowed(AuthorizationRequest request) =>
        request.ActionLower == "sts:getcalleridentity";

    /// <summary>
    /// True when the resource's own policy must allow the request even within one account:
    /// KMS keys (a key policy must allow, directly or by enabling IAM policies through the account
    /// principal; KMS developer guide, "Key policies") and IAM roles being assumed or tagged (the
    /// trust policy must allow; IAM user guide, "Granting a user permissions to switch roles").
    /// </summary>
    public static bool RequiresResourcePolicy(AuthorizationRequest request)
    {
        var resource = request.ResourceArn;
        if (!resource.IsArn)
        {
            return false;
        }

        var service = resource.Component(2);
        var part = resource.Component(5);
        if (service.SequenceEqual("kms") && part.StartsWith("key/"))
        {
            return true;
        }

        return service.SequenceEqual("iam") && part.StartsWith("role/") && IsRoleTrustAction(request.ActionLower);
    }

    /// <summary>True for the actions a role trust policy governs.</summary>
    public static bool IsRoleTrustAction(string actionLower) => actionLower is
        "sts:assumerole" or "sts:assumerolewithsaml" or "sts:assumerolewithwebidentity"
        or "sts:tagsession" or "sts:setsourceidentity" or "sts:setcontext";
}
