using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cost.Web.Exchange;

/// <summary>An opaque cursor over the exchange event sequence: base64url of "e:{seq}".</summary>
public static class EventCursor
{
    public static string Write(long seq) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"e:{seq}")));

    public static bool TryRead(string? text, out long seq)
    {
        seq = 0;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var decoded = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text));
            return decoded.StartsWith("e:", StringComparison.Ordinal)
                && long.TryParse(decoded.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out seq);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
