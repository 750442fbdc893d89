using System.Text.Json;
using CamTest.TestSupport;

namespace CamTest.Cli.Tests.RealAcquisitions;

/// <summary>
/// Odd but legal sessions as other programs write them (numpy draws, tifffile and astropy write): uint8, uint32 and
/// float32 stacks, big-endian TIFF, OME-TIFF with 7-row strips, FITS cubes with BZERO 32768 and with BSCALE 2, frames
/// of 4096 x 1 and 1 x 4096, relative paths with spaces, two flat levels, levels out of order. Each runs to exit 0 with
/// the stacks' gain (2 e-/ADU) and every figure finite and explained; a stack tifffile stored as one page (its
/// "shaped" 2 x 4096 x 1 array) is refused with one line naming the file.
/// </summary>
public class OddFormatSessionsTests
{
    private const string Script = """
import sys, os, json, shutil, numpy as np, tifffile
from astropy.io import fits
folder, kind = sys.argv[1], sys.argv[2]
rng = np.random.default_rng(1)
def frames(n, signal, shape, top, dtype):
    f = 100 + signal + rng.normal(0, 3, (n,) + shape)
    if signal > 0: f += rng.poisson(signal * 2.0, (n,) + shape) / 2.0 - signal
    return np.clip(np.round(f), 0, top).astype(dtype)
def tif(**kw): return lambda p, d, e: tifffile.imwrite(p, d, **kw)
def pages(p, d, e):
    with tifffile.TiffWriter(p) as tw:
        for f in d: tw.write(f, photometric='minisblack', contiguous=False)
def ome(p, d, e):
    tifffile.imwrite(p, d, ome=True, rowsperstrip=7, metadata={'axes': 'TYX', 'Plane': {'ExposureTime': [e] * len(d), 'ExposureTimeUnit': ['ms'] * len(d)}})
def fits_bzero(p, d, e):
    h = fits.PrimaryHDU((d.astype(np.int32) - 32768).astype(np.int16)); h.header['BZERO'] = 32768; h.header['BSCALE'] = 1; h.header['EXPTIME'] = e / 1000; h.writeto(p)
def fits_bscale(p, d, e):
    h = fits.PrimaryHDU((d / 2).astype(np.float32)); h.header['BSCALE'] = 2.0; h.header['BZERO'] = 0.0; h.header['EXPTIME'] = e / 1000; h.writeto(p)
shape, top, dtype, bits, levels, order, sub, ext, writer = (48, 64), 4095, np.uint16, 12, [5, 10, 20, 40], None, '', '.tif', tif()
if kind == 'uint8': top, dtype, bits, levels = 255, np.uint8, 8, [1, 2, 3, 4]
if kind == 'uint32': top, dtype, bits = 2**20 - 1, np.uint32, 20
if kind == 'float32': dtype = np.float32
if kind == 'bigendian': writer = tif(byteorder='>')
if kind == 'ome-strips': writer, ext = ome, '.ome.tif'
if kind == 'fits-bzero': writer, ext = fits_bzero, '.fits'
if kind == 'fits-bscale': writer, ext = fits_bscale, '.fits'
if kind == 'column': writer, shape = pages, (4096, 1)
if kind == 'row': writer, shape = pages, (1, 4096)
if kind == 'shaped-column': shape = (4096, 1)
if kind == 'spaces': sub = './my stacks/'
if kind == 'two-levels': levels = [10, 40]
if kind == 'out-of-order': order = [2, 0, 3, 1]
os.makedirs(os.path.join(folder, sub), exist_ok=True)
def w(name, data, exp):
    rel = sub + name + ext; writer(os.path.join(folder, rel), data, exp); return rel
m = {'camera': {'name': 'odd', 'sensor': 'CMOS', 'bitDepth': bits}, 'bias': {'exposureMs': 0, 'files': [w('bias', frames(5, 0, shape, top, dtype), 0)]},
     'flats': [{'exposureMs': e, 'files': [w('flat %dms' % e, frames(2, 25 * e, shape, top, dtype), e)]} for e in levels],
     'darks': [{'exposureMs': e, 'files': [w('dark %dms' % e, frames(2, 0.01 * e, shape, top, dtype), e)]} for e in (1000, 2000)]}
if order: m['flats'] = [m['flats'][i] for i in order]
json.dump(m, open(os.path.join(folder, 'session.json'), 'w'))
""";

    /// <summary>The gain within 4 of its standard errors of the stacks' 2 e-/ADU (4: a dozen cases run, so a 3-sigma band
    /// would fail one in thirty runs by chance).</summary>
    [PythonTheory("numpy", "tifffile", "astropy")]
    [InlineData("uint8")]
    [InlineData("uint32")]
    [InlineData("float32")]
    [InlineData("bigendian")]
    [InlineData("ome-strips")]
    [InlineData("fits-bzero")]
    [InlineData("fits-bscale")]
    [InlineData("column")]
    [InlineData("row")]
    [InlineData("spaces")]
    [InlineData("two-levels")]
    [InlineData("out-of-order")]
    public void An_odd_but_legal_session_gives_the_gain_with_every_figure_explained(string kind)
    {
        string folder = TestPaths.NewTempFolder("odd-" + kind);
        BinOmeTiffTests.Python(Script, folder, kind);
        JsonElement r = SessionChecks.Results(CliRun.Of("analyze", Path.Combine(folder, "session.json"), "--out", Path.Combine(folder, "out"), "--json"));
        JsonElement gain = r.GetProperty("gain").GetProperty("systemGain");
        double g = gain.GetProperty("value").GetDouble(), se = gain.GetProperty("stderr").GetDouble();
        Assert.InRange(2.0, g - (4 * se), g + (4 * se));
        RealResults.AssertEveryFigureExplained(r);
    }

    [PythonFact("numpy", "tifffile", "astropy")]
    public void A_stack_tifffile_stored_as_one_page_is_refused_naming_the_file()
    {
        string folder = TestPaths.NewTempFolder("odd-shaped");
        BinOmeTiffTests.Python(Script, folder, "shaped-column");
        string outDir = Path.Combine(folder, "out");
        CliRun run = CliRun.Of("analyze", Path.Combine(folder, "session.json"), "--out", outDir);
        Assert.Equal(2, run.ExitCode);
        run.AssertOneLineError("flat 5ms.tif");
        Assert.False(File.Exists(Path.Combine(outDir, "results.json")));
    }
}
