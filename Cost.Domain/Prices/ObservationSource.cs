namespace Cost.Domain.Prices;

/// <summary>Where an observation came from: who uploaded which file (SHA-256) and its row as the spreadsheet shows it.</summary>
public sealed record ObservationSource(string UploadedBy, string FileName, string FileSha256, int Row);
