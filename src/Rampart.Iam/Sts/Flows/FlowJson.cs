using System.Text.Json.Serialization;

namespace Rampart.Iam.Sts.Flows;

/// <summary>Source-generated JSON for flow outcomes (trimming- and NativeAOT-safe).</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSourceGenerationOptions(WriteIndented = false)]
public sealed partial class FlowJson : JsonSerializerContext;
