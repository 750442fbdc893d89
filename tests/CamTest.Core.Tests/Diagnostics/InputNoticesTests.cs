using System.Reflection;
using CamTest.Core.Diagnostics;
using CamTest.Core.Emva;
using CamTest.IO;
using CamTest.IO.Emva;

namespace CamTest.Core.Tests.Diagnostics;

/// <summary>CamTest.IO names its codes by id only (it sits below Core); Core's catalogs must declare every one.</summary>
public class InputNoticesTests
{
    public static TheoryData<string> IoIds => [.. typeof(InputNoticeIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(IoIds))]
    public void Every_id_IO_raises_is_declared_by_a_catalog(string id) => Assert.NotNull(DiagnosticCatalog.Find(id));

    [Fact]
    public void An_unknown_descriptor_command_becomes_an_emva_diagnostic_of_its_own_code_naming_file_and_line()
    {
        EmvaDescriptor descriptor = EmvaDescriptorParser.ParseText("/data/x.txt", "n 8 4 4\nq something new\nd 1\ni a.png\ni b.png\n");

        Diagnostic note = Assert.Single(EmvaDescriptorInput.From(descriptor).Notes);

        Assert.Same(EmvaDiagnostics.UnknownCommand, note.Code);
        Assert.Equal("emva", note.Section);
        Assert.Equal("x.txt line 2: unknown command 'q' ignored", note.Message);
    }

    [Fact]
    public void A_notice_under_an_id_no_catalog_declares_is_a_programming_error_not_a_silent_line() =>
        Assert.Throws<InvalidOperationException>(() => InputNotices.Lift(new InputNotice("io.no-such-code", "x"), "x"));
}
