namespace Rampart.Iam.Sts.Flows;

/// <summary>How one step of a session flow went: what happened, and whether it is what the case expects.</summary>
/// <param name="Case">The case's name.</param>
/// <param name="Step">The step's index in the case (0-based).</param>
/// <param name="Passed">True when every expected field matched.</param>
/// <param name="Actual">What the step produced, in one line.</param>
/// <param name="Mismatch">What differed from the expectation, or null.</param>
public sealed record FlowStepOutcome(string Case, int Step, bool Passed, string Actual, string? Mismatch);
