package dev.productops.standin.dataset;

import org.junit.Assume;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real Jira data in ../shared/data, which a fresh clone does not have: tests reading it are skipped where it is
 * absent, unless -Dproductops.realdata.tests=required (as .ci/run sets whenever ../shared/data exists), so a renamed
 * or missing file fails CI instead of silently removing the tests that read it.
 */
public final class RealData {
    static final String REQUIRED = "productops.realdata.tests";
    private static final Path DIR = Path.of("..", "shared", "data");

    private RealData() {
    }

    /** The file or folder of that name in ../shared/data; skips the calling test where it is absent, or fails it. */
    public static Path require(String name) {
        Path path = DIR.resolve(name);
        if (!Files.exists(path) && "required".equals(System.getProperty(REQUIRED))) {
            throw new IllegalStateException("Real data is required (-D" + REQUIRED + "=required) and "
                    + path.toAbsolutePath().normalize() + " is missing");
        }
        Assume.assumeTrue("real data not present at " + path.toAbsolutePath().normalize(), Files.exists(path));
        return path;
    }
}
