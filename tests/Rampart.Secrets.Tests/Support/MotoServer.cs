using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rampart.Secrets.Tests.Support;

/// <summary>
/// <c>python3 -m moto.server</c> on a free loopback port with authentication on from the first
/// request (<c>INITIAL_NO_AUTH_ACTION_COUNT=0</c>), stopped on dispose. The AWS CLI is the second,
/// independent client that creates IAM users and keys in it.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private readonly Process _process;

    private MotoServer(Process process, string endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public static MotoServer Start()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-m", "moto.server", "-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = "0";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MotoServer(process, $"http://127.0.0.1:{port}");
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"moto did not start on port {port}");
    }

    /// <summary>Creates an IAM user and an access key for it with the AWS CLI; the key pair moto issued.</summary>
    public (string AccessKeyId, string SecretAccessKey) CreateAccessKey(string userName)
    {
        // Authentication is on from the first request, and no key exists yet: let exactly the two
        // bootstrap calls through unauthenticated, then authentication applies again.
        using (var http = new HttpClient())
        {
            http.PostAsync($"{Endpoint}/moto-api/reset-auth", new StringContent("2")).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        }

        Aws("iam", "create-user", "--user-name", userName);
        var json = Aws("iam", "create-access-key", "--user-name", userName);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var key = document.RootElement.GetProperty("AccessKey");
        return (key.GetProperty("AccessKeyId").GetString()!, key.GetProperty("SecretAccessKey").GetString()!);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private string Aws(params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--endpoint-url", Endpoint, "--region", "us-east-1", "--output", "json" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "bootstrap";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "bootstrap";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"aws {string.Join(' ', arguments)} failed: {error}");
    }
}
