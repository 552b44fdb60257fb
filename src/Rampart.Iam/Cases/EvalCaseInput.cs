using Rampart.Iam.Authorization;
using Rampart.Iam.Requests;

namespace Rampart.Iam.Cases;

/// <summary>A case read and validated: its id, the request and the policies that apply.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Request">The request.</param>
/// <param name="Policies">Every policy of the case, parsed.</param>
public sealed record EvalCaseInput(string Id, AuthorizationRequest Request, PolicySet Policies);
