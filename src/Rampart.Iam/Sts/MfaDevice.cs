namespace Rampart.Iam.Sts;

/// <summary>A virtual MFA device: its serial number (an ARN) and its TOTP seed.</summary>
public sealed record MfaDevice(string SerialNumber, byte[] Seed);
