namespace Rampart.Iam.Reference;

/// <summary>The kinds of caller a case may describe (the eval format's <c>request.principal</c>).</summary>
internal enum CallerKind
{
    User,
    RoleSession,
    FederatedUser,
}
