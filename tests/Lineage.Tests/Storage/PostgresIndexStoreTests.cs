using Npgsql;

namespace Lineage.Tests.Storage;

/// <summary>
/// The store contract on a real PostgreSQL server, each test in a schema of its own. The server
/// comes from LINEAGE_TEST_POSTGRES (scripts/postgres.sh starts a throwaway one for
/// scripts/test.sh). Without it these tests fail, saying so, unless LINEAGE_SKIP_POSTGRES=1.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresIndexStoreTests : IndexStoreTests
{
    public const string Variable = "LINEAGE_TEST_POSTGRES";
    private readonly List<string> schemas = [];

    private static string Server =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a PostgreSQL server. Run them with scripts/test.sh, which starts one " +
                "(scripts/postgres.sh), or set LINEAGE_SKIP_POSTGRES=1 to leave them out on purpose.");

    protected override string NewLocation()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        command.ExecuteNonQuery();
        schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ToString();
    }

    protected override void SetSchemaVersion(string location, int version)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var command = new NpgsqlCommand($"UPDATE lineage_meta SET value = '{version}' WHERE key = 'schema_version'", connection);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    protected override object? Scalar(string location, string sql)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    protected override void Execute(string location, string sql)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        if (schemas.Count > 0)
        {
            using var connection = new NpgsqlConnection(Server);
            connection.Open();
            foreach (var schema in schemas)
            {
                using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
                command.ExecuteNonQuery();
            }
        }
        base.Dispose();
    }

    [Fact]
    public void Refuses_a_schema_holding_other_tables()
    {
        var location = NewLocation();
        using (var connection = new NpgsqlConnection(location))
        {
            connection.Open();
            using var command = new NpgsqlCommand("CREATE TABLE customers(id int PRIMARY KEY)", connection);
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<Lineage.Storage.StoreException>(() => StoreFixture.Open(location));
        Assert.Contains("is not a Lineage store", error.Message);
    }
}
