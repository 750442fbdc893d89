namespace CamTest.IO.Tests;

public sealed class IsoTimestampTests
{
    [Theory]
    [InlineData("2026-03-15", "2026-03-15T00:00:00Z")]
    [InlineData("2026-03-15T10:04", "2026-03-15T10:04:00Z")]
    [InlineData("2026-03-15T10:04:05.25+01:00", "2026-03-15T09:04:05.25Z")]
    [InlineData("2016-04-19 13:47:03.187 -0700", "2016-04-19T20:47:03.187Z")] // Micro-Manager StartTime
    [InlineData("2023-01-05T12:34:56.789", "2023-01-05T12:34:56.789Z")] // FITS DATE-OBS: UTC by convention
    [InlineData(" 2026-03-15T10:04:05Z ", "2026-03-15T10:04:05Z")]
    [InlineData("2026-03-15T10:04:05.123456789Z", "2026-03-15T10:04:05.1234567Z")] // beyond 100 ns dropped
    public void Reads_the_forms_sessions_and_metadata_write_and_formats_them_in_utc(string text, string canonical)
    {
        DateTimeOffset? t = IsoTimestamp.TryParse(text);

        Assert.NotNull(t);
        Assert.Equal(canonical, IsoTimestamp.Format(t.Value));
        Assert.Equal(t, IsoTimestamp.TryParse(canonical)); // the canonical text reads back to the same instant
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15/03/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-15T25:00")]
    [InlineData("2026-03-15T10:00+15:00")]
    [InlineData("Tue Apr 19 13:47:03 PDT 2016")]
    public void Anything_else_is_no_time(string? text) => Assert.Null(IsoTimestamp.TryParse(text));
}
