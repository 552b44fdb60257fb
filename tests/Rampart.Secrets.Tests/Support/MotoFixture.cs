namespace Rampart.Secrets.Tests.Support;

/// <summary>One moto server shared by the tests of a class, stopped when they are done.</summary>
public sealed class MotoFixture : IDisposable
{
    public MotoServer Server { get; } = MotoServer.Start();

    public void Dispose() => Server.Dispose();
}
