using System.Data.Common;
using System.Globalization;

namespace CamTest.History.Storage;

/// <summary>Small ADO.NET helpers: one command with @name parameters (null written as SQL NULL), run one way.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row converted to <typeparamref name="T"/>, or default when there is no row or it is NULL.</summary>
    public static T? Scalar<T>(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(connection, transaction, sql, parameters);
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    public static double? Double(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : Convert.ToDouble(reader.GetValue(column), CultureInfo.InvariantCulture);

    public static long Long(DbDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
