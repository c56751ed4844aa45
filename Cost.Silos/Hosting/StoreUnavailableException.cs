namespace Cost.Silos.Hosting;

/// <summary>
/// The store cannot be reached (the database is down, restarting or out of connections). Nothing
/// was written; the web layer answers 503 with the message, and the same request works again once
/// the database is back. Serializable, so it crosses from a silo to the web front unchanged.
/// </summary>
[GenerateSerializer, Alias("Cost.StoreUnavailable")]
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message) : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
