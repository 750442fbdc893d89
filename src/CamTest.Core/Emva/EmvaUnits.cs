using CamTest.Core.Results;

namespace CamTest.Core.Emva;

/// <summary>
/// EMVA 1288 calls the grey value DN where CamTest says ADU: the emva section writes its units the standard's way
/// ("DN/e-", "DN^2"). Only the name changes; the unit reads back as the same ADU-based unit. The EMVA declarations
/// (<see cref="EmvaFigures"/>) state their units so, and the mapper writes each figure through its declaration, which
/// spells it as declared.
/// </summary>
public static class EmvaUnits
{
    /// <summary>The unit as the standard writes it: ADU named DN.</summary>
    public static Unit Dn(Unit unit) => unit.Named(unit.Symbol.Replace("ADU", "DN", StringComparison.Ordinal));
}
