using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Which proxies may say who the client is (<c>Security:TrustedProxies</c>: addresses or CIDR networks, as a list or
/// comma-separated). Only a connection from one of them has its <c>X-Forwarded-For</c> believed, so a client elsewhere
/// cannot pick its own address and slip past the per-address rate limits.
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Security:TrustedProxies";

    /// <summary>Loopback only: a proxy on the same machine.</summary>
    public static readonly string[] Default = ["127.0.0.1/8", "::1"];

    public static ForwardedHeadersOptions ForwardedHeaders(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var entry in Entries(configuration))
            if (TryParse(entry, out var network)) options.KnownIPNetworks.Add(network);
        return options;
    }

    /// <summary>One message per entry that is not an address or a network, naming the setting.</summary>
    public static IEnumerable<string> Errors(IConfiguration configuration) =>
        Entries(configuration).Where(e => !TryParse(e, out _)).Select(e =>
            $"{Setting}: '{e}' er ikke en IP-adresse eller et nettverk (10.0.0.0/8) / is not an IP address or a network (10.0.0.0/8).");

    private static List<string> Entries(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Setting);
        var values = section.Value is { } text ? [text] : section.GetChildren().Select(c => c.Value ?? "").ToList();
        var entries = values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return section.Exists() ? entries : [.. Default];
    }

    /// <summary>"10.1.2.3", "10.0.0.0/8" or "127.0.0.1/8" (host bits are ignored, as most proxy settings allow them).</summary>
    public static bool TryParse(string text, out IPNetwork network)
    {
        network = default;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length > 2 || !IPAddress.TryParse(parts[0], out var address) || parts[0].Contains('%', StringComparison.Ordinal)) return false;
        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = bits;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bits)) return false;
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - i * 8, 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        network = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }
}
