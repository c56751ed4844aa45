namespace Cost.Silos.Store;

/// <summary>The bytes of a file handed in with a credit statement or repair application, under their SHA-256 (hex).</summary>
public sealed record AttachmentContent(string Sha256, string ContentType, byte[] Content);
