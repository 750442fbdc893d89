using Microsoft.Win32.SafeHandles;

namespace CamTest.IO;

/// <summary>
/// Opening a user's file can fail after it was found: no permission, a file deleted or replaced between the check and
/// the open, a disk error. Those are the user's to hear as bad input (one line, exit 2), not internal errors, so the
/// entry points that open user files go through here.
/// </summary>
internal static class InputFile
{
    public static SafeFileHandle OpenRead(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw CannotRead(path, ex);
        }
    }

    public static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw CannotRead(path, ex);
        }
    }

    public static string ReadAllText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw CannotRead(path, ex);
        }
    }

    /// <summary>The ways the file system refuses a read: I/O errors (including a file not found) and denied access.</summary>
    public static bool IsReadFailure(Exception ex) => ex is IOException or UnauthorizedAccessException;

    public static InvalidInputException CannotRead(string path, Exception ex) => new(path, $"cannot be read: {ex.Message}", ex);
}
