using Rampart.Iam.Conditions;
using Rampart.Iam.Policies;

namespace Rampart.Iam.Authorization;

/// <summary>A statement that applied to the request, with how it matched and its per-condition results.</summary>
/// <param name="Ref">Which statement.</param>
/// <param name="Effect">Its effect.</param>
/// <param name="Principal">How its principal element covered the caller (resource-side policies), else null.</param>
/// <param name="Conditions">Each condition clause's result.</param>
public sealed record DecidingStatement(StatementRef Ref, Effect Effect, PrincipalMatch? Principal, IReadOnlyList<ConditionOutcome> Conditions);
