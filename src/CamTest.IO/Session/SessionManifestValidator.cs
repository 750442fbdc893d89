namespace CamTest.IO.Session;

/// <summary>The checks <see cref="SessionManifestFile.Load"/> makes, and the resolution of file names to full paths.</summary>
internal static class SessionManifestValidator
{
    public static SessionManifest Validate(SessionManifest manifest, string path, string folder)
    {
        if (manifest.Camera is null)
        {
            throw new InvalidInputException(path, "has no \"camera\" section (give at least {\"camera\": {\"name\": \"...\"}})");
        }

        CheckCamera(manifest.Camera, path);
        CheckAcquisition(manifest, path);
        if (manifest.Flats?.Any(f => f is null) == true || manifest.Darks?.Any(d => d is null) == true)
        {
            throw new InvalidInputException(path, "\"flats\" and \"darks\" must list objects, not null");
        }

        if (manifest.EmGain is { } em && (em.Reference is null || em.Amplified is null))
        {
            throw new InvalidInputException(path, "emGain needs both \"reference\" and \"amplified\" stacks");
        }

        bool any = false;
        foreach ((string section, SessionEntry stack) in manifest.Stacks())
        {
            CheckStack(section, stack, path, folder);
            any = true;
        }

        if (!any)
        {
            throw new InvalidInputException(path, "lists no stacks: nothing to analyze (add bias, flats, darks, hotPixels or emGain)");
        }

        return MapFiles(manifest, file => Path.GetFullPath(file, folder)) with { SourcePath = Path.GetFullPath(path) };
    }

    /// <summary>A copy of <paramref name="manifest"/> with every file name passed through <paramref name="map"/>.</summary>
    public static SessionManifest MapFiles(SessionManifest manifest, Func<string, string> map)
    {
        SessionEntry? Map(SessionEntry? s) => s is null ? null : s with
        {
            Files = s.Files.Select(map).ToList(),
            OffsetMap = s.OffsetMap is null ? null : map(s.OffsetMap),
            ReadNoiseMap = s.ReadNoiseMap is null ? null : map(s.ReadNoiseMap),
            Bias = Map(s.Bias),
        };
        return manifest with
        {
            Bias = Map(manifest.Bias),
            Flats = manifest.Flats?.Select(f => Map(f)!).ToList(),
            Darks = manifest.Darks?.Select(d => Map(d)!).ToList(),
            HotPixels = Map(manifest.HotPixels),
            EmGain = manifest.EmGain is null ? null : new SessionEmGain { Reference = Map(manifest.EmGain.Reference), Amplified = Map(manifest.EmGain.Amplified) },
        };
    }

    /// <summary>The sensor families the analyses and the plan know (the protocol's three, and CMOS for machine vision).</summary>
    private static readonly string[] KnownSensors = ["sCMOS", "CMOS", "CCD", "EMCCD"];

    private static void CheckCamera(SessionCamera camera, string path)
    {
        if (camera.BitDepth is int bits && bits is < 1 or > 32)
        {
            throw new InvalidInputException(path, $"camera.bitDepth {bits} must be 1 .. 32");
        }

        // The code is declared in CamTest.Core's SessionDiagnostics from this id; IO cannot see that catalog.
        if (camera.Sensor is string sensor && !KnownSensors.Contains(sensor.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidInputException(path, $"camera.sensor \"{sensor}\" is no sensor family CamTest knows; give one of {string.Join(", ", KnownSensors)}") { Code = InputNoticeIds.UnknownSensor };
        }

        if (camera.PixelSizeUm is double size && !(size > 0 && double.IsFinite(size)))
        {
            throw new InvalidInputException(path, $"camera.pixelSizeUm {size} must be a positive number of micrometres");
        }

        foreach ((string name, double? value) in camera.Stated?.All() ?? [])
        {
            if (value is double v && !(v > 0 && double.IsFinite(v)))
            {
                throw new InvalidInputException(path, $"camera.stated.{name} {v} must be a positive number");
            }
        }
    }

    private static void CheckAcquisition(SessionManifest manifest, string path)
    {
        if (manifest.Acquired is string acquired && IsoTimestamp.TryParse(acquired) is null)
        {
            throw new InvalidInputException(path, $"acquired \"{acquired}\" is not an ISO 8601 date or time (e.g. \"2026-03-15\" or \"2026-03-15T10:30:00+01:00\")");
        }

        if (manifest.Conditions?.TemperatureC is double t && !(t is > -273.15 and < 200))
        {
            throw new InvalidInputException(path, $"conditions.temperatureC {t} is not a sensor temperature in degrees C");
        }
    }

    /// <summary>Frames, or (bias only) an offset map with its read-noise map: exactly one of the two.</summary>
    private static void CheckFrameSource(string section, SessionEntry stack, bool biasSection, string path)
    {
        bool hasFiles = stack.Files is { Count: > 0 };
        if (stack.OffsetMap is null && stack.ReadNoiseMap is null)
        {
            if (!hasFiles)
            {
                throw new InvalidInputException(path, $"{section} lists no files");
            }

            return;
        }

        if (!biasSection)
        {
            throw new InvalidInputException(path, $"{section} has \"offsetMap\"/\"readNoiseMap\", which describe a bias and belong only in a bias entry");
        }

        if (stack.OffsetMap is null || stack.ReadNoiseMap is null)
        {
            throw new InvalidInputException(path, $"{section} gives the bias as maps: it needs both \"offsetMap\" (ADU) and \"readNoiseMap\" (sigma, ADU)");
        }

        if (hasFiles)
        {
            throw new InvalidInputException(path, $"{section} gives both frames (\"files\") and maps; give one or the other");
        }

        if (stack.ExposureMs is not null)
        {
            throw new InvalidInputException(path, $"{section} is a bias given as maps; \"exposureMs\" has no meaning there");
        }
    }

    /// <summary>The light a flat states for EMVA 1288: photons per pixel, or irradiance with its wavelength; flats only.</summary>
    private static void CheckLight(string section, SessionEntry stack, string path)
    {
        if (stack.PhotonsPerPixel is null && stack.IrradianceWPerM2 is null && stack.WavelengthNm is null)
        {
            return;
        }

        if (!section.StartsWith("flats[", StringComparison.Ordinal))
        {
            throw new InvalidInputException(path, $"{section} states the light (photonsPerPixel, irradianceWPerM2, wavelengthNm), which belongs only in flats");
        }

        foreach ((string name, double? value) in new[] { ("photonsPerPixel", stack.PhotonsPerPixel), ("irradianceWPerM2", stack.IrradianceWPerM2), ("wavelengthNm", stack.WavelengthNm) })
        {
            if (value is double v && !(v >= 0 && double.IsFinite(v)))
            {
                throw new InvalidInputException(path, $"{section}.{name} {v} must be zero or a positive number");
            }
        }

        if (stack.PhotonsPerPixel is not null && stack.IrradianceWPerM2 is not null)
        {
            throw new InvalidInputException(path, $"{section} gives both photonsPerPixel and irradianceWPerM2; give one");
        }

        if ((stack.IrradianceWPerM2 is null) != (stack.WavelengthNm is null))
        {
            throw new InvalidInputException(path, $"{section}: irradianceWPerM2 needs wavelengthNm (and camera.pixelSizeUm) to give photons per pixel");
        }
    }

    private static void CheckStack(string section, SessionEntry stack, string path, string folder)
    {
        if (stack.ExposureMs is double exposure && !(exposure >= 0 && double.IsFinite(exposure)))
        {
            throw new InvalidInputException(path, $"{section}.exposureMs {exposure} must be zero or more milliseconds");
        }

        bool biasSection = section is "bias" || section.EndsWith(".bias", StringComparison.Ordinal);
        bool emSection = section.StartsWith("emGain.", StringComparison.Ordinal) && !biasSection;
        if (emSection && stack.EmGain is not double)
        {
            throw new InvalidInputException(path, $"{section} needs \"emGain\" (the EM gain set on the camera; 1 for none)");
        }

        if (stack.EmGain is double gain && !(gain >= 1 && double.IsFinite(gain)))
        {
            throw new InvalidInputException(path, $"{section}.emGain {gain} must be 1 or more");
        }

        if (stack.EmGain is not null && !emSection)
        {
            throw new InvalidInputException(path, $"{section} has \"emGain\", which belongs only in the emGain section");
        }

        if (stack.Bias is not null && !emSection)
        {
            throw new InvalidInputException(path, $"{section} has \"bias\", which belongs only in emGain.reference and emGain.amplified");
        }

        CheckFrameSource(section, stack, biasSection, path);
        CheckLight(section, stack, path);

        // A nested emGain bias is an entry of its own in Stacks(), checked there under its own section name.
        foreach (string? file in stack.OwnFiles)
        {
            if (string.IsNullOrWhiteSpace(file))
            {
                throw new InvalidInputException(path, $"{section} has an empty file name");
            }

            if (!PathCharacters.AreValid(file))
            {
                throw new InvalidInputException(path, $"{section}: file name \"{PathCharacters.Printable(file)}\" holds a character no path may contain");
            }

            string full = Path.GetFullPath(file, folder);
            if (!File.Exists(full))
            {
                throw new InvalidInputException(path, $"{section}: file \"{file}\" not found (looked for {full})");
            }
        }
    }
}
