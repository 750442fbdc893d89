using System.Diagnostics.CodeAnalysis;
using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// EMVA 1288 calls the grey value DN where CamTest says ADU: the emva section writes its units the standard's way
/// ("DN/e-", "DN^2"). Only the name changes; the unit reads back as the same ADU-based unit.
/// </summary>
public static class EmvaUnits
{
    /// <summary>The unit as the standard writes it: ADU named DN.</summary>
    public static Unit Dn(Unit unit) => unit.Named(unit.Symbol.Replace("ADU", "DN", StringComparison.Ordinal));

    [return: NotNullIfNotNull(nameof(q))]
    public static Quantity? Dn(Quantity? q) =>
        q is null ? null : q with { Unit = Dn(q.Unit) };
}
