namespace Cost.Silos.Store;

/// <summary>
/// Another writer changed the row first (optimistic concurrency on row_version), or a row that must
/// be new already exists. The caller reloads and tells the user; nothing was written.
/// </summary>
public sealed class StoreConflictException : Exception
{
    public StoreConflictException()
    {
    }

    public StoreConflictException(string message) : base(message)
    {
    }

    public StoreConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
