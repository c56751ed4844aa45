using System.Data.Common;

namespace Cost.Silos.Hosting;

/// <summary>
/// A connection of its holder's own with one statement prepared on it once (parsed and planned once, executed many
/// times with new parameter values): for work repeated thousands of times a second, where a pooled open, a parse and a
/// plan per call would cost more than the statement.
/// </summary>
public sealed class PreparedStatement : IAsyncDisposable
{
    private PreparedStatement(DbConnection connection, DbCommand command) => (Connection, Command) = (connection, command);

    public DbConnection Connection { get; }

    /// <summary>The statement; its parameters in the order given, to be set by index.</summary>
    public DbCommand Command { get; }

    /// <summary>Opens a connection and prepares <paramref name="sql"/> on it; each parameter's sample value gives its type.</summary>
    public static async Task<PreparedStatement> OpenAsync(CostDatabase database, string sql, IReadOnlyList<(string Name, object Sample)> parameters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            foreach (var (name, sample) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = sample;
                command.Parameters.Add(parameter);
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            return new PreparedStatement(connection, command);
        }
        catch
        {
            await command.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Command.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
