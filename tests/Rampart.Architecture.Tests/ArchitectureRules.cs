using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Rampart.Architecture.Tests;

/// <summary>
/// Reads an assembly's metadata (what it references, not what it says) and lists the rules it breaks:
/// the project graph for every Rampart assembly, and for engines no SDK, no adapter assemblies,
/// no network, processes, files, environment or wall clock.
/// </summary>
public static class ArchitectureRules
{
    private static readonly string[] ForbiddenAssemblyPrefixes = ["AWSSDK", "Rampart.Aws", "Rampart.Git", "Rampart.Cli", "Rampart.Sandbox"];

    private static readonly string[] ForbiddenNamespaces = ["System.Net.Http"];

    private static readonly string[] ForbiddenTypes =
    [
        "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
        "System.Net.Sockets.Socket", "System.Net.Sockets.TcpClient", "System.Net.Sockets.TcpListener", "System.Net.Sockets.UdpClient",
        "System.Net.Sockets.NetworkStream",
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.FileSystemInfo",
        "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.FileSystemWatcher", "System.IO.StreamReader",
        "System.IO.StreamWriter", "System.Net.WebClient", "System.Net.WebRequest",
    ];

    private static readonly string[] ForbiddenMembers =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "System.Environment.get_TickCount", "System.Environment.get_TickCount64",
    ];

    // System.Environment is allowed only for what the compiler itself emits (iterators read
    // CurrentManagedThreadId) and constants such as NewLine; what reads the machine is not.
    private static readonly string[] EnvironmentReads =
    [
        "GetEnvironmentVariable", "GetEnvironmentVariables", "SetEnvironmentVariable", "ExpandEnvironmentVariables",
        "get_CurrentDirectory", "set_CurrentDirectory", "GetCommandLineArgs", "get_CommandLine", "GetFolderPath",
        "get_MachineName", "get_UserName", "get_UserDomainName", "get_ProcessId", "get_ProcessPath", "Exit", "FailFast",
    ];

    /// <summary>Every violation in the assembly at <paramref name="path"/>, judged as <paramref name="role"/>.</summary>
    public static IReadOnlyList<Violation> Check(string path, string role)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var name = ProjectName(md.GetString(md.GetAssemblyDefinition().Name));
        var violations = new List<Violation>();
        var references = md.AssemblyReferences.Select(h => ProjectName(md.GetString(md.GetAssemblyReference(h).Name))).ToList();

        if (Layers.AllowedReferences.TryGetValue(role, out var allowed) && !allowed.Contains("*"))
        {
            violations.AddRange(references
                .Where(r => r.StartsWith("Rampart.", StringComparison.Ordinal) && !allowed.Contains(r))
                .Select(r => new Violation(name, "project graph", $"references `{r}`")));
        }

        if (!Layers.Engines.Contains(role))
        {
            return violations;
        }

        violations.AddRange(references
            .Where(r => ForbiddenAssemblyPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal)))
            .Select(r => new Violation(name, "engine references an adapter or SDK assembly", $"`{r}`")));

        foreach (var handle in md.TypeReferences)
        {
            var type = FullName(md, handle);
            if (ForbiddenTypes.Contains(type) || ForbiddenNamespaces.Any(ns => type.StartsWith(ns + ".", StringComparison.Ordinal)))
            {
                violations.Add(new Violation(name, "engine does I/O", $"uses `{type}`"));
            }
        }

        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = FullName(md, (TypeReferenceHandle)member.Parent);
            var fullName = $"{type}.{md.GetString(member.Name)}";
            if (ForbiddenMembers.Contains(fullName))
            {
                violations.Add(new Violation(name, "engine reads the clock", $"calls `{fullName}`"));
            }
            else if (type == "System.Environment" && EnvironmentReads.Contains(md.GetString(member.Name)))
            {
                violations.Add(new Violation(name, "engine reads the environment", $"calls `{fullName}`"));
            }
        }

        return violations;
    }

    /// <summary>The project an assembly comes from: the CLI host's assembly is named after its command.</summary>
    public static string ProjectName(string assemblyName) => assemblyName == "rampart" ? "Rampart.Cli" : assemblyName;

    private static string FullName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? md.GetString(type.Name) : $"{ns}.{md.GetString(type.Name)}";
    }
}
