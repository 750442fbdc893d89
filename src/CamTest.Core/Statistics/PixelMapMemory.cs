using System.Runtime.InteropServices;

namespace CamTest.Core.Statistics;

/// <summary>
/// Frame-sized double maps (32 MiB for a 2048 x 2048 frame) backed by 2 MiB pages where Linux allows it. A fresh map's
/// memory comes from the kernel one 4 KiB page at a time on first touch: 8192 page faults for one such map, about 15 %
/// of <c>camtest maps</c>' CPU on the development VM (its maps are first written tile by tile as the pass completes
/// them). Asked for transparent huge pages (madvise MADV_HUGEPAGE, honoured when
/// /sys/kernel/mm/transparent_hugepage/enabled is "madvise" or "always"), the kernel backs each aligned 2 MiB with one
/// fault. Only a hint: the values are the same either way, and where it is refused or not Linux nothing changes.
/// </summary>
internal static partial class PixelMapMemory
{
    private const int HugePage = 2 << 20;

    /// <summary>MADV_HUGEPAGE in Linux's mman-common.h.</summary>
    private const int AdviseHugePages = 14;

    /// <summary>A zeroed map of <paramref name="length"/> doubles, asked to be backed by huge pages when it spans some.</summary>
    public static double[] Doubles(int length)
    {
        var map = new double[length];
        if (OperatingSystem.IsLinux() && (long)length * sizeof(double) >= 2L * HugePage)
        {
            AdviseHuge(map);
        }

        return map;
    }

    /// <summary>The whole 2 MiB pages inside the array; its ends stay on small pages (they may share them with other objects).</summary>
    private static unsafe void AdviseHuge(double[] map)
    {
        fixed (double* p = map)
        {
            nint start = ((nint)p + HugePage - 1) & ~(nint)(HugePage - 1);
            nint end = ((nint)p + (nint)(map.LongLength * sizeof(double))) & ~(nint)(HugePage - 1);
            if (end > start)
            {
                // A refusal (THP "never", an old kernel) leaves small pages: the map is the same, only its first touch slower.
                _ = Madvise(start, (nuint)(end - start), AdviseHugePages);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
