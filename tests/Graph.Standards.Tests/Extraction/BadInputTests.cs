namespace CareerGraph.Standards.Tests.Extraction;

using System.Text;
using Xunit;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Tests.Alignment;
using CareerGraph.Standards.Tests.Html;

/// <summary>
/// One bad file gives one error naming it, the others are still extracted, and nothing escapes. The card parser
/// is replaced by a stand-in (one card per document) so these tests exercise the extractor alone.
/// </summary>
public class BadInputTests
{
    private const string Standard = "ru_insurance_2024.md";

    private static readonly ExtractionSteps StandIn = ExtractionSteps.Default with
    {
        IsFramework = _ => false,
        ParseStandard = (source, lines, warnings) =>
            Build.Document(source.FileName, Language.Ru, [Build.Card(source.FileName, 1, 9, 6, firstLine: lines[0].Lines.First)], version: "v") with
            {
                Warnings = [.. warnings],
            },
    };

    private static ExtractionError SingleError(ExtractionResult result, string file)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.DoesNotContain('\n', error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        return error;
    }

    /// <summary>Writes the bytes to a temp file, extracts it by path, and expects exactly one error for it.</summary>
    private static ExtractionError BytesError(byte[] bytes, string name = "bad.txt")
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, bytes);
        var result = StandardsExtractor.Extract([path], StandIn);
        Assert.Empty(result.Documents);
        return SingleError(result, path);
    }

    [Fact]
    public void A_missing_file_is_an_error_and_the_other_files_are_still_extracted()
    {
        using var temp = new TempFolder();
        var good = temp.Write(Standard, SeedFiles.Bytes(Standard));
        var missing = Path.Combine(temp.Path, "missing.txt");
        var result = StandardsExtractor.Extract([missing, good], StandIn);
        Assert.Equal("no such file or folder", SingleError(result, missing).Message);
        Assert.Equal(Standard, Assert.Single(result.Documents).Source);
    }

    [Fact]
    public void An_empty_file_is_an_error() =>
        Assert.Equal("the file is empty", BytesError([]).Message);

    [Fact]
    public void A_file_of_whitespace_is_an_error() =>
        Assert.Contains("only whitespace", BytesError("\n \t\r\n"u8.ToArray()).Message);

    [Fact]
    public void A_NUL_byte_means_binary_and_names_its_line()
    {
        var error = BytesError([.. "стандарт\nкарточка\n"u8, 0x00, 0x01, 0x02, 0xFF]);
        Assert.Contains("binary", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Other_control_bytes_mean_binary_or_corrupted_text()
    {
        var error = BytesError([.. "line one\nline two\n"u8, 0x1B, .. "[0m"u8]);
        Assert.Contains("control character U+001B", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Windows_1251_text_is_refused_and_recognised()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes("Профессиональный стандарт «Страхование»\nКарточка профессии\n");
        var error = BytesError(bytes);
        Assert.Contains("not UTF-8", error.Message);
        Assert.Contains("Windows-1251", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_file_cut_inside_a_UTF_8_character_says_it_was_cut()
    {
        var bytes = SeedFiles.Bytes(Standard);
        var error = BytesError(bytes[..(Encoding.UTF8.GetByteCount("# Об") - 1)]); // ru L1 «# Об…» cut after the first byte of «б»
        Assert.Equal("the file ends in the middle of a UTF-8 character: it was cut short", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_few_bad_bytes_in_UTF_8_are_damage_not_another_encoding()
    {
        var bytes = SeedFiles.Bytes(Standard);
        var offset = Encoding.UTF8.GetByteCount(string.Concat(Encoding.UTF8.GetString(bytes).Split('\n').Take(62).Select(l => l + "\n")));
        bytes[offset] = 0xFF; // first byte of ru L63
        var error = BytesError(bytes);
        Assert.Equal("damaged UTF-8: 1 invalid byte sequence(s), the first is 0xFF", error.Message);
        Assert.Equal(63, error.Line);
    }

    [Fact]
    public void CRLF_line_ends_are_read_as_lines()
    {
        var source = SourceDecoder.Decode("crlf.md", "a\r\nb\r\n\r\nc"u8, out var failure);
        Assert.Null(failure);
        Assert.Equal(["a", "b", "", "c"], source!.Lines);
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16 little-endian")]
    [InlineData("utf-16BE", true, "UTF-16 big-endian")]
    [InlineData("utf-16", false, "looks like UTF-16 little-endian")]
    [InlineData("utf-32", true, "UTF-32")]
    public void UTF_16_and_UTF_32_are_refused_with_their_name(string encoding, bool bom, string expected)
    {
        var enc = Encoding.GetEncoding(encoding);
        var text = enc.GetBytes("Профессиональный стандарт «Страхование»\nCode K65112007\n");
        var error = BytesError(bom ? [.. enc.GetPreamble(), .. text] : text);
        Assert.Contains(expected, error.Message);
        Assert.Contains("save it as UTF-8", error.Message);
    }

    [Fact]
    public void A_UTF_8_byte_order_mark_is_accepted()
    {
        var result = StandardsExtractor.ExtractBytes(Standard, [0xEF, 0xBB, 0xBF, .. SeedFiles.Bytes(Standard)], StandIn);
        Assert.Empty(result.Errors);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void A_named_file_that_is_not_a_standard_is_an_error()
    {
        var result = StandardsExtractor.Extract([SeedFiles.PathOf("SOURCES.md")], StandIn);
        Assert.Contains("not a professional standard", SingleError(result, SeedFiles.PathOf("SOURCES.md")).Message);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void A_folder_skips_files_that_are_not_standards_and_reads_the_rest_in_name_order()
    {
        using var temp = new TempFolder();
        temp.Write("SOURCES.md", SeedFiles.Bytes("SOURCES.md"));
        // Not the same bytes: the same standard twice would be refused (DuplicateStandards); the stand-in parser
        // names each document after its file, so title and code do not repeat either.
        temp.Write("b_" + Standard, [.. SeedFiles.Bytes(Standard), .. "\n"u8]);
        temp.Write("a_" + Standard, SeedFiles.Bytes(Standard));
        temp.Write("c_notes.json", SeedFiles.Bytes(Standard)); // not *.txt / *.md: not looked at
        Directory.CreateDirectory(Path.Combine(temp.Path, "d_folder.md"));
        var progress = new List<string>();
        var result = StandardsExtractor.Extract([temp.Path], StandIn, new SynchronousProgress(progress));
        Assert.Empty(result.Errors);
        Assert.Equal(["a_" + Standard, "b_" + Standard], result.Documents.Select(d => d.Source));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(Path.Combine(temp.Path, "SOURCES.md"), skipped.File);
        Assert.Contains(progress, p => p.Contains("SOURCES.md: skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_member_that_cannot_be_decoded_is_an_error_not_a_skip()
    {
        using var temp = new TempFolder();
        temp.Write("broken.txt", [0x00, 0x00, 0x00]);
        var result = StandardsExtractor.Extract([temp.Path], StandIn);
        Assert.Contains("binary", SingleError(result, Path.Combine(temp.Path, "broken.txt")).Message);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void A_folder_without_standards_files_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("data.json", "{}"u8.ToArray());
        Assert.Contains("no *.txt or *.md", SingleError(StandardsExtractor.Extract([temp.Path], StandIn), temp.Path).Message);
    }

    [Fact]
    public void The_same_file_named_twice_is_read_once()
    {
        var path = SeedFiles.PathOf(Standard);
        var result = StandardsExtractor.Extract([path, path, SeedFiles.Folder + "/../seeds/" + Standard], StandIn);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void An_exception_in_a_reader_becomes_a_one_line_error_naming_the_file()
    {
        var steps = StandIn with { DetectLayout = _ => new ThrowingReader() };
        var error = SingleError(StandardsExtractor.ExtractBytes("x/" + Standard, SeedFiles.Bytes(Standard), steps), "x/" + Standard);
        Assert.Equal("x/" + Standard + ": throwing reader failed: InvalidOperationException: first line second line", error.ToString());
    }

    [Fact]
    public void An_exception_in_the_parser_or_the_framework_parser_becomes_an_error()
    {
        var parser = StandIn with { ParseStandard = (_, _, _) => throw new IndexOutOfRangeException("Index was outside the bounds of the array.") };
        Assert.Contains("card parser failed: IndexOutOfRangeException",
            SingleError(StandardsExtractor.ExtractBytes(Standard, SeedFiles.Bytes(Standard), parser), Standard).Message);

        var framework = StandIn with { IsFramework = _ => true, ParseFramework = _ => throw new NullReferenceException() };
        Assert.Contains("framework parser failed: NullReferenceException",
            SingleError(StandardsExtractor.ExtractBytes(Standard, SeedFiles.Bytes(Standard), framework), Standard).Message);

        var detector = StandIn with { DetectLayout = _ => throw new ArgumentException("bad") };
        Assert.Contains("could not be read: ArgumentException: bad",
            SingleError(StandardsExtractor.ExtractBytes(Standard, SeedFiles.Bytes(Standard), detector), Standard).Message);
    }

    [Fact]
    public void A_standard_in_no_known_layout_is_an_error()
    {
        var steps = StandIn with { DetectLayout = _ => null };
        Assert.Contains("no profession card in a known layout", SingleError(StandardsExtractor.ExtractBytes(Standard, SeedFiles.Bytes(Standard), steps), Standard).Message);
    }

    [Fact]
    public void Reader_warnings_reach_the_document()
    {
        // Cut inside the table (ru L400 is in card ¶10): the reader reports the unclosed table.
        var lines = Encoding.UTF8.GetString(SeedFiles.Bytes(Standard)).Split('\n');
        var cut = Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(400)));
        var document = Assert.Single(StandardsExtractor.ExtractBytes(Standard, cut, StandIn).Documents);
        Assert.Contains(document.Warnings, w => w.Line == 89 && w.Message.Contains("never closed", StringComparison.Ordinal)); // ru L89 <table>
    }

    private sealed class ThrowingReader : ILayoutReader
    {
        public string Family => "throwing";
        public double Match(SourceText source) => 1;
        public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings) =>
            throw new InvalidOperationException("first line\nsecond line");
    }

    private sealed class SynchronousProgress(List<string> messages) : IProgress<string>
    {
        public void Report(string value) => messages.Add(value);
    }
}
