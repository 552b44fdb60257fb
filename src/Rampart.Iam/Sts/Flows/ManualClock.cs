namespace Rampart.Iam.Sts.Flows;

/// <summary>A clock that moves only when told: the time of a session flow.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now;

    /// <summary>Starts at <paramref name="start"/>.</summary>
    public ManualClock(DateTimeOffset start) => _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => _now += by;
}
