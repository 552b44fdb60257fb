namespace Rampart.Iam.Authorization;

/// <summary>
/// What the <see cref="Authorizer"/> decided and why: the decision, a one-line reason, and (when
/// explanations were asked for) the statements that decided it with per-condition results.
/// </summary>
/// <param name="Decision">The decision.</param>
/// <param name="Reason">Why, in one line.</param>
/// <param name="Statements">The deciding statements (empty unless explained).</param>
public sealed record AuthorizationResult(Decision Decision, string Reason, IReadOnlyList<DecidingStatement> Statements);
