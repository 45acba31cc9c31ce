package dev.productops.standin.dataset;

import org.junit.After;
import org.junit.AssumptionViolatedException;
import org.junit.Test;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** A missing real-data file skips its test on a developer's clone and fails it in CI, where the data is meant to be. */
public class RealDataTest {
    private final String before = System.getProperty(RealData.REQUIRED);

    @After
    public void restore() {
        if (before == null) {
            System.clearProperty(RealData.REQUIRED);
        } else {
            System.setProperty(RealData.REQUIRED, before);
        }
    }

    @Test
    public void aMissingFileSkipsUnlessRealDataIsRequired() {
        System.setProperty(RealData.REQUIRED, "auto");
        assertThrows(AssumptionViolatedException.class, () -> RealData.require("no-such-export.json"));

        System.setProperty(RealData.REQUIRED, "required");
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> RealData.require("no-such-export.json"));
        assertTrue(failed.getMessage(), failed.getMessage().contains("no-such-export.json"));
    }
}
