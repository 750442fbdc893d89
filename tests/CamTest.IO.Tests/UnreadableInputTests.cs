using CamTest.IO.Emva;
using CamTest.IO.Session;
using CamTest.TestSupport;

namespace CamTest.IO.Tests;

/// <summary>
/// A file that cannot be read (gone, a folder, denied, an I/O error) is the user's problem to hear as
/// <see cref="InvalidInputException"/> (exit 2), never an internal error. Permissions cannot be tested portably (root
/// ignores them), so the tests use what fails for every user: a folder where a file is expected, a path deleted
/// after the existence check (the formats' own Open is what runs after that check), and Linux's /proc/self/mem,
/// which exists but answers a read at offset 0 with an I/O error.
/// </summary>
public sealed class UnreadableInputTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("unreadable");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Formats() => [.. ImageFile.Formats.Select(f => f.Name)];

    [Fact]
    public void A_folder_given_as_an_image_is_refused_as_input()
    {
        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Open(_folder).Dispose());

        Assert.Equal(_folder, error.FilePath);
        Assert.Contains("is a folder", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_format_opening_a_file_deleted_since_it_was_found_refuses_it_as_input(string format)
    {
        string path = Path.Combine(_folder, "gone.img");

        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Formats.Single(f => f.Name == format).Open(path).Dispose());

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith("cannot be read: ", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_format_opening_a_folder_refuses_it_as_input(string format)
    {
        var error = Assert.Throws<InvalidInputException>(() => ImageFile.Formats.Single(f => f.Name == format).Open(_folder).Dispose());

        Assert.Equal(_folder, error.FilePath);
        Assert.StartsWith("cannot be read: ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_frames_deleted_since_they_were_found_are_refused_as_input()
    {
        string path = Path.Combine(_folder, "gone.raw");

        var error = Assert.Throws<InvalidInputException>(() => RawFrameSource.Open(path, new RawLayout(4, 4, PixelType.UInt16)).Dispose());

        Assert.StartsWith("cannot be read: ", error.Problem, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_session_manifest_that_fails_to_read_is_refused_as_input()
    {
        var error = Assert.Throws<InvalidInputException>(() => SessionManifestFile.Load("/proc/self/mem"));

        Assert.Equal("/proc/self/mem", error.FilePath);
        Assert.StartsWith("cannot be read: ", error.Problem, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void An_emva_descriptor_that_fails_to_read_is_refused_as_input()
    {
        var error = Assert.Throws<InvalidInputException>(() => EmvaDescriptorParser.Parse("/proc/self/mem"));

        Assert.StartsWith("cannot be read: ", error.Problem, StringComparison.Ordinal);
    }

    /// <summary>A fact that needs /proc/self/mem, a file every user (root too) finds but cannot read from offset 0.</summary>
    private sealed class LinuxFactAttribute : FactAttribute
    {
        public LinuxFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
            {
                Skip = "needs Linux's /proc/self/mem: a file that exists but fails to read, whatever the user's permissions";
            }
        }
    }
}
