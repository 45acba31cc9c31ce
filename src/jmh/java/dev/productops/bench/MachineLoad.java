package dev.productops.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine is shared: the load average tells how much to trust a run. */
final class MachineLoad {
    private MachineLoad() {
    }

    static String now() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
