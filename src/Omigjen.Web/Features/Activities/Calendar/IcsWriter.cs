using System.Buffers;
using System.Globalization;
using System.Text;

namespace Omigjen.Web.Features.Activities.Calendar;

/// <summary>
/// Writes iCalendar text (RFC 5545) as UTF-8: content lines end in CRLF and are folded so that no line is longer than
/// 75 octets (a continuation starts with a space and never splits a character); TEXT values escape backslash,
/// semicolon, comma and new lines.
/// </summary>
public sealed class IcsWriter(IBufferWriter<byte> output)
{
    private const int MaxOctets = 75;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private readonly StringBuilder _line = new(256);
    private byte[] _bytes = new byte[1024];

    /// <summary>A line with a TEXT value, escaped.</summary>
    public void Text(string name, string? value)
    {
        _line.Clear().Append(name).Append(':');
        foreach (var c in value ?? "")
        {
            switch (c)
            {
                case '\\': _line.Append("\\\\"); break;
                case ';': _line.Append("\\;"); break;
                case ',': _line.Append("\\,"); break;
                case '\n': _line.Append("\\n"); break;
                case '\r': break;
                default: _line.Append(char.IsControl(c) && c != '\t' ? ' ' : c); break;
            }
        }
        Flush();
    }

    /// <summary>A line whose value is written as given (dates, numbers, URIs, fixed words).</summary>
    public void Raw(string nameAndValue)
    {
        _line.Clear().Append(nameAndValue);
        Flush();
    }

    /// <summary>A UTC date-time: <c>NAME:20270114T160000Z</c>.</summary>
    public void Utc(string name, DateTime utc)
    {
        _line.Clear().Append(name).Append(':');
        Stamp(utc).Append('Z');
        Flush();
    }

    /// <summary>A local date-time in a zone: <c>NAME;TZID=Europe/Oslo:20270114T170000</c>.</summary>
    public void Local(string name, string tzid, DateTime local)
    {
        _line.Clear().Append(name).Append(";TZID=").Append(tzid).Append(':');
        Stamp(local);
        Flush();
    }

    private StringBuilder Stamp(DateTime t) => _line
        .Append(t.Year.ToString("D4", CultureInfo.InvariantCulture)).Append(t.Month.ToString("D2", CultureInfo.InvariantCulture))
        .Append(t.Day.ToString("D2", CultureInfo.InvariantCulture)).Append('T')
        .Append(t.Hour.ToString("D2", CultureInfo.InvariantCulture)).Append(t.Minute.ToString("D2", CultureInfo.InvariantCulture))
        .Append(t.Second.ToString("D2", CultureInfo.InvariantCulture));

    private void Flush()
    {
        var max = Utf8.GetMaxByteCount(_line.Length);
        if (_bytes.Length < max) _bytes = new byte[Math.Max(max, _bytes.Length * 2)];
        var length = 0;
        foreach (var chunk in _line.GetChunks()) length += Utf8.GetBytes(chunk.Span, _bytes.AsSpan(length));
        var bytes = _bytes.AsSpan(0, length);
        var limit = MaxOctets;
        while (bytes.Length > limit)
        {
            var cut = limit;
            while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--; // not inside a character
            Write(bytes[..cut]);
            Write("\r\n "u8);
            bytes = bytes[cut..];
            limit = MaxOctets - 1;
        }
        Write(bytes);
        Write("\r\n"u8);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        var span = output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        output.Advance(bytes.Length);
    }
}
